package io.github.nieuweroute.route;

import io.github.nieuweroute.model.Ids;
import io.github.nieuweroute.model.ModelValidationException;
import io.github.nieuweroute.model.ModelValidationException.Problem;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.immutables.value.Value;

/**
 * The route of a situation over time (nl: de route van een situatie door de tijd): the classification of each
 * decision in time order, the periods of one route each, and the current route (that of the latest decision). The
 * routes are defined in {@code 001_efdc3dbc7d93ff68.txt:24}; see {@link RouteClassifier}.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class SituationClassification {

    SituationClassification() {}

    /** @return the id of the situation, never null */
    public abstract String situationId();

    /** @return the classification of each decision, in time order, never null */
    public abstract List<DecisionClassification> decisions();

    /**
     * Returns the periods: runs of consecutive decisions with the same route, in time order.
     *
     * @return the periods, empty if there is no decision, never null
     */
    @Value.Derived
    public List<RoutePeriod> periods() {
        java.util.List<RoutePeriod> periods = new java.util.ArrayList<>();
        ImmutableRoutePeriod.Builder current = null;
        Route route = null;
        java.time.LocalDate until = null;
        for (DecisionClassification d : decisions()) {
            if (current != null && d.route() != route) {
                periods.add(current.until(until).build());
                current = null;
            }
            if (current == null) {
                current = RoutePeriod.builder().route(d.route()).from(d.date());
                route = d.route();
            }
            current.addDecisionIds(d.decisionId());
            until = d.date();
        }
        if (current != null) {
            periods.add(current.until(until).build());
        }
        return List.copyOf(periods);
    }

    /**
     * Returns the route the situation follows now: that of its latest decision.
     *
     * @return the route, {@link Route#UNCLASSIFIED} if the situation records no decision
     */
    public final Route current() {
        return decisions().isEmpty() ? Route.UNCLASSIFIED : decisions().get(decisions().size() - 1).route();
    }

    /**
     * Returns the reasons for {@link #current()}.
     *
     * @return the reasons of the latest decision, or {@link RouteReason#NO_DECISION} alone; never null
     */
    public final List<RouteReason> currentReasons() {
        return decisions().isEmpty() ? List.of(RouteReason.NO_DECISION)
                : decisions().get(decisions().size() - 1).reasons();
    }

    /**
     * Tells whether the situation moved from one route to another over time.
     *
     * @return true if there is more than one period
     */
    public final boolean changedRoute() {
        return periods().size() > 1;
    }

    /**
     * Makes a classification from the classifications of its decisions, for one made elsewhere (such as a report
     * read from JSON); {@link RouteClassifier#classify(io.github.nieuweroute.model.Situation)} makes them from a
     * situation.
     *
     * @param situationId the id of the situation, not null
     * @param decisions the classification of each decision, in time order (by date, then by id on the same
     *     date, as {@link io.github.nieuweroute.model.Situation#decisionsInTimeOrder()}), not null
     * @return the classification, never null
     * @throws ModelValidationException if the id is malformed, or the decisions repeat an id or are out of order
     */
    public static SituationClassification of(String situationId, List<DecisionClassification> decisions) {
        return ImmutableSituationClassification.builder().situationId(situationId).addAllDecisions(decisions)
                .build();
    }

    static ImmutableSituationClassification.Builder builder() {
        return ImmutableSituationClassification.builder();
    }

    @Value.Check
    void check() {
        String type = "SituationClassification";
        Ids.require(type, null, "situationId", situationId());
        Set<String> ids = new HashSet<>();
        DecisionClassification previous = null;
        for (DecisionClassification d : decisions()) {
            if (!ids.add(d.decisionId())) {
                throw new ModelValidationException(type, situationId(), "decisions", Problem.DUPLICATE_ID,
                        "decision '" + d.decisionId() + "' is classified twice");
            }
            if (previous != null && (d.date().isBefore(previous.date())
                    || d.date().equals(previous.date()) && d.decisionId().compareTo(previous.decisionId()) < 0)) {
                throw new ModelValidationException(type, situationId(), "decisions", Problem.DATE_ORDER,
                        "decision '" + d.decisionId() + "' comes after '" + previous.decisionId()
                                + "' but is earlier in time order (by date, then id)");
            }
            previous = d;
        }
    }

    /**
     * Returns the situation's id, the current route and the periods, such as
     * {@code "Situation s1: NEW [OLD 2024-03-01..2024-03-08 [d1, d2], NEW 2024-04-01..2024-04-01 [d3]]"}: ids, dates
     * and enum values only, never a name.
     *
     * @return the text, never null
     */
    @Override
    public String toString() {
        return "Situation " + situationId() + ": " + current() + " " + periods();
    }
}
