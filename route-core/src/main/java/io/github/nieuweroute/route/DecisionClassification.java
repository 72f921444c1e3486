package io.github.nieuweroute.route;

import java.time.LocalDate;
import java.util.List;
import java.util.SortedSet;
import org.immutables.value.Value;

/**
 * The route of one decision (nl: de route van een besluit), with the reasons and the evidence it rests on: the ids of
 * those who co-decided, by sphere, and of the lifeworld performers of the agreements it made. The routes are told
 * apart by who decides and who executes ({@code 001_efdc3dbc7d93ff68.txt:24}); see {@link RouteClassifier}.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class DecisionClassification {

    DecisionClassification() {}

    /** @return the id of the decision, never null */
    public abstract String decisionId();

    /** @return the date of the decision, never null */
    public abstract LocalDate date();

    /** @return the route, never null */
    public abstract Route route();

    /** @return the reasons, in the order of {@link RouteReason}, never null */
    public abstract List<RouteReason> reasons();

    /** @return the ids of the focus persons who co-decided, sorted, never null */
    @Value.NaturalOrder
    public abstract SortedSet<String> focusDeciders();

    /** @return the ids of the lifeworld participants who co-decided, sorted, never null */
    @Value.NaturalOrder
    public abstract SortedSet<String> lifeworldDeciders();

    /** @return the ids of the professionals who co-decided, sorted, never null */
    @Value.NaturalOrder
    public abstract SortedSet<String> professionalDeciders();

    /** @return the ids of the lifeworld participants who perform an agreement of the decision, sorted, never null */
    @Value.NaturalOrder
    public abstract SortedSet<String> lifeworldPerformers();

    /** @return the ids of those who consented without co-deciding (focus person or lifeworld), sorted, never null */
    @Value.NaturalOrder
    public abstract SortedSet<String> consentedOnly();

    /**
     * Tells whether the classification carries a reason.
     *
     * @param reason the reason, not null
     * @return true if it is among {@link #reasons()}
     */
    public final boolean hasReason(RouteReason reason) {
        return reasons().contains(reason);
    }

    static ImmutableDecisionClassification.Builder builder() {
        return ImmutableDecisionClassification.builder();
    }

    @Override
    public String toString() {
        return "Decision " + decisionId() + " (" + date() + "): " + route() + " " + reasons();
    }
}
