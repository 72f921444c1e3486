package io.github.nieuweroute.rule;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.nieuweroute.model.Handover;
import io.github.nieuweroute.model.HandoverKind;
import io.github.nieuweroute.model.Situation;
import io.github.nieuweroute.route.Route;
import io.github.nieuweroute.seed.SeedCases;
import io.github.nieuweroute.source.Grounding;
import java.util.List;
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
                        "R-11", "R-12", "R-13", "R-14", "R-15", "R-16", "R-17", "R-19", "R-20", "R-21", "R-22", "R-23",
                        "R-24", "R-25", "R-26", "R-27", "R-28");
    }

    @Test
    void every_standard_rule_has_titles_in_both_languages_and_cites_sources() {
        for (Rule rule : StandardRules.all()) {
            assertThat(rule.title(Language.DUTCH)).as(rule.id()).isNotBlank();
            assertThat(rule.title(Language.ENGLISH)).as(rule.id()).isNotBlank()
                    .isNotEqualTo(rule.title(Language.DUTCH));
            assertThat(rule.provenance().sources()).as(rule.id())
                    .allMatch(s -> s.matches("00[0-4]_[0-9a-f]{16}\\.txt:[0-9]+(-[0-9]+)?"));
        }
    }

    @Test
    void factors_the_sources_only_name_are_labelled_interpretations() {
        assertThat(StandardRules.all().stream().filter(r -> r.provenance().isInterpretation()).map(Rule::id)
                .collect(Collectors.toList()))
                .containsExactly("R-03", "R-04", "R-05", "R-06", "R-08", "R-09", "R-21", "R-22", "R-23", "R-26");
    }

    @Test
    void no_standard_rule_claims_a_factor_it_cannot_check() {
        assertThat(StandardRules.all()).extracting(Rule::checkability).doesNotContain(Checkability.NOT_CHECKABLE);
    }

    //-----------------------------------------------------------------------
    // seed cases (SPEC section 5)
    //-----------------------------------------------------------------------
    @Test
    void de_vries_volunteer_request_is_the_regie_violation() {
        Report report = RuleSet.standard().check(SeedCases.deVries().situation());

        assertThat(report.route()).isEqualTo(Route.OLD);
        assertThat(report.violations("R-01")).singleElement().satisfies(v -> {
            assertThat(v.messageKey()).isEqualTo("R-01.execution-request-without-say");
            assertThat(v.evidence().ids(EvidenceKind.REQUEST)).containsExactly("volunteer-request");
            assertThat(v.evidence().participants()).contains("youngest-daughter");
        });
    }

    @Test
    void de_vries_handover_is_flagged() {
        Report report = RuleSet.standard().check(SeedCases.deVries().situation());

        assertThat(report.violations("R-10")).singleElement().satisfies(v -> assertThat(v.evidence()
                .ids(EvidenceKind.HANDOVER)).containsExactly("handover-to-care-home"));
    }

    @Test
    void de_vries_focus_person_did_not_co_decide() {
        Report report = RuleSet.standard().check(SeedCases.deVries().situation());

        assertThat(report.violations("R-02")).extracting(Violation::messageKey)
                .contains("R-02.no-focus-person-co-decided");
        assertThat(report.violations("R-02")).filteredOn(v -> v.messageKey().endsWith("no-focus-person-co-decided"))
                .singleElement().satisfies(v -> assertThat(v.evidence().participants()).containsExactly("focus"));
    }

    @Test
    void esther_and_jeffrey_give_and_take_only_in_direct_pairs() {
        // the pet-sitting is a favour in return to the aunt and the neighbour each: no circle through others
        var situation = SeedCases.estherAndJeffrey().situation();

        assertThat(RuleSet.standard().check(situation).violations("R-09")).extracting(Violation::messageKey)
                .containsExactly("R-09.only-direct-exchange");
        assertThat(ExchangeGraph.of(situation).cycles(3, 10))
                .containsExactly(List.of("aunt", "esther"), List.of("esther", "neighbour"));
    }

    @Test
    void rules_from_other_sources_than_siegers_say_so_and_are_warnings_at_most() {
        for (Rule rule : List.of(StandardRules.LOYAL_HELPER, StandardRules.OWN_SOLUTIONS,
                StandardRules.REFERRAL_WITH_CONSENT, StandardRules.SHARING_WITH_CONSENT)) {
            assertThat(rule.provenance().grounding()).as(rule.id()).isEqualTo(Grounding.OTHER_SOURCE);
        }
        Situation referral = RuleFixtures.builder().addHandover(Handover.builder().id("h1").date(RuleFixtures.DAY)
                .from(RuleFixtures.WORKER).to(RuleFixtures.COACH).kind(HandoverKind.REFERRAL).build()).build();
        assertThat(StandardRules.REFERRAL_WITH_CONSENT.check(referral).violations()).singleElement()
                .extracting(Violation::severity).isEqualTo(Severity.WARNING);
    }

    @Test
    void esther_and_jeffrey_break_no_directly_checked_rule() {
        Report report = RuleSet.standard().check(SeedCases.estherAndJeffrey().situation());

        assertThat(report.route()).isEqualTo(Route.NEW);
        assertThat(report.violations(Severity.ERROR)).isEmpty();
        assertThat(report.violations()).extracting(Violation::ruleId).doesNotContain("R-01", "R-02", "R-03", "R-04",
                "R-07", "R-08", "R-24");
    }

    @Test
    void van_dalen_after_makes_the_neighbour_perform_without_a_say() {
        Report report = RuleSet.standard().check(SeedCases.vanDalenAfter().situation());

        assertThat(report.route()).isEqualTo(Route.DEAD_END);
        assertThat(report.violations("R-01")).extracting(Violation::messageKey)
                .containsExactly("R-01.performer-did-not-co-decide");
    }

    @Test
    void no_seed_case_makes_a_rule_fail() {
        SeedCases.all().forEach(c -> assertThat(RuleSet.standard().check(c.situation()).violations())
                .as(c.key()).noneMatch(v -> v.messageKey().equals("rule.failed")));
    }
}
