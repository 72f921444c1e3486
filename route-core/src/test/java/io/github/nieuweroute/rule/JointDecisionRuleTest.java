package io.github.nieuweroute.rule;

import static io.github.nieuweroute.rule.RuleFixtures.AUNT;
import static io.github.nieuweroute.rule.RuleFixtures.FOCUS;
import static io.github.nieuweroute.rule.RuleFixtures.LATER;
import static io.github.nieuweroute.rule.RuleFixtures.WORKER;
import static io.github.nieuweroute.rule.RuleFixtures.decision;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.nieuweroute.model.Situation;
import org.junit.jupiter.api.Test;

class JointDecisionRuleTest {

    private static final Rule RULE = StandardRules.DECIDING_TOGETHER;

    @Test
    void decision_co_decided_by_focus_person_and_lifeworld_passes() {
        assertThat(RULE.check(RuleFixtures.clean()).violations()).isEmpty();
    }

    @Test
    void decision_by_professionals_alone_misses_both_sides() {
        Situation s = RuleFixtures.builder().addDecision(decision("d2", LATER, null, WORKER)).build();

        assertThat(RULE.check(s).violations()).extracting(Violation::messageKey).containsExactly(
                "R-02.no-focus-person-co-decided", "R-02.no-lifeworld-co-decided");
    }

    @Test
    void decision_without_the_focus_person_names_the_focus_person_as_evidence() {
        Situation s = RuleFixtures.builder().addDecision(decision("d2", LATER, null, AUNT, WORKER)).build();

        assertThat(RULE.check(s).violations()).singleElement().satisfies(v -> {
            assertThat(v.messageKey()).isEqualTo("R-02.no-focus-person-co-decided");
            assertThat(v.evidence().participants()).containsExactly(FOCUS);
            assertThat(v.evidence().ids(EvidenceKind.DECISION)).containsExactly("d2");
        });
    }

    @Test
    void safety_frame_over_the_decision_is_a_recorded_exception() {
        Situation s = RuleFixtures.builder().addDecision(decision("d2", LATER, null, WORKER))
                .addSafetyFrame(RuleFixtures.frameOver("d2"))
                .build();

        RuleResult result = RULE.check(s);

        assertThat(result.violations()).isEmpty();
        assertThat(result.exemptions()).hasSize(2).allSatisfy(e -> assertThat(e.basis())
                .isEqualTo(ExemptionBasis.SAFETY_FRAME));
    }
    @Test
    void a_lifeworld_member_who_only_consented_did_not_co_decide() {
        Situation s = RuleFixtures.builder().addDecision(io.github.nieuweroute.model.Decision.builder().id("d2")
                .date(LATER).putParticipation(FOCUS, io.github.nieuweroute.model.ParticipationLevel.CO_DECIDED)
                .putParticipation(AUNT, io.github.nieuweroute.model.ParticipationLevel.CONSENTED).build()).build();

        assertThat(RULE.check(s).violations()).extracting(Violation::messageKey)
                .containsExactly("R-02.no-lifeworld-co-decided");
    }
}
