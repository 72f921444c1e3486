package io.github.nieuweroute.examples;

import io.github.nieuweroute.route.DecisionClassification;
import io.github.nieuweroute.route.RoutePeriod;
import io.github.nieuweroute.route.RouteReason;
import io.github.nieuweroute.route.SituationClassification;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * Renders a route classification as plain text for people: the route over time and, per decision, the route and
 * its reasons. Ids and enum values only, never names or free text.
 */
public final class RouteText {

    private RouteText() {}

    /**
     * Renders a classification.
     *
     * @param c the classification, not null
     * @return lines of text ending in a line separator, never null
     */
    public static String render(SituationClassification c) {
        StringBuilder out = new StringBuilder();
        out.append("  route now: ").append(label(c.current())).append(System.lineSeparator());
        for (RoutePeriod p : c.periods()) {
            out.append("  period ").append(p.from()).append(" .. ").append(p.until()).append(": ")
                    .append(label(p.route())).append(System.lineSeparator());
        }
        if (c.decisions().isEmpty()) {
            out.append("  no decision recorded: ").append(reasons(c.currentReasons())).append(System.lineSeparator());
        }
        for (DecisionClassification d : c.decisions()) {
            out.append("  decision ").append(d.decisionId()).append(" (").append(d.date()).append("): ")
                    .append(label(d.route())).append(System.lineSeparator())
                    .append("    reasons: ").append(reasons(d.reasons())).append(System.lineSeparator());
        }
        return out.toString();
    }

    /**
     * Returns a route's label: the enum name with the Dutch term.
     *
     * @param route the route, not null
     * @return such as {@code "NEW (nieuwe route)"}, never null
     */
    public static String label(io.github.nieuweroute.route.Route route) {
        return route.name() + " (" + route.dutchTerm() + ")";
    }

    private static String reasons(java.util.List<RouteReason> reasons) {
        return reasons.stream().map(r -> r.name().toLowerCase(Locale.ROOT)).collect(Collectors.joining(", "));
    }
}
