package io.github.nieuweroute.rule;

import static io.github.nieuweroute.rule.RuleFixtures.AUNT;
import static io.github.nieuweroute.rule.RuleFixtures.COACH;
import static io.github.nieuweroute.rule.RuleFixtures.LATER;
import static io.github.nieuweroute.rule.RuleFixtures.WORKER;
import static io.github.nieuweroute.rule.RuleFixtures.agreement;
import static io.github.nieuweroute.rule.RuleFixtures.plan;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.nieuweroute.model.Evaluation;
import io.github.nieuweroute.model.Situation;
import org.junit.jupiter.api.Test;

class JointEvaluationRuleTest {

    private static final Rule RULE = StandardRules.JOINT_EVALUATION;

    @Test
    void plan_evaluated_with_the_lifeworld_passes() {
        assertThat(RULE.check(RuleFixtures.clean()).violations()).isEmpty();
    }

    @Test
    void plan_evaluated_by_professionals_only_is_a_warning() {
        Situation s = RuleFixtures.builder().addPlan(plan("plan2", agreement("a9", "d1", AUNT)))
                .addEvaluation(Evaluation.builder().id("e2").date(LATER).plan("plan2").addParticipants(WORKER, COACH)
                        .build())
                .build();

        assertThat(RULE.check(s).violations()).singleElement().satisfies(v -> {
            assertThat(v.messageKey()).isEqualTo("R-06.no-joint-evaluation");
            assertThat(v.evidence().ids(EvidenceKind.PLAN)).containsExactly("plan2");
        });
    }

    @Test
    void a_plan_whose_review_is_not_yet_due_by_the_records_own_date_is_not_flagged() {
        // the latest date in the record is LATER (the evaluation of plan1); the review lies after it
        Situation s = RuleFixtures.builder().addPlan(io.github.nieuweroute.model.Plan.builder().id("plan2")
                .reviewDate(LATER.plusDays(1)).addAgreement(agreement("a9", "d1", AUNT)).build()).build();

        assertThat(RULE.check(s).violations()).isEmpty();
    }

    @Test
    void a_plan_whose_review_date_the_record_has_reached_is_flagged() {
        Situation onTheDay = RuleFixtures.builder().addPlan(io.github.nieuweroute.model.Plan.builder().id("plan2")
                .reviewDate(LATER).addAgreement(agreement("a9", "d1", AUNT)).build()).build();
        Situation later = RuleFixtures.builder().addPlan(io.github.nieuweroute.model.Plan.builder().id("plan2")
                .reviewDate(LATER.plusDays(10)).addAgreement(agreement("a9", "d1", AUNT)).build())
                .addRequest(io.github.nieuweroute.model.Request.builder().id("r9").date(LATER.plusDays(10))
                        .from(WORKER).to(AUNT).kind(io.github.nieuweroute.model.RequestKind.THINK_ALONG).build())
                .build();

        assertThat(RULE.check(onTheDay).violations()).extracting(Violation::messageKey)
                .containsExactly("R-06.no-joint-evaluation");
        assertThat(RULE.check(later).violations()).extracting(Violation::messageKey)
                .containsExactly("R-06.no-joint-evaluation");
    }

    @Test
    void the_records_date_is_its_latest_recorded_date_not_the_clock() {
        // far in the future by the clock, yet the record's own latest date is what counts
        Situation s = RuleFixtures.builder().addPlan(io.github.nieuweroute.model.Plan.builder().id("plan2")
                .reviewDate(java.time.LocalDate.of(2000, 1, 1)).addAgreement(agreement("a9", "d1", AUNT)).build())
                .build();

        assertThat(RecordDate.of(s).latest()).contains(LATER);
        assertThat(RULE.check(s).violations()).hasSize(1);
        assertThat(RecordDate.of(Situation.builder().id("e")
                .addParticipant(io.github.nieuweroute.model.Participant.focusPerson("f")).build()).latest()).isEmpty();
    }
}
