package io.github.nieuweroute.sim;

import io.github.nieuweroute.route.Route;
import java.util.Objects;
import java.util.Optional;

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
     * Returns the code of the group, its one spelling in CSV and JSON: lower case words joined by hyphens, such as
     * {@code all} or {@code dead-end}.
     *
     * @return the code, never null
     */
    public String code() {
        return Codes.of(this);
    }

    /**
     * Finds a group by its {@link #code()}.
     *
     * @param code the code, not null
     * @return the group, empty if no group has that code
     */
    public static Optional<RouteGroup> byCode(String code) {
        return Codes.byCode(RouteGroup.class, code);
    }

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
