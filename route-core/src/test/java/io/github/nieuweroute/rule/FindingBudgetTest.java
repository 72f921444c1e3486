package io.github.nieuweroute.rule;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.nieuweroute.hostile.HostileSituations;
import io.github.nieuweroute.model.Situation;
import io.github.nieuweroute.source.Grounding;
import io.github.nieuweroute.source.Provenance;
import org.junit.jupiter.api.Test;

/** The budget of findings lives only while a rule set runs a rule, and a check inside a rule leaves it as it was. */
class FindingBudgetTest {

    /** 30 agreements of 5 performers without a say: 151 R-01 findings. */
    private static final Situation FLOOD = HostileSituations.performersWithoutSay(30, 5);

    private static final Rule REGIE = StandardRules.REGIE_COUPLED_TO_RESPONSIBILITY;

    @Test
    void a_rule_called_directly_after_a_limited_check_makes_every_finding_in_full() {
        Report limited = RuleSet.of(REGIE).withFindingLimit(1).check(FLOOD);

        RuleResult direct = REGIE.check(FLOOD);

        assertThat(limited.violations()).hasSize(1);
        assertThat(direct.violations()).hasSize(151).allSatisfy(v -> assertThat(v.ruleId()).isEqualTo("R-01"))
                .doesNotContain(FindingBudget.OMITTED_VIOLATION);
    }

    @Test
    void a_check_inside_a_callers_rule_leaves_the_outer_checks_budget_as_it_was() {
        // a caller's rule that runs a limited check of its own, then the regie rule under the outer check's budget
        Rule nesting = Rule.of("GEM-04", "Genest", "Nested", Provenance.of(Grounding.OTHER_SOURCE, "test"),
                Checkability.DIRECT, s -> {
                    Report inner = RuleSet.of(REGIE).withFindingLimit(1).check(s);
                    assertThat(inner.omittedViolations()).containsEntry("R-01", 150);
                    return REGIE.check(s);
                });

        Report outer = RuleSet.of(nesting).check(FLOOD);

        assertThat(outer.violations()).hasSize(151);
        assertThat(outer.omittedViolations()).isEmpty();
    }
}
