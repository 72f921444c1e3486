package io.github.nieuweroute.sim;

import io.github.nieuweroute.route.Route;
import java.util.Objects;

/**
 * The cases a result averages over (nl: routegroep): all of them, or those whose last plan decision the classifier
 * put on one route.
 */
public enum RouteGroup {
    /** Every active case. */
    ALL,
    /** Cases whose last plan decision is {@link Route#OLD}. */
    OLD,
    /** Cases whose last plan decision is {@link Route#DEAD_END}. */
    DEAD_END,
    /** Cases whose last plan decision is {@link Route#NEW}. */
    NEW,
    /** Cases whose last plan decision is {@link Route#UNCLASSIFIED}. */
    UNCLASSIFIED;

    /**
     * Returns the group of a route.
     *
     * @param route the route, not null
     * @return the group of the cases on that route, never null
     */
    public static RouteGroup of(Route route) {
        switch (Objects.requireNonNull(route, "route")) {
            case OLD: return OLD;
            case DEAD_END: return DEAD_END;
            case NEW: return NEW;
            default: return UNCLASSIFIED;
        }
    }
}
