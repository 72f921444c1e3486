package io.github.nieuweroute.rule;

import static io.github.nieuweroute.rule.RuleFixtures.WORKER;
import static io.github.nieuweroute.rule.RuleFixtures.agreement;
import static io.github.nieuweroute.rule.RuleFixtures.plan;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.nieuweroute.model.Situation;
import org.junit.jupiter.api.Test;

class RecordedNeedRuleTest {

    private static final Rule RULE = StandardRules.PROFESSIONAL_TASK_HAS_NEED;

    private static final Situation NO_NEED = RuleFixtures.builder()
            .addPlan(plan("plan2", agreement("a9", "d1", WORKER))).build();

    @Test
    void professional_task_with_a_recorded_need_passes() {
        assertThat(RULE.check(RuleFixtures.clean()).violations()).isEmpty();
    }

    @Test
    void professional_task_without_a_recorded_need_is_a_warning() {
        assertThat(RULE.check(NO_NEED).violations()).singleElement().satisfies(v -> {
            assertThat(v.messageKey()).isEqualTo("R-14.no-recorded-need");
            assertThat(v.arguments()).containsExactly("a9", WORKER);
        });
    }

    @Test
    void safety_frame_over_the_task_is_a_recorded_exception() {
        Situation s = NO_NEED.toBuilder().addSafetyFrame(RuleFixtures.frameOver("a9")).build();

        assertThat(RULE.check(s).violations()).isEmpty();
        assertThat(RULE.check(s).exemptions()).extracting(Exemption::basis)
                .containsExactly(ExemptionBasis.SAFETY_FRAME);
    }
}
