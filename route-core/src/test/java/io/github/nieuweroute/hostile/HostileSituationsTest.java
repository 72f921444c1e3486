package io.github.nieuweroute.hostile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.nieuweroute.model.Situation;
import io.github.nieuweroute.model.Sphere;
import io.github.nieuweroute.rule.Checkability;
import io.github.nieuweroute.rule.Evidence;
import io.github.nieuweroute.rule.EvidenceKind;
import io.github.nieuweroute.rule.InvalidRuleDataException;
import io.github.nieuweroute.rule.Language;
import io.github.nieuweroute.rule.Report;
import io.github.nieuweroute.rule.Rule;
import io.github.nieuweroute.rule.RuleResult;
import io.github.nieuweroute.rule.RuleSet;
import io.github.nieuweroute.rule.Severity;
import io.github.nieuweroute.rule.Violation;
import io.github.nieuweroute.source.Grounding;
import io.github.nieuweroute.source.Provenance;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Hostile and careless situations against the core's entry points ({@code Situation.builder()},
 * {@link RuleSet#check}): the attacks are built by {@link HostileSituations}. Memory and time are measured, not
 * asserted, in docs/benchmarks.md ("Hostile input"); these tests pin what bounds them.
 */
class HostileSituationsTest {

    @Test
    void a_quarter_of_a_million_regie_breaches_are_reported_as_a_thousand_listed_and_the_rest_counted() {
        Situation s = HostileSituations.performersWithoutSay(5_000, 50);
        Report report = RuleSet.standard().check(s);
        List<Violation> regie = report.violations("R-01");
        // 250,000 performers without a say, plus "the deciders carry none of it"
        assertThat(regie).hasSize(RuleSet.DEFAULT_FINDING_LIMIT);
        assertThat(report.omittedViolations()).containsEntry("R-01", 250_001 - RuleSet.DEFAULT_FINDING_LIMIT);
        assertThat(report.violations()).hasSizeLessThanOrEqualTo(
                RuleSet.standard().rules().size() * Severity.values().length * RuleSet.DEFAULT_FINDING_LIMIT);
        assertThat(report.violationCount()).isEqualTo(report.violations().size() + 249_001);
        assertThat(report.hasViolations()).isTrue();
        assertThat(report.render(Language.ENGLISH)).contains("(R-01): 250,001 findings")
                .contains("  - and 249,001 more findings of this rule, not listed to keep the report small.");
        assertThat(report.render(Language.DUTCH)).contains("(R-01): 250.001 bevindingen",
                "Daarnaast zijn 249.001 bevindingen geteld maar niet opgesomd, om het rapport klein te houden.")
                .contains("  - en nog 249.001 bevindingen van deze regel, niet opgesomd om het rapport klein te houden.");
    }

    @Test
    void the_listed_findings_are_the_first_the_rule_finds_and_the_same_on_every_check() {
        Situation s = HostileSituations.performersWithoutSay(30, 5);
        RuleSet limited = RuleSet.standard().withFindingLimit(7);
        Report first = limited.check(s);
        assertThat(first.violations("R-01")).hasSize(7);
        assertThat(first.omittedViolations()).containsEntry("R-01", 30 * 5 + 1 - 7);
        assertThat(limited.check(s)).isEqualTo(first);
        Report all = RuleSet.standard().check(s);
        assertThat(all.omittedViolations()).isEmpty();
        assertThat(all.violations("R-01")).hasSize(151).containsAll(first.violations("R-01"));
        assertThat(all.violationCount()).isEqualTo(first.violationCount());
    }

    @Test
    void a_callers_rule_that_floods_is_capped_the_same_way() {
        Rule flood = Rule.of("GEM-02", "Vloed", "Flood", Provenance.of(Grounding.OTHER_SOURCE, "test"),
                Checkability.DIRECT, s -> {
                    List<Violation> many = new ArrayList<>();
                    for (int i = 0; i < 5_000; i++) {
                        many.add(Violation.of("GEM-02", i % 2 == 0 ? Severity.ERROR : Severity.WARNING,
                                Evidence.builder().add(EvidenceKind.SITUATION, "s" + i).build(), "GEM-02.flood"));
                    }
                    return RuleResult.of(many);
                });
        Report report = RuleSet.of(flood).withFindingLimit(100).check(HostileSituations.performersWithoutSay(1, 1));
        // a hundred of each severity, so orThrow(ERROR) still sees an error
        assertThat(report.violations(Severity.ERROR)).hasSize(100);
        assertThat(report.violations()).hasSize(200);
        assertThat(report.omittedViolations()).containsEntry("GEM-02", 4_800);
    }

    @Test
    void a_finding_limit_below_one_is_refused() {
        assertThatThrownBy(() -> RuleSet.standard().withFindingLimit(0))
                .isInstanceOf(InvalidRuleDataException.class).hasMessageContaining("findingLimit");
    }

    @Test
    void a_report_with_omitted_counts_is_equal_only_to_one_with_the_same_counts() {
        Situation s = HostileSituations.performersWithoutSay(30, 5);
        Report limited = RuleSet.standard().withFindingLimit(7).check(s);
        Report rebuilt = Report.of(limited.classification(), limited.violations(), limited.exemptions(),
                limited.omittedViolations(), limited.omittedExemptions(), RuleSet.standard());
        assertThat(rebuilt).isEqualTo(limited);
        assertThat(Report.of(limited.classification(), limited.violations(), limited.exemptions()))
                .isNotEqualTo(limited);
        assertThatThrownBy(() -> Report.of(limited.classification(), limited.violations(), limited.exemptions(),
                java.util.Map.of("R-01", 0), java.util.Map.of(), RuleSet.standard()))
                .isInstanceOf(InvalidRuleDataException.class);
    }

    @Test
    void participants_whose_ids_share_one_hash_code_are_found_and_checked_like_any_others() {
        List<String> colliding = HostileSituations.collidingIds(4_000);
        assertThat(colliding.stream().mapToInt(String::hashCode).distinct()).hasSize(1);
        assertThat(colliding).doesNotHaveDuplicates();
        Situation s = HostileSituations.withParticipantIds(colliding);
        assertThat(s.participant(colliding.get(3_999))).isPresent();
        assertThat(s.sphereOf(colliding.get(17))).isEqualTo(Sphere.LIFEWORLD);
        assertThat(s.sphereOf(colliding.get(17) + "x")).isEqualTo(Sphere.UNKNOWN);
        Report colliding4000 = RuleSet.standard().check(s);
        Report ordinary = RuleSet.standard().check(HostileSituations.withParticipantIds(
                HostileSituations.ordinaryIds(4_000)));
        assertThat(colliding4000.route()).isEqualTo(ordinary.route());
        assertThat(colliding4000.violationCount()).isEqualTo(ordinary.violationCount());
        assertThatThrownBy(() -> HostileSituations.withParticipantIds(List.of(colliding.get(1), colliding.get(1))))
                .hasMessageContaining(colliding.get(1));
    }
}
