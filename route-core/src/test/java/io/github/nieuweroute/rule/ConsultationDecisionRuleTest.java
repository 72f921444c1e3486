package io.github.nieuweroute.rule;

import static io.github.nieuweroute.rule.RuleFixtures.AUNT;
import static io.github.nieuweroute.rule.RuleFixtures.COACH;
import static io.github.nieuweroute.rule.RuleFixtures.DAY;
import static io.github.nieuweroute.rule.RuleFixtures.WORKER;
import static io.github.nieuweroute.rule.RuleFixtures.agreement;
import static io.github.nieuweroute.rule.RuleFixtures.decision;
import static io.github.nieuweroute.rule.RuleFixtures.frameOver;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.nieuweroute.model.MeetingKind;
import io.github.nieuweroute.model.Plan;
import io.github.nieuweroute.model.PlanMeeting;
import io.github.nieuweroute.model.Situation;
import io.github.nieuweroute.seed.SeedCases;
import org.junit.jupiter.api.Test;

class ConsultationDecisionRuleTest {

    private static final Rule RULE = StandardRules.PLAN_DECIDED_IN_PLAN_MEETING;

    private static Situation.Builder consultation(MeetingKind kind, boolean agreements) {
        Situation.Builder b = RuleFixtures.builder()
                .addMeeting(PlanMeeting.builder().id("mdo").date(DAY).kind(kind).addAttended(WORKER)
                        .addAttended(COACH).build())
                .addDecision(decision("d2", DAY, "mdo", WORKER, COACH));
        if (agreements) {
            b.addPlan(Plan.builder().id("plan2").owner(AUNT).addAgreement(agreement("a9", "d2", AUNT))
                    .addAgreement(agreement("a10", "d2", WORKER)).build());
        }
        return b;
    }

    @Test
    void a_plan_decided_in_a_multidisciplinary_consultation_is_a_warning() {
        Situation s = consultation(MeetingKind.MULTIDISCIPLINARY_CONSULTATION, true).build();

        assertThat(RULE.check(s).violations()).singleElement().satisfies(v -> {
            assertThat(v.messageKey()).isEqualTo("R-26.plan-decided-in-consultation");
            assertThat(v.severity()).isEqualTo(Severity.WARNING);
            assertThat(v.arguments()).containsExactly("d2", "mdo", "2");
            assertThat(v.evidence().ids(EvidenceKind.MEETING)).containsExactly("mdo");
        });
    }

    @Test
    void a_consultation_that_decides_no_agreement_and_a_plan_meeting_pass() {
        assertThat(RULE.check(consultation(MeetingKind.MULTIDISCIPLINARY_CONSULTATION, false).build())
                .violations()).isEmpty();
        assertThat(RULE.check(consultation(MeetingKind.PLAN_MEETING, true).build()).violations()).isEmpty();
    }

    @Test
    void a_safety_frame_over_the_decision_turns_it_into_an_exemption() {
        Situation s = consultation(MeetingKind.MULTIDISCIPLINARY_CONSULTATION, true)
                .addSafetyFrame(frameOver("d2")).build();

        assertThat(RULE.check(s).violations()).isEmpty();
        assertThat(RULE.check(s).exemptions()).singleElement()
                .satisfies(e -> assertThat(e.basis()).isEqualTo(ExemptionBasis.SAFETY_FRAME));
    }

    @Test
    void a_consultation_of_professionals_is_not_an_unequal_plan_meeting_nor_one_without_the_wider_circle() {
        Situation mdo = consultation(MeetingKind.MULTIDISCIPLINARY_CONSULTATION, true).build();
        Situation planMeeting = consultation(MeetingKind.PLAN_MEETING, true).build();

        assertThat(StandardRules.MORE_EQUAL_CONSULTATION.check(mdo).violations()).isEmpty();
        assertThat(StandardRules.ALL_INVOLVED.check(mdo).violations()).isEmpty();
        assertThat(StandardRules.MORE_EQUAL_CONSULTATION.check(planMeeting).violations())
                .extracting(Violation::messageKey).containsExactly("R-21.professionals-only");
        assertThat(StandardRules.ALL_INVOLVED.check(planMeeting).violations())
                .extracting(Violation::messageKey).containsExactly("R-03.no-wider-circle");
    }

    @Test
    void de_vries_was_decided_in_the_consultation_of_home_care_and_gp() {
        assertThat(RULE.check(SeedCases.deVries().situation()).violations()).singleElement()
                .satisfies(v -> assertThat(v.arguments()).containsExactly("admission", "consultation", "1"));
    }
}
