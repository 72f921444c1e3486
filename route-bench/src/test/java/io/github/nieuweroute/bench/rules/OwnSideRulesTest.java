package io.github.nieuweroute.bench.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import io.github.nieuweroute.model.Situation;
import io.github.nieuweroute.rule.Finding;
import io.github.nieuweroute.rule.Rule;
import io.github.nieuweroute.rule.RuleResult;
import io.github.nieuweroute.rule.StandardRules;
import io.github.nieuweroute.seed.SeedCase;
import io.github.nieuweroute.seed.SeedCases;
import io.github.nieuweroute.testing.Generators;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The caller's rules that {@code CustomRuleBenchmark} times find what the standard R-02 finds. */
class OwnSideRulesTest {

    /** A finding as text without its rule id, so that R-02's and OWN-02's compare. */
    private static List<String> findings(RuleResult result) {
        return java.util.stream.Stream.concat(result.violations().stream(), result.exemptions().stream())
                .map(OwnSideRulesTest::withoutRule).sorted().collect(Collectors.toList());
    }

    private static String withoutRule(Finding f) {
        String key = f.messageKey().substring(f.messageKey().indexOf('.') + 1);
        return f.getClass().getSimpleName() + " " + key + " " + f.arguments() + " " + f.evidence();
    }

    private static void sameAsStandard(Situation s) {
        List<String> standard = findings(StandardRules.DECIDING_TOGETHER.check(s));
        for (Rule own : List.of(OwnSideRules.readingTheIndex(), OwnSideRules.lookingUpIds())) {
            assertThat(findings(own.check(s))).isEqualTo(standard);
        }
    }

    @Test
    void both_own_rules_find_what_r02_finds_on_the_seed_cases() {
        for (SeedCase seed : SeedCases.all()) {
            sameAsStandard(seed.situation());
        }
        assertThat(findings(OwnSideRules.readingTheIndex().check(SeedCases.deVries().situation()))).isNotEmpty();
    }

    @Test
    void both_own_rules_find_what_r02_finds_on_generated_situations() {
        qt().withExamples(300).forAll(Generators.situations()).checkAssert(OwnSideRulesTest::sameAsStandard);
        sameAsStandard(GeneratedSituations.generate(1000, 42L));
    }
}
