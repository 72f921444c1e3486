package io.github.nieuweroute.sim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.github.nieuweroute.route.Route;
import org.junit.jupiter.api.Test;

class RoutePolicyTest {

    @Test
    void a_fixed_policy_sends_all_or_no_new_cases_to_the_new_route() {
        assertThat(RoutePolicy.NEW.newRouteShare(0, Parameters.defaults())).isEqualTo(1);
        assertThat(RoutePolicy.OLD.newRouteShare(500, Parameters.defaults())).isZero();
        assertThat(RoutePolicy.DEAD_END.fixedRoute()).contains(Route.DEAD_END);
    }

    @Test
    void a_transition_grows_linearly_over_fifteen_years_by_default() {
        Parameters p = Parameters.defaults();

        assertThat(RoutePolicy.TRANSITION_FROM_OLD.newRouteShare(0, p)).isZero();
        assertThat(RoutePolicy.TRANSITION_FROM_OLD.newRouteShare(390, p)).isCloseTo(0.5, within(1e-12));
        assertThat(RoutePolicy.TRANSITION_FROM_OLD.newRouteShare(780, p)).isEqualTo(1);
        assertThat(RoutePolicy.TRANSITION_FROM_OLD.newRouteShare(2000, p)).isEqualTo(1);
        assertThat(RoutePolicy.TRANSITION_FROM_DEAD_END.baseRoute()).isEqualTo(Route.DEAD_END);
        assertThat(RoutePolicy.TRANSITION_FROM_DEAD_END.fixedRoute()).isEmpty();
    }

    @Test
    void a_transition_follows_its_start_and_end_shares() {
        Parameters p = Parameters.defaults().with(Parameter.TRANSITION_START_SHARE, 0.2)
                .with(Parameter.TRANSITION_END_SHARE, 0.6).with(Parameter.TRANSITION_WEEKS, 100);

        assertThat(RoutePolicy.TRANSITION_FROM_OLD.newRouteShare(0, p)).isEqualTo(0.2);
        assertThat(RoutePolicy.TRANSITION_FROM_OLD.newRouteShare(50, p)).isCloseTo(0.4, within(1e-12));
        assertThat(RoutePolicy.TRANSITION_FROM_OLD.newRouteShare(100, p)).isCloseTo(0.6, within(1e-12));
    }
    @Test
    void only_the_two_transitions_are_transitions() {
        assertThat(java.util.Arrays.stream(RoutePolicy.values()).filter(RoutePolicy::isTransition))
                .containsExactly(RoutePolicy.TRANSITION_FROM_OLD, RoutePolicy.TRANSITION_FROM_DEAD_END);
    }

    @Test
    void each_route_has_its_group_and_unclassified_cases_their_own() {
        assertThat(RouteGroup.of(Route.OLD)).isEqualTo(RouteGroup.OLD);
        assertThat(RouteGroup.of(Route.DEAD_END)).isEqualTo(RouteGroup.DEAD_END);
        assertThat(RouteGroup.of(Route.NEW)).isEqualTo(RouteGroup.NEW);
        assertThat(RouteGroup.of(Route.UNCLASSIFIED)).isEqualTo(RouteGroup.UNCLASSIFIED);
    }
}
