package io.github.nieuweroute.internal;

import java.util.AbstractSet;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.SortedSet;

/**
 * A read-only {@link SortedSet} of strings over a range of an array that is sorted in natural order, holds no
 * duplicates and is never written again: the sets of ids that value types hand out without copying their arrays into
 * tree sets. Views of a range ({@link #subSet}, {@link #headSet}, {@link #tailSet}) share the array. Every method
 * that would change the set throws {@link UnsupportedOperationException}; {@link #toArray()} is a copy.
 *
 * <p>Not part of the library's API: the public types return it as a {@code SortedSet}. Immutable and thread-safe
 * when the array is safely published (held in a final field) and not written after.
 */
public final class SortedArraySet extends AbstractSet<String> implements SortedSet<String> {

    private static final String[] NONE = new String[0];
    private static final SortedArraySet EMPTY = new SortedArraySet(NONE, 0, 0);

    private final String[] ids;
    private final int from;
    private final int to;

    private SortedArraySet(String[] ids, int from, int to) {
        this.ids = ids;
        this.from = from;
        this.to = to;
    }

    /**
     * Views a whole array.
     *
     * @param sortedIds sorted in natural order, without duplicates or nulls, never written after; not null
     * @return the set, never null
     */
    public static SortedArraySet of(String[] sortedIds) {
        return sortedIds.length == 0 ? EMPTY : new SortedArraySet(sortedIds, 0, sortedIds.length);
    }

    /**
     * Views a range of an array.
     *
     * @param sortedIds sorted in natural order over the range, without duplicates or nulls, never written after
     * @param from the first index, inclusive
     * @param to the last index, exclusive
     * @return the set, never null
     */
    public static SortedArraySet of(String[] sortedIds, int from, int to) {
        Objects.checkFromToIndex(from, to, sortedIds.length);
        return from == to ? EMPTY : new SortedArraySet(sortedIds, from, to);
    }

    /**
     * Sorts strings in natural order and drops duplicates, in place.
     *
     * @param ids the strings, no nulls; reordered
     * @param count how many of the first are used
     * @return how many distinct strings now lead the array
     */
    public static int sortDistinct(String[] ids, int count) {
        Arrays.sort(ids, 0, count);
        int distinct = 0;
        for (int i = 0; i < count; i++) {
            if (distinct == 0 || !ids[i].equals(ids[distinct - 1])) {
                ids[distinct++] = ids[i];
            }
        }
        return distinct;
    }

    @Override
    public int size() {
        return to - from;
    }

    @Override
    public boolean isEmpty() {
        return from == to;
    }

    @Override
    public boolean contains(Object o) {
        return o instanceof String && Arrays.binarySearch(ids, from, to, o) >= 0;
    }

    @Override
    public Iterator<String> iterator() {
        return new Iterator<>() {
            private int next = from;

            @Override
            public boolean hasNext() {
                return next < to;
            }

            @Override
            public String next() {
                if (next >= to) {
                    throw new NoSuchElementException();
                }
                return ids[next++];
            }
        };
    }

    @Override
    public Object[] toArray() {
        return Arrays.copyOfRange(ids, from, to, Object[].class);
    }

    @Override
    public Comparator<? super String> comparator() {
        return null;
    }

    @Override
    public SortedSet<String> subSet(String fromElement, String toElement) {
        if (fromElement.compareTo(toElement) > 0) {
            throw new IllegalArgumentException("fromElement > toElement");
        }
        return of(ids, lowerBound(fromElement), Math.max(lowerBound(fromElement), lowerBound(toElement)));
    }

    @Override
    public SortedSet<String> headSet(String toElement) {
        return of(ids, from, lowerBound(toElement));
    }

    @Override
    public SortedSet<String> tailSet(String fromElement) {
        return of(ids, lowerBound(fromElement), to);
    }

    @Override
    public String first() {
        if (from == to) {
            throw new NoSuchElementException();
        }
        return ids[from];
    }

    @Override
    public String last() {
        if (from == to) {
            throw new NoSuchElementException();
        }
        return ids[to - 1];
    }

    /** @return the index of the first id in the range not less than the element */
    private int lowerBound(String element) {
        Objects.requireNonNull(element, "element");
        int i = Arrays.binarySearch(ids, from, to, element);
        return i >= 0 ? i : -i - 1;
    }
}
