package io.github.nieuweroute.rule;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/** The keyed sort must give exactly the order of {@link Violation#ORDER} and {@link Exemption#ORDER}. */
class FindingSortTest {

    /** Ids that share prefixes of every length around the nine characters the sort key holds, and ties. */
    private static final List<String> IDS = List.of("a", "ab", "a.b", "a-b", "abcdefg", "abcdefgh", "abcdefghi",
            "abcdefghij", "abcdefgh1", "abcdefgh1x", "abcdefgh10", "abcdefgh:", "b", "z", "Z", "0", "09", "9z",
            "p1", "p10", "p100", "p2");
    private static final List<EvidenceKind> KINDS = List.of(EvidenceKind.SITUATION, EvidenceKind.PARTICIPANT,
            EvidenceKind.PLAN, EvidenceKind.DECISION, EvidenceKind.AGREEMENT, EvidenceKind.INFORMATION_ITEM);
    private static final List<String> RULES = List.of("R-01", "R-02", "R-10", "X-1");

    private static Gen<Evidence> evidences() {
        Gen<int[]> entry = integers().between(0, KINDS.size() - 1).zip(integers().between(0, IDS.size() - 1),
                (k, i) -> new int[] {k, i});
        return lists().of(entry).ofSizeBetween(1, 5).map(entries -> {
            Evidence.Builder b = Evidence.builder();
            for (int[] e : entries) {
                b.add(KINDS.get(e[0]), IDS.get(e[1]));
            }
            return b.build();
        });
    }

    /** A finding drawn as rule, rank (severity or basis), evidence, message and argument. */
    private static Gen<List<Object[]>> findings() {
        Gen<Object[]> one = integers().between(0, RULES.size() - 1).zip(integers().between(0, 1), evidences(),
                integers().between(0, 1), integers().between(0, IDS.size() - 1),
                (r, rank, evidence, message, argument) -> new Object[] {r, rank, evidence, message, argument});
        return lists().of(one).ofSizeBetween(0, 60);
    }

    @Test
    void violations_come_in_the_order_of_the_comparator() {
        qt().withExamples(2000).forAll(findings()).checkAssert(drawn -> {
            List<Violation> violations = new ArrayList<>();
            for (Object[] f : drawn) {
                String rule = RULES.get((Integer) f[0]);
                violations.add(Violation.of(rule, Severity.values()[(Integer) f[1]], (Evidence) f[2],
                        rule + ".m" + f[3], IDS.get((Integer) f[4])));
            }
            List<Violation> expected = new ArrayList<>(violations);
            expected.sort(Violation.ORDER);
            FindingSort.violations(violations);
            assertThat(violations).containsExactlyElementsOf(expected);
        });
    }

    @Test
    void exemptions_come_in_the_order_of_the_comparator() {
        qt().withExamples(2000).forAll(findings()).checkAssert(drawn -> {
            List<Exemption> exemptions = new ArrayList<>();
            for (Object[] f : drawn) {
                String rule = RULES.get((Integer) f[0]);
                exemptions.add(Exemption.of(rule, ExemptionBasis.values()[(Integer) f[1]], (Evidence) f[2],
                        rule + ".m" + f[3], IDS.get((Integer) f[4])));
            }
            List<Exemption> expected = new ArrayList<>(exemptions);
            expected.sort(Exemption.ORDER);
            FindingSort.exemptions(exemptions);
            assertThat(exemptions).containsExactlyElementsOf(expected);
        });
    }

    @Test
    void the_key_of_evidence_orders_as_its_text_where_first_kinds_agree_and_keys_differ() {
        qt().withExamples(5000).forAll(evidences(), evidences()).checkAssert((a, b) -> {
            if (a.firstKind() == b.firstKind() && a.sortKey() != b.sortKey()) {
                assertThat(Long.signum(Long.compareUnsigned(a.sortKey(), b.sortKey())))
                        .isEqualTo(Integer.signum(a.toString().compareTo(b.toString())));
            }
        });
    }
}
