package io.github.nieuweroute.rule;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;

/**
 * A group of participant ids (the plan-meeting participants, the lifeworld performers, ...) against which records are
 * checked for who is missing. Finding the first few missing members costs time proportional to that cap plus the
 * number of members who are not missing, so a rule stays linear even when every record is checked against a large
 * group.
 */
final class SortedGroup {

    private final String[] sorted;
    private final Set<String> members;

    SortedGroup(Collection<String> ids) {
        this.members = new HashSet<>(ids);
        this.sorted = members.toArray(new String[0]);
        Arrays.sort(sorted);
    }

    int size() {
        return sorted.length;
    }

    boolean contains(String id) {
        return members.contains(id);
    }

    boolean isEmpty() {
        return sorted.length == 0;
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
        List<String> missing = new ArrayList<>(Math.min(cap, sorted.length));
        for (int i = 0; i < sorted.length && missing.size() < cap; i++) {
            if (!has.test(sorted[i])) {
                missing.add(sorted[i]);
            }
        }
        return missing;
    }
}
