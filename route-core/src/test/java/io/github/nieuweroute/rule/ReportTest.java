package io.github.nieuweroute.rule;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.nieuweroute.model.InformationItem;
import io.github.nieuweroute.model.Situation;
import io.github.nieuweroute.route.Route;
import io.github.nieuweroute.seed.SeedCases;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

class ReportTest {

    private static final Report DE_VRIES = RuleSet.standard().check(SeedCases.deVries().situation());

    /** The clean fixture with an information item kept from the network under a safety frame: two exemptions. */
    private static Situation withAFramedItem() {
        return RuleFixtures.builder()
                .addInformationItem(InformationItem.builder().id("i2").addHolder(RuleFixtures.WORKER).build())
                .addSafetyFrame(RuleFixtures.frameOver("i2"))
                .build();
    }

    @Test
    void report_carries_the_route_classification() {
        assertThat(DE_VRIES.route()).isEqualTo(Route.OLD);
        assertThat(DE_VRIES.situationId()).isEqualTo("de-vries");
    }

    @Test
    void renders_in_english_with_ids_and_titles() {
        String text = DE_VRIES.render(Language.ENGLISH);

        assertThat(text).startsWith("Situation de-vries: old route (OLD)\n")
                .contains("- [error] R-01 Regie and responsibility are coupled: Request volunteer-request asks "
                        + "youngest-daughter to VOLUNTEER (asked by care-home-staff)")
                .contains("Evidence: participant=[care-home-staff, youngest-daughter] request=[volunteer-request]")
                .doesNotContain("{0}");
    }

    @Test
    void renders_in_dutch() {
        String text = DE_VRIES.render(Language.DUTCH);

        assertThat(text).startsWith("Situatie de-vries: oude route (OLD)\n")
                .contains("- [fout] R-01 Regie en verantwoordelijkheid zijn gekoppeld: Verzoek volunteer-request")
                .contains("Bewijs: ").doesNotContain("{0}");
    }

    @Test
    void rendering_never_prints_names_or_free_text() {
        String text = DE_VRIES.render(Language.ENGLISH) + DE_VRIES.render(Language.DUTCH) + DE_VRIES;

        assertThat(text).doesNotContain("Mevrouw de Vries", "jongste dochter", "koffie schenken", "verzorgingstehuis",
                "thuiszorg");
    }

    @Test
    void violations_can_be_selected_by_rule_and_severity() {
        assertThat(DE_VRIES.violations("R-10")).hasSize(1);
        assertThat(DE_VRIES.violations(Severity.ERROR)).allMatch(v -> v.severity() == Severity.ERROR)
                .hasSizeLessThan(DE_VRIES.violations().size());
    }

    @Test
    void or_throw_throws_a_rule_violation_exception_carrying_the_report() {
        assertThatThrownBy(DE_VRIES::orThrow).isInstanceOf(RuleViolationException.class)
                .isInstanceOf(IllegalStateException.class)
                .hasMessageStartingWith("Situation de-vries: old route (OLD)")
                .satisfies(e -> assertThat(((RuleViolationException) e).report()).isSameAs(DE_VRIES));
    }

    @Test
    void or_throw_returns_the_report_when_nothing_is_violated() {
        Report clean = RuleSet.standard().check(RuleFixtures.clean());

        assertThat(clean.orThrow()).isSameAs(clean);
        assertThat(clean.hasViolations()).isFalse();
    }

    @Test
    void or_throw_with_a_severity_ignores_less_serious_violations() {
        Report onlyWarnings = RuleSet.of(StandardRules.LOYAL_HELPER).check(SeedCases.deVries().situation());

        assertThat(onlyWarnings.hasViolations()).isTrue();
        assertThat(onlyWarnings.orThrow(Severity.ERROR)).isSameAs(onlyWarnings);
    }

    @Test
    void recorded_exceptions_are_rendered_apart_from_violations() {
        Situation s = withAFramedItem();

        Report report = RuleSet.standard().check(s);

        assertThat(report.violations()).isEmpty();
        assertThat(report.exemptions("R-04")).hasSize(1);
        assertThat(report.render(Language.ENGLISH)).contains("0 violation(s), 2 recorded exception(s)",
                "Recorded exceptions:", "- [safety frame] R-04");
    }

    @Test
    void a_report_made_from_its_parts_in_any_order_equals_the_checked_one() {
        List<Violation> reversed = new ArrayList<>(DE_VRIES.violations());
        Collections.reverse(reversed);

        Report rebuilt = Report.of(DE_VRIES.classification(), reversed, DE_VRIES.exemptions());

        assertThat(rebuilt).isEqualTo(DE_VRIES);
        assertThat(rebuilt.violations()).isEqualTo(DE_VRIES.violations());
        assertThat(rebuilt.render(Language.DUTCH)).isEqualTo(DE_VRIES.render(Language.DUTCH));
    }

    @Test
    void a_report_renders_with_the_rules_it_is_given() {
        Report withoutTitles = Report.of(DE_VRIES.classification(), DE_VRIES.violations(), DE_VRIES.exemptions(),
                RuleSet.of(StandardRules.LOYAL_HELPER));

        assertThat(withoutTitles).isEqualTo(DE_VRIES);
        assertThat(withoutTitles.render(Language.ENGLISH)).contains("- [error] R-01 R-01: ")
                .doesNotContain("Regie and responsibility are coupled");
    }

    @Test
    void a_report_is_unchanged_when_its_input_lists_change_later() {
        List<Violation> violations = new ArrayList<>(DE_VRIES.violations());
        Report report = Report.of(DE_VRIES.classification(), violations, List.of());

        violations.clear();

        assertThat(report.violations()).isEqualTo(DE_VRIES.violations());
        assertThatThrownBy(() -> report.violations().clear()).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void a_report_made_from_exemptions_in_any_order_sorts_them() {
        Situation s = withAFramedItem();
        Report checked = RuleSet.standard().check(s);
        List<Exemption> reversed = new ArrayList<>(checked.exemptions());
        Collections.reverse(reversed);

        Report rebuilt = Report.of(checked.classification(), checked.violations(), reversed);

        assertThat(checked.exemptions()).hasSizeGreaterThan(1);
        assertThat(reversed).isNotEqualTo(checked.exemptions());
        assertThat(rebuilt.exemptions()).isEqualTo(checked.exemptions());
        assertThat(rebuilt).isEqualTo(checked);
    }
}
