package io.github.nieuweroute.rule;

import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.function.ToIntFunction;

/**
 * Sorts violations in {@link Violation#ORDER} and exemptions in {@link Exemption#ORDER}, giving exactly the order
 * those comparators give, but reading less memory per comparison. A large report holds tens of thousands of findings,
 * each with its evidence and text scattered over the heap; comparing two of them through the comparators fetches
 * several of these objects, most of them from main memory. Here each finding is first copied into a small record of
 * its sort keys, the records lie next to each other, and most comparisons read those records only: rule id, severity
 * or basis, and the packed first characters of the evidence ({@link Evidence#sortKey()}). Only when those are equal
 * does the comparison fall back to the full order on the findings themselves.
 */
final class FindingSort {

    private FindingSort() {}

    /** One finding's keys; {@code rank} is the severity's or the basis's ordinal. */
    private static final class Keyed {
        final String ruleId;
        final int rank;
        final int kind;
        final long key;
        final Finding finding;

        Keyed(Finding finding, int rank) {
            this.ruleId = finding.ruleId();
            this.rank = rank;
            this.kind = finding.evidence().firstKind();
            this.key = finding.evidence().sortKey();
            this.finding = finding;
        }
    }

    private static final Comparator<Keyed> ORDER = (a, b) -> {
        int c = a.ruleId == b.ruleId ? 0 : a.ruleId.compareTo(b.ruleId);
        if (c == 0) {
            c = Integer.compare(a.rank, b.rank);
        }
        if (c != 0) {
            return c;
        }
        if (a.kind == b.kind && a.key != b.key) {
            return Long.compareUnsigned(a.key, b.key);
        }
        return Finding.compareRest(a.finding, b.finding);
    };

    /** Sorts the list in place in {@link Violation#ORDER}. */
    static void violations(List<Violation> violations) {
        sort(violations, v -> v.severity().ordinal());
    }

    /** Sorts the list in place in {@link Exemption#ORDER}. */
    static void exemptions(List<Exemption> exemptions) {
        sort(exemptions, e -> e.basis().ordinal());
    }

    /** Sorts findings by rule id, then rank (severity or basis ordinal), then the rest of their order. */
    @SuppressWarnings("unchecked")
    private static <F extends Finding> void sort(List<F> findings, ToIntFunction<F> rank) {
        Keyed[] keyed = new Keyed[findings.size()];
        for (int i = 0; i < keyed.length; i++) {
            F f = findings.get(i);
            keyed[i] = new Keyed(f, rank.applyAsInt(f));
        }
        Arrays.sort(keyed, ORDER);
        for (int i = 0; i < keyed.length; i++) {
            findings.set(i, (F) keyed[i].finding);
        }
    }
}
