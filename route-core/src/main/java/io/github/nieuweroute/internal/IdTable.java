package io.github.nieuweroute.internal;

import java.util.Arrays;

/**
 * Numbers distinct ids 0, 1, 2, ... in the order they are first added: a compact replacement for a
 * {@code HashMap<String, Integer>} or {@code HashSet<String>} where ids are looked up in bulk (the situation's
 * participant index, the rules' groups, the exchange graph). Open addressing with linear probing over one array of
 * longs, each slot holding an id's hash and its number, and an array of the ids by number. A lookup reads one or two
 * neighbouring slots and then the one id whose hash matches: fewer memory accesses than a hash map's table, entry
 * node and boxed value, which matters once a situation no longer fits in the caches. No entry objects, no boxing.
 * Callers that keep data by number (as the participant index keeps spheres) read it from arrays in the order the ids
 * were added, which is often the order the records lie in.
 *
 * <p>The hash is mixed before probing, so that ids with structured hashes (such as {@code p1}, {@code p2}, ...) do
 * not form long runs of occupied slots. The table grows at half load, so that every lookup, a missing id included,
 * probes a short run.
 *
 * <p>Ids chosen to share a {@code String.hashCode} (blocks such as {@code "Aa"} and {@code "BB"} hash alike) would
 * put every id in one run and make each lookup scan it: quadratic time. So when an add has to probe more than
 * {@value #LONG_RUN} slots, the table switches for good to a keyed hash (SipHash-1-3 over the id's characters, with
 * keys drawn at random once per process) and places every id again. An attacker who does not know the keys cannot
 * make ids collide under it, and lookups stay constant-time on average; ordinary ids never probe that far and keep
 * the cheaper {@code String.hashCode}. Numbers are given in the order ids are added either way, so nothing that
 * reads them depends on the hash.
 *
 * <p>Not thread-safe while ids are added. A table that is only read after it was filled, and published through a
 * final field, may be read by several threads.
 */
public final class IdTable {

    /** Probes beyond which an add switches to the keyed hash; ordinary ids at half load probe one or two. */
    static final int LONG_RUN = 48;

    private static final long KEY0;
    private static final long KEY1;

    static {
        java.security.SecureRandom random = new java.security.SecureRandom();
        KEY0 = random.nextLong();
        KEY1 = random.nextLong();
    }

    /** Per slot: the id's hash in the high half, its number plus one in the low half; 0 marks an empty slot. */
    private long[] slots;
    /** True once the table hashes with {@link #keyedHash(String)} instead of {@code String.hashCode}. */
    private boolean keyed;
    private String[] ids;
    private int size;

    /**
     * Makes an empty table.
     *
     * @param expected how many ids are expected; the table grows beyond it
     */
    public IdTable(int expected) {
        int capacity = Integer.highestOneBit(Math.max(4, expected) * 2 - 1) << 1;
        slots = new long[capacity];
        ids = new String[Math.max(4, expected)];
    }

    /** @return how many distinct ids were added */
    public int size() {
        return size;
    }

    /**
     * Returns an id by number.
     *
     * @param number a number from 0 to {@code size() - 1}
     * @return the id, never null
     */
    public String id(int number) {
        return ids[number];
    }

    /** @return the ids in the order of their numbers, a fresh array */
    public String[] ids() {
        return Arrays.copyOf(ids, size);
    }

    /**
     * Adds an id if it is not there yet.
     *
     * @param id the id, not null
     * @return its number
     */
    public int add(String id) {
        int hash = hash(id);
        int mask = slots.length - 1;
        int i = mix(hash) & mask;
        int probes = 0;
        for (long slot; (slot = slots[i]) != 0; i = (i + 1) & mask) {
            if (matches(slot, hash, id)) {
                return (int) slot - 1;
            }
            if (++probes > LONG_RUN && !keyed) {
                keyed = true;
                rehash(slots.length);
                return add(id);
            }
        }
        if (size == ids.length) {
            ids = Arrays.copyOf(ids, size * 2);
        }
        ids[size] = id;
        slots[i] = ((long) hash << 32) | ++size;
        if (size * 2 > slots.length) {
            grow();
        }
        return size - 1;
    }

