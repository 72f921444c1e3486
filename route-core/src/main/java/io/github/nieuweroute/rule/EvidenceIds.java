package io.github.nieuweroute.rule;

import java.util.Collection;
import java.util.List;
import java.util.PriorityQueue;

/** The first ids of a group, in natural order, as evidence where a finding could name the whole group. */
final class EvidenceIds {

    private EvidenceIds() {}

    /**
     * Returns at most {@link StandardRule#EVIDENCE_CAP} of the ids, the smallest first; linear in the group's size
     * (a heap of the cap's size).
     */
    static List<String> first(Collection<String> ids) {
        if (ids.size() <= StandardRule.EVIDENCE_CAP) {
            return List.copyOf(ids);
        }
        PriorityQueue<String> largestKept = new PriorityQueue<>(StandardRule.EVIDENCE_CAP + 1,
                (a, b) -> b.compareTo(a));
        for (String id : ids) {
            largestKept.add(id);
            if (largestKept.size() > StandardRule.EVIDENCE_CAP) {
                largestKept.poll();
            }
        }
        return List.copyOf(largestKept);
    }
}
