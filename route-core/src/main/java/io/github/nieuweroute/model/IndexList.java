package io.github.nieuweroute.model;

import java.util.Arrays;
import java.util.stream.IntStream;

/**
 * A read-only list of int indexes, as a {@link SituationIndex} hands them out: participants' positions (indexes in
 * {@link Situation#participants()}) or records' indexes (in {@link Situation#decisions()},
 * {@link Situation#agreements()} and so on). Nothing a caller does through it changes it; {@link #toArray()} is a copy.
 *
 * <p>Read it by index, which allocates nothing:
 *
 * <pre>{@code
 * IndexList performers = index.performers(a);
 * for (int i = 0; i < performers.size(); i++) {
 *     int p = performers.get(i);
 *     ...
 * }
 * }</pre>
 *
 * <p>Immutable and thread-safe. Equal when the indexes are equal, in order.
 */
public final class IndexList {

    /** The empty list. */
    public static final IndexList EMPTY = new IndexList(new int[0]);

    private final int[] indexes;

    /** Wraps an array that nobody else holds or writes: callers in this package hand over a fresh array. */
    private IndexList(int[] indexes) {
        this.indexes = indexes;
    }

    /** Wraps a fresh array this package made and keeps no other reference to; the empty array becomes {@link #EMPTY}. */
    static IndexList wrap(int[] fresh) {
        return fresh.length == 0 ? EMPTY : new IndexList(fresh);
    }

    /**
     * Makes a list of the given indexes.
     *
     * @param indexes the indexes, copied, not null
     * @return the list, never null
     */
    public static IndexList of(int... indexes) {
        return wrap(indexes.clone());
    }

    /** @return the number of indexes */
    public int size() {
        return indexes.length;
    }

    /** @return whether the list is empty */
    public boolean isEmpty() {
        return indexes.length == 0;
    }

    /**
     * Returns an index.
     *
     * @param i the place in this list, 0 to {@code size() - 1}
     * @return the index at that place
     * @throws IndexOutOfBoundsException if {@code i} is out of range
     */
    public int get(int i) {
        return indexes[i];
    }

    /**
     * Tells whether the list holds an index; linear in the size.
     *
     * @param index the index
     * @return true if it is in the list
     */
    public boolean contains(int index) {
        for (int x : indexes) {
            if (x == index) {
                return true;
            }
        }
        return false;
    }

    /** @return a copy of the indexes, in order; writing to it changes nothing here */
    public int[] toArray() {
        return indexes.clone();
    }

    /**
     * Copies the indexes into an array of the caller's, in order, without allocating.
     *
     * @param destination the array to write into, not null
     * @param offset where in it the first index goes
     * @throws IndexOutOfBoundsException if the indexes do not fit from {@code offset} on
     */
    public void copyInto(int[] destination, int offset) {
        System.arraycopy(indexes, 0, destination, offset, indexes.length);
    }

    /** @return the indexes as a stream, in order */
    public IntStream stream() {
        return Arrays.stream(indexes);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof IndexList && Arrays.equals(indexes, ((IndexList) other).indexes);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(indexes);
    }

    /** @return the indexes, such as {@code [0, 3, 7]}: numbers only, never ids */
    @Override
    public String toString() {
        return Arrays.toString(indexes);
    }
}
