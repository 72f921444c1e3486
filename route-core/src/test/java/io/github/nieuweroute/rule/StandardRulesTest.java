package io.github.nieuweroute.rule;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class StandardRulesTest {

    @Test
    void a_clean_nieuwe_route_situation_breaks_no_standard_rule() {
        Report report = RuleSet.standard().check(RuleFixtures.clean());

        assertThat(report.violations()).isEmpty();
        assertThat(report.exemptions()).isEmpty();
    }

    @Test
    void standard_rule_ids_are_unique_and_in_order() {
        assertThat(StandardRules.all()).extracting(Rule::id).doesNotHaveDuplicates().isSorted()
                .containsExactly("R-01", "R-02", "R-03", "R-04", "R-05", "R-06", "R-07", "R-08", "R-09", "R-10",
                        "R-13", "R-14", "R-19", "R-20", "R-21", "R-22", "R-23");
    }

    @Test
    void every_standard_rule_has_titles_in_both_languages_and_cites_sources() {
        for (Rule rule : StandardRules.all()) {
            assertThat(rule.title(Language.DUTCH)).as(rule.id()).isNotBlank();
            assertThat(rule.title(Language.ENGLISH)).as(rule.id()).isNotBlank().isNotEqualTo(rule.title(Language.DUTCH));
            assertThat(rule.provenance().sources()).as(rule.id()).allMatch(s -> s.matches("00[0-4]_[0-9a-f]{16}\\.txt:[0-9]+(-[0-9]+)?"));
        }
    }

    @Test
    void factors_the_sources_only_name_are_labelled_interpretations() {
        assertThat(StandardRules.all().stream().filter(r -> r.provenance().isInterpretation()).map(Rule::id)
                .collect(Collectors.toList()))
                .containsExactly("R-03", "R-04", "R-05", "R-06", "R-08", "R-09", "R-21", "R-22", "R-23");
    }

    @Test
    void no_standard_rule_claims_a_factor_it_cannot_check() {
        assertThat(StandardRules.all()).extracting(Rule::checkability).doesNotContain(Checkability.NOT_CHECKABLE);
    }
}
