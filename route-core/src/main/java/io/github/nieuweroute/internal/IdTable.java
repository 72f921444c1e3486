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
 * <p>Not thread-safe while ids are added. A table that is only read after it was filled, and published through a
 * final field, may be read by several threads.
 */
public final class IdTable {

    /** Per slot: the id's hash in the high half, its number plus one in the low half; 0 marks an empty slot. */
    private long[] slots;
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
        int hash = id.hashCode();
        int mask = slots.length - 1;
        int i = mix(hash) & mask;
        for (long slot; (slot = slots[i]) != 0; i = (i + 1) & mask) {
            if (matches(slot, hash, id)) {
                return (int) slot - 1;
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
        int hash = id.hashCode();
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
        long[] old = slots;
        slots = new long[old.length * 2];
        int mask = slots.length - 1;
        for (long slot : old) {
            if (slot != 0) {
                int i = mix((int) (slot >>> 32)) & mask;
                while (slots[i] != 0) {
                    i = (i + 1) & mask;
                }
                slots[i] = slot;
            }
        }
    }

    /** Spreads all bits of the hash over the low bits that pick the slot (Fibonacci hashing). */
    private static int mix(int hash) {
        int h = hash * 0x9E3779B9;
        return h ^ (h >>> 16);
    }
}
