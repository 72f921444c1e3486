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
}
