package io.github.nieuweroute.rule;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ViolationTest {

    private static final Evidence EVIDENCE = Evidence.builder().participant("p1").build();

    @Test
    void arguments_are_kept_as_text() {
        Violation v = Violation.of("R-01", Severity.ERROR, EVIDENCE, "R-01.x", "a1", 3, Severity.INFO);

        assertThat(v.arguments()).containsExactly("a1", "3", "INFO");
        assertThat(v).hasToString("[ERROR] R-01 R-01.x[a1, 3, INFO] participant=[p1]");
    }

    @Test
    void malformed_rule_id_is_rejected() {
        assertThatThrownBy(() -> Violation.of("R 01", Severity.ERROR, EVIDENCE, "R-01.x"))
                .isInstanceOf(InvalidRuleDataException.class).hasMessageContaining("ruleId");
    }

    @Test
    void blank_message_key_is_rejected() {
        assertThatThrownBy(() -> Violation.of("R-01", Severity.ERROR, EVIDENCE, " "))
                .isInstanceOf(InvalidRuleDataException.class).hasMessageContaining("messageKey");
    }

    @Test
    void order_is_rule_id_then_severity_then_evidence() {
        Violation a = Violation.of("R-02", Severity.WARNING, EVIDENCE, "k");
        Violation b = Violation.of("R-01", Severity.WARNING, EVIDENCE, "k");
        Violation c = Violation.of("R-01", Severity.ERROR, Evidence.builder().participant("p2").build(), "k");
        Violation d = Violation.of("R-01", Severity.ERROR, EVIDENCE, "k");
        List<Violation> list = new ArrayList<>(List.of(a, b, c, d));

        list.sort(Violation.ORDER);

        assertThat(list).containsExactly(d, c, b, a);
    }

    @Test
    void with_equal_evidence_the_order_is_message_key_then_arguments_element_by_element_then_length() {
        Violation keyB = Violation.of("R-01", Severity.ERROR, EVIDENCE, "b");
        Violation keyA = Violation.of("R-01", Severity.ERROR, EVIDENCE, "a", "z");
        Violation ac = Violation.of("R-01", Severity.ERROR, EVIDENCE, "b", "a", "c");
        Violation ab = Violation.of("R-01", Severity.ERROR, EVIDENCE, "b", "a", "b");
        Violation a = Violation.of("R-01", Severity.ERROR, EVIDENCE, "b", "a");
        List<Violation> list = new ArrayList<>(List.of(ac, keyB, ab, a, keyA));

        list.sort(Violation.ORDER);

        assertThat(list).containsExactly(keyA, keyB, a, ab, ac);
        assertThat(Violation.ORDER.compare(ab, Violation.of("R-01", Severity.ERROR, EVIDENCE, "b", "a", "b")))
                .isZero();
        assertThat(Violation.ORDER.compare(ac, ab)).isPositive();
        assertThat(Violation.ORDER.compare(ab, a)).isPositive();
        assertThat(Violation.ORDER.compare(a, ab)).isNegative();
    }
}
