package io.github.nieuweroute.sim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.nieuweroute.model.ParticipationLevel;
import io.github.nieuweroute.route.Route;
import io.github.nieuweroute.route.RouteClassifier;
import io.github.nieuweroute.route.RouteReason;
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

    @Test
    void unclassified_is_not_a_route_a_case_can_be_meant_for() {
        assertThatThrownBy(() -> PlanDecision.make(Route.UNCLASSIFIED, true, DATE))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("UNCLASSIFIED");
    }
}
