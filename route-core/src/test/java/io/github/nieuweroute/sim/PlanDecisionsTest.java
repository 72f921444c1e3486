package io.github.nieuweroute.sim;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.nieuweroute.route.Route;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class PlanDecisionsTest {

    private static final LocalDate START = LocalDate.of(2026, 1, 5);

    @Test
    void with_reuse_the_same_decision_in_the_same_week_is_built_once() {
        PlanDecisions decisions = new PlanDecisions(START, 10, true);

        PlanDecision first = decisions.at(Route.NEW, true, 3);

        assertThat(decisions.at(Route.NEW, true, 3)).isSameAs(first);
        assertThat(decisions.at(Route.NEW, false, 3)).isNotSameAs(first);
        assertThat(decisions.at(Route.NEW, true, 4).decision().date()).isEqualTo(START.plusWeeks(4));
        assertThat(first.decision().date()).isEqualTo(START.plusWeeks(3));
    }

    @Test
    void without_reuse_every_decision_is_built_anew_and_equal() {
        PlanDecisions decisions = new PlanDecisions(START, 10, false);

        PlanDecision first = decisions.at(Route.DEAD_END, true, 0);
        PlanDecision second = decisions.at(Route.DEAD_END, true, 0);

        assertThat(second).isNotSameAs(first);
        assertThat(second.situation()).isEqualTo(first.situation());
        assertThat(second.classification()).isEqualTo(first.classification());
    }
}
