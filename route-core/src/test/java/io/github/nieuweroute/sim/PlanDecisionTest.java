package io.github.nieuweroute.sim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.booleans;
import static org.quicktheories.generators.SourceDSL.integers;

import io.github.nieuweroute.model.ParticipationLevel;
import io.github.nieuweroute.route.Route;
import io.github.nieuweroute.route.RouteClassifier;
import io.github.nieuweroute.route.RouteReason;
import io.github.nieuweroute.rule.EvidenceKind;
import io.github.nieuweroute.rule.Report;
import io.github.nieuweroute.rule.RuleSet;
import io.github.nieuweroute.rule.Severity;
import io.github.nieuweroute.rule.Violation;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class PlanDecisionTest {

    private static final LocalDate DATE = LocalDate.of(2026, 3, 2);

    @Test
    void each_intended_route_with_a_network_is_classified_as_that_route() {
        for (Route r : new Route[] {Route.OLD, Route.DEAD_END, Route.NEW}) {
            assertThat(PlanDecision.make(r, true, DATE).route()).as(r.name()).isEqualTo(r);
        }
    }

    @Test
    void without_a_network_the_dead_end_and_new_routes_are_classified_as_old() {
        assertThat(PlanDecision.make(Route.DEAD_END, false, DATE).route()).isEqualTo(Route.OLD);
        assertThat(PlanDecision.make(Route.NEW, false, DATE).route()).isEqualTo(Route.OLD);
    }

    @Test
    void the_situation_is_a_real_record_the_classifier_agrees_with() {
        PlanDecision d = PlanDecision.make(Route.NEW, true, DATE);

        assertThat(d.situation().focusPersons()).hasSize(1);
        assertThat(d.decision().date()).isEqualTo(DATE);
        assertThat(d.decision().levelOf("network")).isEqualTo(ParticipationLevel.CO_DECIDED);
        assertThat(d.situation().participant("network")).hasValueSatisfying(p -> assertThat(p.collective()).isTrue());
        assertThat(RouteClassifier.classify(d.situation()).decisions()).containsExactly(d.classification());
        assertThat(d.situation().assumptions()).containsExactly("synthetic case of the cohort simulation");
    }

    @Test
    void in_the_old_route_the_focus_person_is_only_consulted() {
        PlanDecision d = PlanDecision.make(Route.OLD, true, DATE);

        assertThat(d.decision().levelOf("focus-person")).isEqualTo(ParticipationLevel.CONSULTED);
        assertThat(d.classification().hasReason(RouteReason.FOCUS_PERSON_DID_NOT_CO_DECIDE)).isTrue();
        assertThat(d.situation().participant("first-circle")).isEmpty();
    }

    @Test
    void in_the_dead_end_route_the_first_circle_executes_without_deciding() {
        PlanDecision d = PlanDecision.make(Route.DEAD_END, true, DATE);

        assertThat(d.classification().lifeworldPerformers()).containsExactly("first-circle");
        assertThat(d.classification().lifeworldDeciders()).isEmpty();
        assertThat(d.decision().levelOf("first-circle")).isEqualTo(ParticipationLevel.INFORMED);
    }

    /**
     * Rests on the assumption that the old route's "hulpverlening maakt plan en voert dat samen met zorgvrager uit"
     * ({@code 001_efdc3dbc7d93ff68.txt:24}) means the professional co-decides, the focus person is only consulted,
     * and both carry the plan out (the OLD row of docs/simulation-model.md §4).
     */
    @Test
    void an_old_route_plan_violates_regie_because_the_consulted_focus_person_carries_it_out() {
        PlanDecision d = PlanDecision.make(Route.OLD, true, DATE);

        assertThat(d.report().violations("R-01")).singleElement().satisfies(v -> {
            assertThat(v.messageKey()).isEqualTo("R-01.performer-did-not-co-decide");
            assertThat(v.evidence().participants()).containsExactly("focus-person");
            assertThat(v.evidence().ids(EvidenceKind.AGREEMENT)).containsExactly("focus-part");
        });
        assertThat(d.regieViolated()).isTrue();
    }

    /**
     * Rests on the assumption that the dead-end route's "de omgeving wordt ingezet als uitvoerder"
     * ({@code 001_efdc3dbc7d93ff68.txt:24}) means the first circle is informed of the plan, not asked, and carries out
     * its part (the DEAD_END row of docs/simulation-model.md §4).
     */
    @Test
    void a_dead_end_plan_violates_regie_because_the_informed_first_circle_carries_it_out() {
        PlanDecision d = PlanDecision.make(Route.DEAD_END, true, DATE);

        assertThat(d.report().violations("R-01")).singleElement().satisfies(v -> {
            assertThat(v.messageKey()).isEqualTo("R-01.performer-did-not-co-decide");
            assertThat(v.evidence().participants()).containsExactly("first-circle");
        });
        assertThat(d.regieViolated()).isTrue();
    }

    /** Rests on the assumption that on the Nieuwe Route whoever carries out the plan co-decided it (§4, NEW row). */
    @Test
    void a_new_route_plan_does_not_violate_regie_nor_any_rule_of_severity_error() {
        PlanDecision d = PlanDecision.make(Route.NEW, true, DATE);

        assertThat(d.report().violations("R-01")).isEmpty();
        assertThat(d.report().violations(Severity.ERROR)).isEmpty();
        assertThat(d.regieViolated()).isFalse();
        assertThat(d.ruleErrors()).isZero();
    }

    @Test
    void the_errors_counted_are_the_reports_errors_of_regie_and_deciding_together() {
        assertThat(PlanDecision.make(Route.OLD, true, DATE).ruleErrors()).isEqualTo(3);
        assertThat(PlanDecision.make(Route.DEAD_END, true, DATE).ruleErrors()).isEqualTo(2);
        // without a network the focus person co-decided and carries out her part: no R-01, but nobody of the
        // lifeworld co-decided
        PlanDecision noNetwork = PlanDecision.make(Route.NEW, false, DATE);
        assertThat(noNetwork.route()).isEqualTo(Route.OLD);
        assertThat(noNetwork.regieViolated()).isFalse();
        assertThat(noNetwork.report().violations(Severity.ERROR)).extracting(Violation::ruleId)
                .containsExactly("R-02");
    }

    @Test
    void the_report_is_the_standard_rule_sets_report_of_the_situation() {
        PlanDecision d = PlanDecision.make(Route.DEAD_END, true, DATE);

        assertThat(d.report()).isEqualTo(RuleSet.standard().check(d.situation()));
    }

    /**
     * The simulation, the classifier and the rules cannot disagree: for every shape a simulated plan decision can
     * take, on any date, the rules' route is the classifier's, a Nieuwe Route decision breaks neither regie
     * nor deciding together, and every dead-end decision breaks R-01 (a lifeworld performer who did not
     * co-decide is what makes it dead-end).
     */
    @Test
    void the_model_cannot_disagree_with_the_rules() {
        qt().forAll(integers().between(0, 2), booleans().all(), integers().between(0, 5200))
                .checkAssert((route, networkTakesPart, week) -> {
                    Route intended = new Route[] {Route.OLD, Route.DEAD_END, Route.NEW}[route];
                    PlanDecision d = PlanDecision.make(intended, networkTakesPart, DATE.plusWeeks(week));
                    Report report = d.report();

                    assertThat(RouteClassifier.classify(d.situation(), d.decision()).route()).isEqualTo(d.route());
                    assertThat(d.regieViolated()).isEqualTo(!report.violations("R-01").isEmpty());
                    assertThat(d.ruleErrors()).isEqualTo(report.violations(Severity.ERROR).size());
                    if (d.route() == Route.NEW) {
                        assertThat(report.violations("R-01")).isEmpty();
                        assertThat(report.violations("R-02")).isEmpty();
                    }
                    if (d.route() == Route.DEAD_END) {
                        assertThat(report.violations("R-01")).isNotEmpty();
                    }
                    if (!report.violations("R-01").isEmpty()) {
                        assertThat(d.route()).isNotEqualTo(Route.NEW);
                    }
                });
    }

    @Test
    void unclassified_is_not_a_route_a_case_can_be_meant_for() {
        assertThatThrownBy(() -> PlanDecision.make(Route.UNCLASSIFIED, true, DATE))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("UNCLASSIFIED");
    }
}
