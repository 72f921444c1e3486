package io.github.nieuweroute.sim;

import io.github.nieuweroute.route.Route;
import java.util.Optional;

/**
 * Which route a municipality's new cases are meant to follow in a scenario (nl: routebeleid): one route for all,
 * or a transition in which a growing share of new cases follows the Nieuwe Route.
 *
 * <p>The policy gives the <i>intended</i> route of a case. What a case's route <i>is</i> at each plan decision is
 * what {@link io.github.nieuweroute.route.RouteClassifier} says of the {@link PlanDecision} the case makes: a case
 * meant for the Nieuwe Route whose network has drifted away is classified as the old route, and simulated as one.
 *
 * <p>In a transition the share of new cases on the Nieuwe Route grows linearly from
 * {@link Parameter#TRANSITION_START_SHARE} to {@link Parameter#TRANSITION_END_SHARE} over
 * {@link Parameter#TRANSITION_WEEKS} (fifteen years rather than five, {@code 002_296212247530a523.txt:30}); the
 * other new cases follow the route the municipality comes from. A case keeps its intended route for its whole
 * simulated life (an assumption: the sources say nothing of cases changing route midway).
 */
public enum RoutePolicy {
    /** All cases are meant for the old route: professionals decide (nl: oude route). */
    OLD(Route.OLD, false),
    /** All cases are meant for the dead-end route: the network executes what it did not decide. */
    DEAD_END(Route.DEAD_END, false),
    /** All cases are meant for the Nieuwe Route: focus person, network and professionals decide together. */
    NEW(Route.NEW, false),
    /** A transition from the old route: a growing share of new cases follows the Nieuwe Route. */
    TRANSITION_FROM_OLD(Route.OLD, true),
    /** A transition from the dead-end route: a growing share of new cases follows the Nieuwe Route. */
    TRANSITION_FROM_DEAD_END(Route.DEAD_END, true);

    private final Route baseRoute;
    private final boolean transition;

    RoutePolicy(Route baseRoute, boolean transition) {
        this.baseRoute = baseRoute;
        this.transition = transition;
    }

    /**
     * Returns the route cases follow when they do not follow the Nieuwe Route.
     *
     * @return the route for {@link #OLD}, {@link #DEAD_END} and {@link #NEW}; the route a transition comes from
     */
    public Route baseRoute() {
        return baseRoute;
    }

    /**
     * Returns the code of the policy, its one spelling in scenario files, CSV and JSON: lower case words joined by
     * hyphens, such as {@code dead-end} or {@code transition-from-old}.
     *
     * @return the code, never null
     */
    public String code() {
        return Codes.of(this);
    }

    /**
     * Finds a policy by its {@link #code()}.
     *
     * @param code the code, not null
     * @return the policy, empty if no policy has that code
     */
    public static Optional<RoutePolicy> byCode(String code) {
        return Codes.byCode(RoutePolicy.class, code);
    }

    /** @return true for a transition policy */
    public boolean isTransition() {
        return transition;
    }

    /**
     * Returns the route of a fixed policy.
     *
     * @return the route, empty for a transition
     */
    public Optional<Route> fixedRoute() {
        return transition ? Optional.empty() : Optional.of(baseRoute);
    }

    /**
     * Returns the share of new cases meant for the Nieuwe Route at a week of the scenario.
     *
     * @param week the week, zero or more
     * @param parameters the parameters holding the transition's shape, not null
     * @return the share in [0, 1]: 0 or 1 for a fixed policy
     */
    public double newRouteShare(int week, Parameters parameters) {
        if (!transition) {
            return baseRoute == Route.NEW ? 1 : 0;
        }
        double start = parameters.get(Parameter.TRANSITION_START_SHARE);
        double end = parameters.get(Parameter.TRANSITION_END_SHARE);
        double progress = Math.min(1.0, week / parameters.get(Parameter.TRANSITION_WEEKS));
        return start + (end - start) * progress;
    }
}
