package io.github.nieuweroute.rule;

import io.github.nieuweroute.model.IndexList;
import io.github.nieuweroute.model.SituationIndex;
import java.util.ArrayList;
import java.util.List;
import java.util.function.IntPredicate;

/**
 * A group of participants, by position (the plan-meeting participants, the lifeworld performers, ...), against which
 * records are checked for who is missing. Finding the first few missing members costs time proportional to that cap
 * plus the number of members who are not missing, so a rule stays linear even when every record is checked against a
 * large group.
 *
 * <p>The members are put in id order only as far as some record needs: they are kept in a binary min-heap (built in
 * linear time) and taken off it into a sorted prefix on demand. A whole sort of a large group, n log n string
 * comparisons most of which no record would look at, is thereby avoided; only a record that is known to nearly every
 * member makes the prefix grow to the whole group.
 */
final class SortedGroup {

    private final SituationIndex index;
    /** Membership by position; null for a group made by {@link #ofDistinct}, which answers no membership. */
    private final boolean[] member;
    private final int size;
    /** The members not yet in {@link #sorted}, as a min-heap in {@code heap[0 .. heapSize)}. */
    private final int[] heap;
    private int heapSize;
    /** The smallest members in id order, {@code sorted[0 .. sortedSize)}, taken off the heap as records need them. */
    private final int[] sorted;
    private int sortedSize;

    private SortedGroup(SituationIndex index, boolean[] member, int[] members, int size) {
        this.index = index;
        this.member = member;
        this.size = size;
        this.heap = members;
        this.heapSize = size;
        for (int i = heapSize / 2 - 1; i >= 0; i--) {
            siftDown(i);
        }
        this.sorted = new int[size];
    }

    /**
     * Makes a group that also answers {@link #contains(int)}; costs an array as large as the situation's
     * participants, so it is for a rule's one group, not for a group per record.
     *
     * @param index the situation's index
     * @param members the first {@code count} entries are the members' positions, duplicates allowed; overwritten
     * @param count how many entries to take
     */
    static SortedGroup of(SituationIndex index, int[] members, int count) {
        boolean[] member = new boolean[index.participantCount()];
        int size = 0;
        for (int i = 0; i < count; i++) {
            int p = members[i];
            if (!member[p]) {
                member[p] = true;
                members[size++] = p;
            }
        }
        return new SortedGroup(index, member, members, size);
    }

    /**
     * Makes a group of distinct members without membership tests, in time linear in its size.
     *
     * @param index the situation's index
     * @param members the first {@code count} entries are the members' positions, without duplicates; overwritten
     * @param count how many entries to take
     */
    static SortedGroup ofDistinct(SituationIndex index, int[] members, int count) {
        return new SortedGroup(index, null, members, count);
    }

    int size() {
        return size;
    }

    boolean isEmpty() {
        return size == 0;
    }

    /** Whether the position is a member; only for groups made by {@link #of}. */
    boolean contains(int p) {
        if (member == null) {
            throw new IllegalStateException("a group made by ofDistinct answers no membership");
        }
        return member[p];
    }

    /**
     * Lists the smallest ids of members that lack something.
     *
     * @param has whether the member at a position has it
     * @param cap the most ids to list
     * @return up to {@code cap} ids in natural order
     */
    List<String> firstMissing(IntPredicate has, int cap) {
        List<String> missing = new ArrayList<>(Math.min(cap, size));
        for (int i = 0; missing.size() < cap && (i < sortedSize || heapSize > 0); i++) {
            if (i == sortedSize) {
                sorted[sortedSize++] = takeSmallest();
            }
            if (!has.test(sorted[i])) {
                missing.add(index.participantId(sorted[i]));
            }
        }
        return missing;
    }

    private int takeSmallest() {
        int smallest = heap[0];
        heap[0] = heap[--heapSize];
        siftDown(0);
        return smallest;
    }

    private boolean less(int p, int q) {
        return index.compareParticipantIds(p, q) < 0;
    }

    private void siftDown(int i) {
        if (i >= heapSize) {
            return;
        }
        int x = heap[i];
        int half = heapSize / 2;
        while (i < half) {
            int child = 2 * i + 1;
            if (child + 1 < heapSize && less(heap[child + 1], heap[child])) {
                child++;
            }
            if (!less(heap[child], x)) {
                break;
            }
            heap[i] = heap[child];
            i = child;
        }
        heap[i] = x;
    }
}
