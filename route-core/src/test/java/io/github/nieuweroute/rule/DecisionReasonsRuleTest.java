package io.github.nieuweroute.rule;

import static io.github.nieuweroute.rule.RuleFixtures.FOCUS;
import static io.github.nieuweroute.rule.RuleFixtures.WORKER;
import static io.github.nieuweroute.rule.RuleFixtures.frameOver;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.nieuweroute.model.Decision;
import io.github.nieuweroute.model.Reason;
import io.github.nieuweroute.model.ReasonKind;
import io.github.nieuweroute.model.Situation;
import io.github.nieuweroute.source.Grounding;
import org.junit.jupiter.api.Test;

class DecisionReasonsRuleTest {

    private static final Rule RULE = StandardRules.REASONS_FROM_THE_PURPOSE;

    private static Situation withReasons(Reason... reasons) {
        return RuleFixtures.withD1(b -> b.addAllReasons(java.util.List.of(reasons)));
    }

    @Test
    void a_decision_resting_only_on_system_realities_is_a_warning_naming_who_gave_them() {
        Situation s = withReasons(Reason.of(ReasonKind.BUDGET_FRAME, WORKER),
                Reason.of(ReasonKind.PROFESSIONAL_STANDARD, WORKER));

        assertThat(RULE.check(s).violations()).singleElement().satisfies(v -> {
            assertThat(v.messageKey()).isEqualTo("R-12.system-reasons-only");
            assertThat(v.severity()).isEqualTo(Severity.WARNING);
            assertThat(v.arguments()).containsExactly("d1", "2");
            assertThat(v.evidence().ids(EvidenceKind.DECISION)).containsExactly("d1");
            assertThat(v.evidence().participants()).containsExactly(WORKER);
        });
    }

    @Test
    void a_reason_from_the_person_beside_the_system_realities_passes() {
        Situation s = withReasons(Reason.of(ReasonKind.BUDGET_FRAME, WORKER), Reason.of(ReasonKind.NEED, FOCUS));

        assertThat(RULE.check(s).violations()).isEmpty();
    }

    @Test
    void a_decision_without_recorded_reasons_is_not_judged() {
        assertThat(RULE.check(RuleFixtures.clean()).violations()).isEmpty();
        assertThat(RULE.check(RuleFixtures.clean()).exemptions()).isEmpty();
    }

    @Test
    void a_safety_frame_over_the_decision_turns_it_into_an_exemption() {
        Situation s = withReasons(Reason.of(ReasonKind.SCHEME_BOUNDARY, WORKER)).toBuilder()
                .addSafetyFrame(frameOver("d1")).build();

        RuleResult result = RULE.check(s);

        assertThat(result.violations()).isEmpty();
        assertThat(result.exemptions()).singleElement().satisfies(e -> {
            assertThat(e.basis()).isEqualTo(ExemptionBasis.SAFETY_FRAME);
            assertThat(e.evidence().ids(EvidenceKind.SAFETY_FRAME)).containsExactly("vt");
        });
    }

    @Test
    void it_rests_on_buiting_and_is_a_proxy() {
        assertThat(RULE.provenance().grounding()).isEqualTo(Grounding.OTHER_SOURCE);
        assertThat(RULE.checkability()).isEqualTo(Checkability.PROXY);
    }
}