    /**
     * Finds the number of an id.
     *
     * @param id the id, not null
     * @return its number, -1 if it was never added
     */
    public int find(String id) {
        int hash = hash(id);
        int mask = slots.length - 1;
        for (int i = mix(hash) & mask;; i = (i + 1) & mask) {
            long slot = slots[i];
            if (slot == 0) {
                return -1;
            }
            if (matches(slot, hash, id)) {
                return (int) slot - 1;
            }
        }
    }

    /**
     * Tells whether an id was added.
     *
     * @param id the id, not null
     * @return true if it was
     */
    public boolean contains(String id) {
        return find(id) >= 0;
    }

    /** Compares the stored hash first, so that the id of another slot is read only when the hashes are equal. */
    private boolean matches(long slot, int hash, String id) {
        if ((int) (slot >>> 32) != hash) {
            return false;
        }
        String other = ids[(int) slot - 1];
        return other == id || other.equals(id);
    }

    private void grow() {
        rehash(slots.length * 2);
    }

    /** Places every id again in a table of the given capacity, hashing anew (the hash may have changed). */
    private void rehash(int capacity) {
        slots = new long[capacity];
        int mask = capacity - 1;
        for (int n = 0; n < size; n++) {
            int hash = hash(ids[n]);
            int i = mix(hash) & mask;
            while (slots[i] != 0) {
                i = (i + 1) & mask;
            }
            slots[i] = ((long) hash << 32) | (n + 1);
        }
    }

    /** @return true once the table hashes with the keyed hash, for tests */
    boolean keyed() {
        return keyed;
    }

    private int hash(String id) {
        return keyed ? keyedHash(id) : id.hashCode();
    }

    /**
     * SipHash-1-3 (one compression round per block, three finalisation rounds, as Rust's hash maps use) of the id's
     * characters, four to a 64-bit block, with the process's keys; folded to 32 bits.
     */
    static int keyedHash(String id) {
        long[] v = {KEY0 ^ 0x736f6d6570736575L, KEY1 ^ 0x646f72616e646f6dL, KEY0 ^ 0x6c7967656e657261L,
            KEY1 ^ 0x7465646279746573L};
        int n = id.length();
        int i = 0;
        for (; i + 4 <= n; i += 4) {
            compress(v, id.charAt(i) | (long) id.charAt(i + 1) << 16 | (long) id.charAt(i + 2) << 32
                    | (long) id.charAt(i + 3) << 48);
        }
        long last = (long) n << 56;
        for (int shift = 0; i < n; i++, shift += 16) {
            last |= (long) id.charAt(i) << shift;
        }
        compress(v, last);
        v[2] ^= 0xff;
        for (int r = 0; r < 3; r++) {
            round(v);
        }
        long h = v[0] ^ v[1] ^ v[2] ^ v[3];
        return (int) (h ^ h >>> 32);
    }

    /** Takes in one 64-bit block with one round (the "1" of SipHash-1-3). */
    private static void compress(long[] v, long m) {
        v[3] ^= m;
        round(v);
        v[0] ^= m;
    }

    /** One SipRound. */
    private static void round(long[] v) {
        v[0] += v[1];
        v[1] = Long.rotateLeft(v[1], 13) ^ v[0];
        v[0] = Long.rotateLeft(v[0], 32);
        v[2] += v[3];
        v[3] = Long.rotateLeft(v[3], 16) ^ v[2];
        v[0] += v[3];
        v[3] = Long.rotateLeft(v[3], 21) ^ v[0];
        v[2] += v[1];
        v[1] = Long.rotateLeft(v[1], 17) ^ v[2];
        v[2] = Long.rotateLeft(v[2], 32);
    }

    /** Spreads all bits of the hash over the low bits that pick the slot (Fibonacci hashing). */
    private static int mix(int hash) {
        int h = hash * 0x9E3779B9;
        return h ^ (h >>> 16);
    }
}
