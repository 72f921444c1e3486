package io.github.nieuweroute.internal;

import java.util.Arrays;

/**
 * Numbers distinct ids 0, 1, 2, ... in the order they are first added: a compact replacement for a
 * {@code HashMap<String, Integer>} or {@code HashSet<String>} where ids are looked up in bulk (the situation's
 * participant index, the rules' groups, the exchange graph). Open addressing with linear
 * probing over two parallel arrays (the ids, and the number plus one per slot), so a lookup reads the id's hash, one
 * or two neighbouring slots and the id it finds there: fewer memory accesses than a hash map's table, entry node and
 * boxed value, which matters once a situation no longer fits in the caches. No entry objects, no boxing.
 *
 * <p>The hash is mixed before probing, so that ids with structured hashes (such as {@code p1}, {@code p2}, ...) do
 * not form long runs of occupied slots. The table grows at half load, so that every lookup, a missing id included,
 * probes a short run.
 *
 * <p>Not thread-safe while ids are added. A table that is only read after it was filled, and published through a
 * final field, may be read by several threads.
 */
public final class IdTable {

    private String[] slots;
    /** Number plus one per slot; 0 marks an empty slot. */
    private int[] numbers;
    private String[] ids;
    private int size;

    /**
     * Makes an empty table.
     *
     * @param expected how many ids are expected; the table grows beyond it
     */
    public IdTable(int expected) {
        int capacity = Integer.highestOneBit(Math.max(4, expected) * 2 - 1) << 1;
        slots = new String[capacity];
        numbers = new int[capacity];
        ids = new String[Math.max(4, expected)];
    }

    /** @return how many distinct ids were added */
    public int size() {
        return size;
    }

    /** @return the id with the given number */
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
        int mask = slots.length - 1;
        int i = mix(id.hashCode()) & mask;
        for (String s; (s = slots[i]) != null; i = (i + 1) & mask) {
            if (s == id || s.equals(id)) {
                return numbers[i] - 1;
            }
        }
        if (size == ids.length) {
            ids = Arrays.copyOf(ids, size * 2);
        }
        ids[size] = id;
        slots[i] = id;
        numbers[i] = ++size;
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
        int mask = slots.length - 1;
        for (int i = mix(id.hashCode()) & mask;; i = (i + 1) & mask) {
            String s = slots[i];
            if (s == null) {
                return -1;
            }
            if (s == id || s.equals(id)) {
                return numbers[i] - 1;
            }
        }
    }

    /** @return whether the id was added */
    public boolean contains(String id) {
        return find(id) >= 0;
    }

    private void grow() {
        String[] oldSlots = slots;
        int[] oldNumbers = numbers;
        slots = new String[oldSlots.length * 2];
        numbers = new int[oldSlots.length * 2];
        int mask = slots.length - 1;
        for (int j = 0; j < oldSlots.length; j++) {
            if (oldSlots[j] != null) {
                int i = mix(oldSlots[j].hashCode()) & mask;
                while (slots[i] != null) {
                    i = (i + 1) & mask;
                }
                slots[i] = oldSlots[j];
                numbers[i] = oldNumbers[j];
            }
        }
    }

    /** Spreads all bits of the hash over the low bits that pick the slot (Fibonacci hashing). */
    private static int mix(int hash) {
        int h = hash * 0x9E3779B9;
        return h ^ (h >>> 16);
    }
}
