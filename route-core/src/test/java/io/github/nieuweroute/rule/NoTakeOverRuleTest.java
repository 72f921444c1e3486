package io.github.nieuweroute.rule;

import static io.github.nieuweroute.rule.RuleFixtures.AUNT;
import static io.github.nieuweroute.rule.RuleFixtures.DAY;
import static io.github.nieuweroute.rule.RuleFixtures.LATER;
import static io.github.nieuweroute.rule.RuleFixtures.WORKER;
import static io.github.nieuweroute.rule.RuleFixtures.decision;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.nieuweroute.model.Initiative;
import io.github.nieuweroute.model.Situation;
import org.junit.jupiter.api.Test;

class NoTakeOverRuleTest {

    private static final Rule RULE = StandardRules.NOT_TAKING_OVER;

    @Test
    void joint_decisions_and_own_initiatives_pass() {
        Situation s = RuleFixtures.builder().addInitiative(Initiative.builder().id("in1").owner(AUNT).build()).build();

        assertThat(RULE.check(s).violations()).isEmpty();
    }

    @Test
    void initiative_taken_over_by_a_professional_is_a_violation() {
        Situation s = RuleFixtures.builder()
                .addInitiative(Initiative.builder().id("in1").owner(AUNT).takenOverBy(WORKER).build()).build();

        assertThat(RULE.check(s).violations()).singleElement().satisfies(v -> {
            assertThat(v.messageKey()).isEqualTo("R-05.initiative-taken-over");
            assertThat(v.arguments()).containsExactly("in1", AUNT, WORKER);
            assertThat(v.evidence().ids(EvidenceKind.INITIATIVE)).containsExactly("in1");
        });
    }

    @Test
    void later_decision_by_professionals_alone_is_a_violation() {
        Situation s = RuleFixtures.builder().addDecision(decision("d2", LATER, null, WORKER)).build();

        assertThat(RULE.check(s).violations()).singleElement().satisfies(v -> {
            assertThat(v.messageKey()).isEqualTo("R-05.professionals-decided-alone-later");
            assertThat(v.arguments()).containsExactly("d2", DAY.toString());
        });
    }

    @Test
    void professional_decision_before_any_joint_decision_is_not_a_take_over() {
        Situation s = RuleFixtures.builder().addDecision(decision("d0", DAY.minusDays(5), null, WORKER)).build();

        assertThat(RULE.check(s).violations()).isEmpty();
    }

    @Test
    void safety_frame_lets_professionals_decide_alone_as_a_recorded_exception() {
        Situation s = RuleFixtures.builder().addDecision(decision("d2", LATER, null, WORKER))
                .addSafetyFrame(RuleFixtures.frameOver("d2"))
                .build();

        assertThat(RULE.check(s).exemptions()).extracting(Exemption::basis)
                .containsExactly(ExemptionBasis.SAFETY_FRAME);
        assertThat(RULE.check(s).violations()).isEmpty();
    }
}
