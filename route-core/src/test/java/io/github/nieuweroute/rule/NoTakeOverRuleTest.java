package io.github.nieuweroute.rule;

import static io.github.nieuweroute.rule.RuleFixtures.AUNT;
import static io.github.nieuweroute.rule.RuleFixtures.DAY;
import static io.github.nieuweroute.rule.RuleFixtures.FOCUS;
import static io.github.nieuweroute.rule.RuleFixtures.LATER;
import static io.github.nieuweroute.rule.RuleFixtures.WORKER;
import static io.github.nieuweroute.rule.RuleFixtures.decision;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.nieuweroute.model.Decision;
import io.github.nieuweroute.model.Initiative;
import io.github.nieuweroute.model.ParticipationLevel;
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

    @Test
    void later_decision_of_professionals_together_with_the_lifeworld_is_not_a_take_over() {
        Situation s = RuleFixtures.builder().addDecision(decision("d2", LATER, null, WORKER, AUNT)).build();

        assertThat(RULE.check(s).violations()).isEmpty();
    }

    @Test
    void later_decision_that_nobody_co_decided_is_not_a_take_over() {
        Situation s = RuleFixtures.builder().addDecision(decision("d2", LATER, null)).build();

        assertThat(RULE.check(s).violations()).isEmpty();
    }

    @Test
    void the_take_over_is_dated_from_the_earliest_joint_decision_whatever_the_order_they_are_recorded_in() {
        Situation s = RuleFixtures.builder()
                .addDecision(decision("d0", DAY.minusDays(10), null, FOCUS, WORKER))
                .addDecision(decision("d2", DAY.minusDays(5), null, WORKER))
                .build();

        assertThat(RULE.check(s).violations()).singleElement().satisfies(v -> {
            assertThat(v.arguments()).containsExactly("d2", DAY.minusDays(10).toString());
            assertThat(v.evidence().ids(EvidenceKind.DECISION)).containsExactly("d2");
            assertThat(v.evidence().participants()).containsExactly(WORKER);
        });
    }

    @Test
    void a_professional_decision_on_the_day_of_the_first_joint_decision_is_not_yet_a_take_over() {
        Situation s = RuleFixtures.builder().addDecision(decision("d2", DAY, null, WORKER)).build();

        assertThat(RULE.check(s).violations()).isEmpty();
    }

    @Test
    void an_initiative_taken_over_by_the_lifeworld_or_a_professionals_initiative_taken_over_is_not_a_violation() {
        Situation s = RuleFixtures.builder()
                .addInitiative(Initiative.builder().id("in1").owner(AUNT).takenOverBy(RuleFixtures.NEIGHBOUR).build())
                .addInitiative(Initiative.builder().id("in2").owner(WORKER).takenOverBy(RuleFixtures.COACH).build())
                .build();

        assertThat(RULE.check(s).violations()).isEmpty();
    }
    @Test
    void professional_decisions_before_the_first_joint_decision_are_no_take_over_however_many() {
        Situation s = RuleFixtures.builder()
                .addDecision(decision("d0", DAY.minusDays(10), null, WORKER))
                .addDecision(decision("d00", DAY.minusDays(5), null, WORKER))
                .build();

        assertThat(RULE.check(s).violations()).isEmpty();
    }

    @Test
    void a_decision_the_lifeworld_only_consented_to_does_not_start_the_joint_period() {
        Situation s = RuleFixtures.builder()
                .addDecision(Decision.builder().id("d0").date(DAY.minusDays(10))
                        .putParticipation(WORKER, ParticipationLevel.CO_DECIDED)
                        .putParticipation(AUNT, ParticipationLevel.CONSENTED).build())
                .addDecision(decision("d00", DAY.minusDays(5), null, WORKER))
                .build();

        assertThat(RULE.check(s).violations()).isEmpty();
    }
}
