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

        assertThat(text).startsWith("Situation de-vries\nRoute: old route (decision admission of 2015-03-02).\n"
                + "Why: the client did not co-decide; ")
                .contains("Findings: 3 problems, 7 points of attention, no notes; no recorded exceptions.")
                .contains("Regie and responsibility belong together (R-01): one finding\n"
                        + "  - problem: care-home-staff asked youngest-daughter to volunteer (request "
                        + "volunteer-request) while youngest-daughter had not co-decided anything yet")
                .contains("    Concerns: participants care-home-staff, youngest-daughter; request volunteer-request.")
                .doesNotContain("{0}", "VOLUNTEER");
    }

    @Test
    void renders_in_dutch() {
        String text = DE_VRIES.render(Language.DUTCH);

        assertThat(text).startsWith("Situatie de-vries\nRoute: oude route (besluit admission van 2015-03-02).\n"
                + "Waarom: de cliënt heeft niet meebeslist; ")
                .contains("Bevindingen: 3 knelpunten, 7 aandachtspunten, geen opmerkingen; geen vastgelegde "
                        + "uitzonderingen.")
                .contains("Regie en verantwoordelijkheid horen bij elkaar (R-01): één bevinding\n"
                        + "  - knelpunt: care-home-staff vroeg youngest-daughter om vrijwilligerswerk te doen")
                .contains("    Betreft: deelnemers care-home-staff, youngest-daughter; verzoek volunteer-request.")
                .contains("home-care heeft de zorg overgedragen aan care-home-staff")
                .doesNotContain("{0}", "VOLUNTEER", "TRANSFER", "Bewijs", "fout", "overtreding", "bedoeling");
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
                .hasMessageStartingWith("Situation de-vries\nRoute: old route")
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
        assertThat(report.render(Language.ENGLISH)).contains("no notes; 2 recorded exceptions.",
                "Recorded exceptions (these do not count as problems):", "  - safety frame: Information i2");
    }

    @Test
    void every_rendered_finding_says_where_its_rule_comes_from_in_both_languages() {
        Report report = RuleSet.standard().check(SeedCases.deVries().situation());

        String dutch = report.render(Language.DUTCH);
        String english = report.render(Language.ENGLISH);

        // every rule's group of findings ends in its provenance
        assertThat(dutch.split("\n\n")).filteredOn(g -> g.contains("(R-")).hasSize(9)
                .allSatisfy(g -> assertThat(g.lines().reduce((a, b) -> b).orElseThrow()).startsWith("  Herkomst: "));
        assertThat(english.split("\n\n")).filteredOn(g -> g.contains("(R-")).hasSize(9)
                .allSatisfy(g -> assertThat(g.lines().reduce((a, b) -> b).orElseThrow()).startsWith("  Source: "));
        assertThat(dutch).contains("Herkomst: een andere bron dan Siegers (Buiting, Anders vasthouden, regels 38, 42")
                .contains("Herkomst: Siegers zegt dit met zoveel woorden (Siegers, De Nieuwe Route (2016), regels 155, ");
        assertThat(report.provenance("R-10")).hasValueSatisfying(p -> assertThat(p.grounding())
                .isEqualTo(io.github.nieuweroute.source.Grounding.OTHER_SOURCE));
        assertThat(report.provenance("R-99")).isEmpty();
    }

    @Test
    void a_callers_own_citation_is_rendered_as_it_is() {
        Rule own = Rule.of("GEM-01", "Eigen regel", "Own rule",
                io.github.nieuweroute.source.Provenance.of(io.github.nieuweroute.source.Grounding.OTHER_SOURCE,
                        "gemeentebeleid 2026 art. 3"),
                Checkability.DIRECT, s -> RuleResult.of(List.of(Violation.of("GEM-01", Severity.WARNING,
                        Evidence.builder().add(EvidenceKind.SITUATION, s.id()).build(), "GEM-01.x"))));

        assertThat(RuleSet.of(own).check(SeedCases.deVries().situation()).render(Language.DUTCH))
                .contains("Herkomst: een andere bron dan Siegers (gemeentebeleid 2026 art. 3).");
    }

    @Test
    void names_appear_only_when_the_caller_supplies_them_and_cannot_reorder_the_text() {
        var situation = SeedCases.deVries().situation();
        java.util.function.Function<String, String> names = id -> situation.participant(id)
                .flatMap(io.github.nieuweroute.model.Participant::name).orElse(null);

        String named = DE_VRIES.render(Language.DUTCH, names);

        assertThat(named).contains("vroeg jongste dochter om vrijwilligerswerk te doen",
                "Betreft: deelnemers care-home-staff, jongste dochter; verzoek volunteer-request.");
        assertThat(DE_VRIES.render(Language.DUTCH)).doesNotContain("jongste dochter");
        String hostile = DE_VRIES.render(Language.DUTCH, id -> "\u202Eevil\u0000<b>" + id);
        assertThat(hostile).doesNotContain("\u202E", "\u0000").contains("evil<b>youngest-daughter");
        assertThat(DE_VRIES.render(Language.DUTCH, id -> " ")).isEqualTo(DE_VRIES.render(Language.DUTCH));
    }

    @Test
    void repeated_findings_of_one_rule_are_summarised_with_their_count() {
        Situation.Builder b = RuleFixtures.builder();
        for (int i = 0; i < 7; i++) {
            b.addInformationItem(InformationItem.builder().id("n" + i).addHolder(RuleFixtures.WORKER).build());
        }
        String text = RuleSet.of(StandardRules.INFORMATION_SHARED_WITH_ALL).check(b.build()).render(Language.DUTCH);

        assertThat(text).contains("(R-04): 7 bevindingen", "  - en nog 4 vergelijkbare bevindingen.");
        assertThat(text.lines().filter(l -> l.startsWith("  - knelpunt:"))).hasSize(3);
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
        assertThat(withoutTitles.render(Language.ENGLISH)).contains("R-01 (R-01): one finding")
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

    @Test
    void three_findings_of_one_message_are_all_written_and_a_fourth_is_counted() {
        for (int n : new int[] {3, 4}) {
            Situation.Builder b = RuleFixtures.builder();
            for (int i = 0; i < n; i++) {
                b.addInformationItem(InformationItem.builder().id("n" + i).addHolder(RuleFixtures.WORKER).build());
            }
            String text = RuleSet.of(StandardRules.INFORMATION_SHARED_WITH_ALL).check(b.build())
                    .render(Language.ENGLISH);

            assertThat(text.lines().filter(l -> l.startsWith("  - problem:"))).as("%d findings", n).hasSize(3);
            assertThat(text.contains("  - and one more similar finding.")).as("%d findings", n).isEqualTo(n == 4);
            assertThat(text).doesNotContain("counted but not listed", "not listed to keep the report small");
        }
    }

    @Test
    void the_route_over_time_is_written_only_when_the_route_changed() {
        List<Integer> periods = new ArrayList<>();
        for (io.github.nieuweroute.seed.SeedCase seed : SeedCases.all()) {
            Report report = RuleSet.standard().check(seed.situation());
            int n = report.classification().periods().size();
            periods.add(n);
            assertThat(report.render(Language.ENGLISH).contains("\nRoute over time: ")).as(seed.key())
                    .isEqualTo(n > 1);
        }
        // the seed cases hold routes that did not change; an earlier decision on the old route makes one that did
        assertThat(periods).contains(1);
        Situation changed = RuleFixtures.builder()
                .addDecision(io.github.nieuweroute.model.Decision.builder().id("d0")
                        .date(java.time.LocalDate.of(2023, 12, 1))
                        .putParticipation(RuleFixtures.WORKER, io.github.nieuweroute.model.ParticipationLevel.CO_DECIDED)
                        .putParticipation(RuleFixtures.FOCUS, io.github.nieuweroute.model.ParticipationLevel.INFORMED)
                        .build())
                .build();
        Report report = RuleSet.standard().check(changed);
        assertThat(report.classification().periods()).hasSize(2);
        assertThat(report.render(Language.ENGLISH)).contains("\nRoute over time: from 2023-12-01 old route; from "
                + RuleFixtures.DAY + " ");
    }

    @Test
    void a_report_limited_to_one_finding_of_each_kind_says_how_many_more_it_counted() {
        Situation.Builder b = RuleFixtures.builder();
        for (int i = 0; i < 2; i++) {
            b.addInformationItem(InformationItem.builder().id("n" + i).addHolder(RuleFixtures.WORKER).build());
        }
        String text = RuleSet.of(StandardRules.INFORMATION_SHARED_WITH_ALL).withFindingLimit(1).check(b.build())
                .render(Language.ENGLISH);

        assertThat(text).contains("Besides, one finding was counted but not listed, to keep the report small.",
                "(R-04): 2 findings", "  - and one more finding of this rule, not listed to keep the report small.");
        assertThat(text.lines().filter(l -> l.startsWith("  - problem:"))).hasSize(1);
    }
}
