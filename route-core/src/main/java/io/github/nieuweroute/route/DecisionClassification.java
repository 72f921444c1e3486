package io.github.nieuweroute.route;

import io.github.nieuweroute.model.Ids;
import io.github.nieuweroute.model.ModelValidationException;
import io.github.nieuweroute.model.ModelValidationException.Problem;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Iterator;
import java.util.List;
import java.util.SortedSet;
import org.immutables.value.Value;

/**
 * The route of one decision (nl: de route van een besluit), with the reasons and the evidence it rests on: the ids of
 * those who co-decided, by sphere, and of the lifeworld performers of the agreements it made. The routes are told
 * apart by who decides and who executes ({@code 001_efdc3dbc7d93ff68.txt:24}); see {@link RouteClassifier}.
 *
 * <p>{@link RouteClassifier} makes them; {@link #builder()} rebuilds one that was stored (a report read from JSON,
 * say). A classification is consistent or it is not built: the route and the reasons must be those that the
 * decision rule of {@link RouteClassifier} gives for the recorded deciders and performers (see {@link #builder()}).
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class DecisionClassification {

    private static final List<String> SET_NAMES = List.of("focusDeciders", "lifeworldDeciders",
            "professionalDeciders", "consentedOnly");

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

    /**
     * Returns a builder for a classification made elsewhere, such as one stored in a report. The built value is
     * checked against the decision rule of {@link RouteClassifier}:
     * <ul>
     *   <li>the ids have the form of model ids, and nobody is in two of the sets of deciders, nor both a decider
     *       and {@link #consentedOnly() consented only};
     *   <li>the route is the one that follows from the sets: {@link Route#NEW} when a focus person and a lifeworld
     *       participant co-decided, and so on;
     *   <li>the reasons are in the order of {@link RouteReason}, without repeats, and hold exactly one of each pair
     *       of facts as the sets say, {@link RouteReason#CONSENT_IS_NOT_CO_DECISION} exactly when someone only
     *       consented, the reason an unclassified decision is unclassified, and no other edge-case reason than
     *       {@link RouteReason#UNKNOWN_SPHERE_IGNORED} and (on the Nieuwe Route without professional deciders)
     *       {@link RouteReason#NO_PROFESSIONAL_INVOLVED}; never {@link RouteReason#NO_DECISION}, which belongs to
     *       a situation without decisions.
     * </ul>
     *
     * @return a new builder, never null
     */
    public static Builder builder() {
        return ImmutableDecisionClassification.builder();
    }

    /** Builds a {@link DecisionClassification}. Not thread-safe. */
    public interface Builder {
        /**
         * @param decisionId not null
         * @return this builder
         */
        Builder decisionId(String decisionId);

        /**
         * @param date not null
         * @return this builder
         */
        Builder date(LocalDate date);

        /**
         * @param route not null
         * @return this builder
         */
        Builder route(Route route);

        /**
         * @param reason not null
         * @return this builder
         */
        Builder addReason(RouteReason reason);

        /**
         * @param reasons not null
         * @return this builder
         */
        Builder addAllReasons(Iterable<? extends RouteReason> reasons);

        /**
         * @param ids participant ids, not null
         * @return this builder
         */
        Builder addAllFocusDeciders(Iterable<String> ids);

        /**
         * @param ids participant ids, not null
         * @return this builder
         */
        Builder addAllLifeworldDeciders(Iterable<String> ids);

        /**
         * @param ids participant ids, not null
         * @return this builder
         */
        Builder addAllProfessionalDeciders(Iterable<String> ids);

        /**
         * @param ids participant ids, not null
         * @return this builder
         */
        Builder addAllLifeworldPerformers(Iterable<String> ids);

        /**
         * @param ids participant ids, not null
         * @return this builder
         */
        Builder addAllConsentedOnly(Iterable<String> ids);

        /**
         * @return the classification, never null
         * @throws ModelValidationException if a field is missing, or the route or reasons do not follow from the
         *     recorded deciders and performers
         */
        DecisionClassification build();
    }

    @Value.Check
    void check() {
        String type = "DecisionClassification";
        String id = decisionId();
        Ids.require(type, null, "decisionId", id);
        Ids.requireAll(type, id, "focusDeciders", focusDeciders());
        Ids.requireAll(type, id, "lifeworldDeciders", lifeworldDeciders());
        Ids.requireAll(type, id, "professionalDeciders", professionalDeciders());
        Ids.requireAll(type, id, "lifeworldPerformers", lifeworldPerformers());
        Ids.requireAll(type, id, "consentedOnly", consentedOnly());
        List<SortedSet<String>> sets = List.of(focusDeciders(), lifeworldDeciders(), professionalDeciders(),
                consentedOnly());
        for (int i = 0; i < sets.size(); i++) {
            for (int j = i + 1; j < sets.size(); j++) {
                String both = firstCommon(sets.get(i), sets.get(j));
                if (both != null) {
                    throw new ModelValidationException(type, id, SET_NAMES.get(i) + ", " + SET_NAMES.get(j),
                            Problem.INVALID_VALUE, "participant '" + both + "' is in both sets");
                }
            }
        }
        boolean focus = !focusDeciders().isEmpty();
        boolean network = !lifeworldDeciders().isEmpty();
        boolean performs = !lifeworldPerformers().isEmpty();
        boolean professionals = !professionalDeciders().isEmpty();
        Route expected = RouteClassifier.route(focus, network, performs, professionals);
        if (route() != expected) {
            throw new ModelValidationException(type, id, "route", Problem.INVALID_VALUE, "the deciders and "
                    + "performers give the route " + expected + ", not " + route());
        }
        RouteReason previous = null;
        List<RouteReason> reasons = reasons();
        for (int i = 0; i < reasons.size(); i++) {
            RouteReason r = reasons.get(i);
            if (previous != null && r.compareTo(previous) <= 0) {
                throw new ModelValidationException(type, id, "reasons", Problem.INVALID_VALUE, "the reasons must be "
                        + "in the order of RouteReason without repeats; " + r + " follows " + previous);
            }
            previous = r;
        }
        EnumSet<RouteReason> required = RouteClassifier.factReasons(focus, network, performs, professionals,
                !consentedOnly().isEmpty());
        RouteReason edgeCase = RouteClassifier.unclassifiedReason(route(), focus, network);
        if (edgeCase != null) {
            required.add(edgeCase);
        }
        for (RouteReason r : required) {
            if (!reasons().contains(r)) {
                throw new ModelValidationException(type, id, "reasons", Problem.INVALID_VALUE,
                        "the deciders and performers give the reason " + r + ", which is missing");
            }
        }
        for (int i = 0; i < reasons.size(); i++) {
            RouteReason r = reasons.get(i);
            boolean note = r == RouteReason.UNKNOWN_SPHERE_IGNORED
                    || r == RouteReason.NO_PROFESSIONAL_INVOLVED && route() == Route.NEW && !professionals;
            if (!note && !required.contains(r)) {
                throw new ModelValidationException(type, id, "reasons", Problem.INVALID_VALUE,
                        "the reason " + r + " does not follow from the deciders and performers");
            }
        }
    }

    /** Walks two sets in their natural order side by side: linear, without lookups. */
    private static String firstCommon(SortedSet<String> a, SortedSet<String> b) {
        if (a.isEmpty() || b.isEmpty()) {
            return null;
        }
        Iterator<String> ia = a.iterator();
        Iterator<String> ib = b.iterator();
        String x = ia.next();
        String y = ib.next();
        while (true) {
            int c = x.compareTo(y);
            if (c == 0) {
                return x;
            } else if (c < 0) {
                if (!ia.hasNext()) {
                    return null;
                }
                x = ia.next();
            } else {
                if (!ib.hasNext()) {
                    return null;
                }
                y = ib.next();
            }
        }
    }

    @Override
    public String toString() {
        return "Decision " + decisionId() + " (" + date() + "): " + route() + " " + reasons();
    }
}
