package io.github.nieuweroute.rule;

import static io.github.nieuweroute.rule.RuleFixtures.AUNT;
import static io.github.nieuweroute.rule.RuleFixtures.WORKER;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.nieuweroute.model.Agreement;
import io.github.nieuweroute.model.Plan;
import io.github.nieuweroute.model.Situation;
import org.junit.jupiter.api.Test;

class OwnSolutionsRuleTest {

    private static final Rule RULE = StandardRules.OWN_SOLUTIONS;

    @Test
    void plan_with_proposals_from_the_lifeworld_passes() {
        assertThat(RULE.check(RuleFixtures.clean()).violations()).isEmpty();
    }

    @Test
    void plan_whose_every_proposal_comes_from_professionals_is_a_warning() {
        Situation s = RuleFixtures.builder().addPlan(Plan.builder().id("plan2")
                .addAgreement(Agreement.builder().id("a9").decision("d1").addPerformer(AUNT).proposer(WORKER).build())
                .addAgreement(Agreement.builder().id("a10").decision("d1").addPerformer(AUNT).build())
                .build()).build();

        assertThat(RULE.check(s).violations()).singleElement().satisfies(v -> {
            assertThat(v.messageKey()).isEqualTo("R-13.all-proposed-by-professionals");
            assertThat(v.arguments()).containsExactly("plan2", "1");
            assertThat(v.evidence().participants()).containsExactly(WORKER);
        });
    }

    @Test
    void plan_without_recorded_proposers_is_not_checked() {
        Situation s = RuleFixtures.builder().addPlan(Plan.builder().id("plan2")
                .addAgreement(Agreement.builder().id("a9").decision("d1").addPerformer(AUNT).build()).build()).build();

        assertThat(RULE.check(s).violations()).isEmpty();
    }
}
