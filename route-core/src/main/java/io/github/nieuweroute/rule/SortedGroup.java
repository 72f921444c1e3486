package io.github.nieuweroute.rule;

import io.github.nieuweroute.internal.IdTable;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.function.Predicate;

/**
 * A group of participant ids (the plan-meeting participants, the lifeworld performers, ...) against which records are
 * checked for who is missing. Finding the first few missing members costs time proportional to that cap plus the
 * number of members who are not missing, so a rule stays linear even when every record is checked against a large
 * group.
 *
 * <p>The members are put in id order only as far as some record needs: they are kept in a binary min-heap (built in
 * linear time) and taken off it into a sorted prefix on demand. A whole sort of a large group, n log n string
 * comparisons most of which no record would look at, is thereby avoided; only a record that is known to nearly every
 * member makes the prefix grow to the whole group.
 */
final class SortedGroup {

    private final IdTable members;
    /** The members not yet in {@link #sorted}, as a min-heap in {@code heap[0 .. heapSize)}. */
    private String[] heap;
    private int heapSize;
    /** The smallest members in order, {@code sorted[0 .. sortedSize)}, taken off the heap as records need them. */
    private String[] sorted;
    private int sortedSize;

    SortedGroup(Collection<String> ids) {
        this.members = new IdTable(ids.size());
        for (String id : ids) {
            members.add(id);
        }
        this.heap = members.ids();
        this.heapSize = heap.length;
        for (int i = heapSize / 2 - 1; i >= 0; i--) {
            siftDown(i);
        }
        this.sorted = new String[heap.length];
    }

    int size() {
        return members.size();
    }

    boolean contains(String id) {
        return members.contains(id);
    }

    boolean isEmpty() {
        return members.size() == 0;
    }

    /** Counts the distinct members among the ids of several collections. */
    int countMembers(Collection<String> first, Collection<String> second) {
        int count = 0;
        for (String id : first) {
            if (members.contains(id)) {
                count++;
            }
        }
        for (String id : second) {
            if (members.contains(id) && !first.contains(id)) {
                count++;
            }
        }
        return count;
    }

    /**
     * Lists the smallest ids of members that lack something.
     *
     * @param has whether a member has it
     * @param cap the most ids to list
     * @return up to {@code cap} ids in natural order
     */
    List<String> firstMissing(Predicate<String> has, int cap) {
        List<String> missing = new ArrayList<>(Math.min(cap, members.size()));
        for (int i = 0; missing.size() < cap && (i < sortedSize || heapSize > 0); i++) {
            if (i == sortedSize) {
                sorted[sortedSize++] = takeSmallest();
            }
            if (!has.test(sorted[i])) {
                missing.add(sorted[i]);
            }
        }
        return missing;
    }

    private String takeSmallest() {
        String smallest = heap[0];
        heap[0] = heap[--heapSize];
        heap[heapSize] = null;
        siftDown(0);
        return smallest;
    }

    private void siftDown(int i) {
        String x = heap[i];
        int half = heapSize / 2;
        while (i < half) {
            int child = 2 * i + 1;
            if (child + 1 < heapSize && heap[child + 1].compareTo(heap[child]) < 0) {
                child++;
            }
            if (x.compareTo(heap[child]) <= 0) {
                break;
            }
            heap[i] = heap[child];
            i = child;
        }
        if (i < heapSize) {
            heap[i] = x;
        }
    }
}
