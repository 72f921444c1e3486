package io.github.nieuweroute.rule;

import static io.github.nieuweroute.rule.RuleFixtures.WORKER;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.nieuweroute.model.SafetyFrame;
import io.github.nieuweroute.model.Situation;
import org.junit.jupiter.api.Test;

class SafetyFrameRuleTest {

    private static final Rule RULE = StandardRules.SAFETY_FRAME_OVERRIDES;

    @Test
    void frame_that_names_what_it_covers_and_why_passes() {
        Situation s = RuleFixtures.builder().addSafetyFrame(RuleFixtures.frameOver("d1")).build();

        assertThat(RULE.check(s).violations()).isEmpty();
    }

    @Test
    void frame_without_coverage_or_constraints_cannot_be_traced() {
        Situation s = RuleFixtures.builder().addSafetyFrame(SafetyFrame.builder().id("vt").setBy(WORKER).build())
                .build();

        assertThat(RULE.check(s).violations()).extracting(Violation::messageKey)
                .containsExactly("R-20.covers-nothing", "R-20.no-constraints");
    }
}
