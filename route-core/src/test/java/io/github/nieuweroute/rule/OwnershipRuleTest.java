package io.github.nieuweroute.rule;

import static io.github.nieuweroute.rule.RuleFixtures.AUNT;
import static io.github.nieuweroute.rule.RuleFixtures.COACH;
import static io.github.nieuweroute.rule.RuleFixtures.FOCUS;
import static io.github.nieuweroute.rule.RuleFixtures.WORKER;
import static io.github.nieuweroute.rule.RuleFixtures.agreement;
import static io.github.nieuweroute.rule.RuleFixtures.frameOver;
import static io.github.nieuweroute.rule.RuleFixtures.plan;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.nieuweroute.model.Plan;
import io.github.nieuweroute.model.Question;
import io.github.nieuweroute.model.QuestionKind;
import io.github.nieuweroute.model.Situation;
import org.junit.jupiter.api.Test;

class OwnershipRuleTest {

    private static final Rule RULE = StandardRules.OWNERS_OF_PROBLEM_AND_PLAN;

    @Test
    void a_plan_of_the_client_or_owned_jointly_with_professionals_passes() {
        Situation s = RuleFixtures.builder().addPlan(Plan.builder().id("plan2").addOwner(WORKER).addOwner(AUNT)
                .addAgreement(agreement("a9", "d1", AUNT)).build()).build();

        assertThat(RULE.check(RuleFixtures.clean()).violations()).isEmpty();
        assertThat(RULE.check(s).violations()).isEmpty();
    }

    @Test
    void a_plan_owned_by_the_system_world_only_is_an_error() {
        Situation s = RuleFixtures.builder().addPlan(Plan.builder().id("plan2").addOwner(WORKER).addOwner(COACH)
                .addAgreement(agreement("a9", "d1", AUNT)).build()).build();

        assertThat(RULE.check(s).violations()).singleElement().satisfies(v -> {
            assertThat(v.messageKey()).isEqualTo("R-15.plan-owned-by-system-world");
            assertThat(v.severity()).isEqualTo(Severity.ERROR);
            assertThat(v.arguments()).containsExactly("plan2", "2");
            assertThat(v.evidence().ids(EvidenceKind.PLAN)).containsExactly("plan2");
            assertThat(v.evidence().participants()).containsExactly(COACH, WORKER);
        });
    }

    @Test
    void a_plan_with_agreements_and_no_recorded_owner_is_a_warning_and_an_empty_plan_is_not_judged() {
        Situation s = RuleFixtures.builder().addPlan(plan("plan2", agreement("a9", "d1", AUNT)))
                .addPlan(plan("plan3")).build();

        assertThat(RULE.check(s).violations()).singleElement().satisfies(v -> {
            assertThat(v.messageKey()).isEqualTo("R-15.plan-without-owner");
            assertThat(v.severity()).isEqualTo(Severity.WARNING);
            assertThat(v.arguments()).containsExactly("plan2");
        });
    }

    @Test
    void a_safety_frame_over_an_agreement_of_the_plan_turns_it_into_an_exemption() {
        Situation s = RuleFixtures.builder().addPlan(Plan.builder().id("plan2").addOwner(WORKER)
                .addAgreement(agreement("a9", "d1", AUNT)).build()).addSafetyFrame(frameOver("a9")).build();

        RuleResult result = RULE.check(s);

        assertThat(result.violations()).isEmpty();
        assertThat(result.exemptions()).singleElement().satisfies(e -> {
            assertThat(e.messageKey()).isEqualTo("R-15.plan-owned-by-system-world");
            assertThat(e.evidence().ids(EvidenceKind.SAFETY_FRAME)).containsExactly("vt");
        });
    }

    @Test
    void a_problem_owned_by_others_than_the_client_is_a_warning() {
        Situation s = RuleFixtures.builder()
                .addQuestion(Question.builder().id("q2").kind(QuestionKind.CENTRAL).addOwner(WORKER).build())
                .addQuestion(Question.builder().id("q3").kind(QuestionKind.CENTRAL).addOwner(FOCUS).addOwner(AUNT)
                        .build())
                .build();

        assertThat(RULE.check(s).violations()).singleElement().satisfies(v -> {
            assertThat(v.messageKey()).isEqualTo("R-15.problem-owner-not-client");
            assertThat(v.evidence().ids(EvidenceKind.QUESTION)).containsExactly("q2");
            assertThat(v.arguments()).containsExactly("q2", "1");
        });
    }

    @Test
    void evidence_names_at_most_twenty_owners_the_smallest_ids_first() {
        Plan.Builder plan = Plan.builder().id("plan2").addAgreement(agreement("a9", "d1", AUNT));
        Situation.Builder b = RuleFixtures.builder();
        for (int i = 99; i >= 0; i--) {
            String id = String.format("pro-%02d", i);
            b.addParticipant(io.github.nieuweroute.model.Participant.professional(id, "org"));
            plan.addOwner(id);
        }
        Situation s = b.addPlan(plan.build()).build();

        assertThat(RULE.check(s).violations()).singleElement().satisfies(v -> {
            assertThat(v.arguments()).containsExactly("plan2", "100");
            assertThat(v.evidence().participants()).hasSize(20).first().isEqualTo("pro-00");
            assertThat(v.evidence().participants()).last().isEqualTo("pro-19");
        });
    }
}
