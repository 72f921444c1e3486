package io.github.nieuweroute.route;

import io.github.nieuweroute.model.Ids;
import io.github.nieuweroute.model.ModelValidationException;
import io.github.nieuweroute.model.ModelValidationException.Problem;
import java.time.LocalDate;
import io.github.nieuweroute.internal.SortedArraySet;
import io.github.nieuweroute.model.IncompleteValueException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.SortedSet;

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
public final class DecisionClassification {

    /** The five id sets' names, in the order the constructor and the builder hold them. */
    private static final List<String> SET_NAMES = List.of("focusDeciders", "lifeworldDeciders",
            "professionalDeciders", "lifeworldPerformers", "consentedOnly");
    /** The position of the performers among them: the one set that may share ids with the others. */
    private static final int PERFORMERS = 3;

    private final String decisionId;
    private final LocalDate date;
    private final Route route;
    private final List<RouteReason> reasons;
    // each sorted, without duplicates, never written after construction
    private final String[] focusDeciders;
    private final String[] lifeworldDeciders;
    private final String[] professionalDeciders;
    private final String[] lifeworldPerformers;
    private final String[] consentedOnly;

    /**
     * Makes a classification and checks it (see {@link #builder()}); the id format of the participant ids only when
     * they do not come from a validated situation.
     */
    private DecisionClassification(String decisionId, LocalDate date, Route route, List<RouteReason> reasons,
            String[][] sets, boolean checkIds) {
        this.decisionId = decisionId;
        this.date = date;
        this.route = route;
        this.reasons = List.copyOf(reasons);
        this.focusDeciders = sets[0];
        this.lifeworldDeciders = sets[1];
        this.professionalDeciders = sets[2];
        this.lifeworldPerformers = sets[3];
        this.consentedOnly = sets[4];
        check(checkIds);
    }

    /**
     * Makes the classification of a decision of a validated situation: the ids are the situation's, so their form is
     * not checked again. The route and reasons are.
     *
     * @param sets focus deciders, lifeworld deciders, professional deciders, lifeworld performers and consented only,
     *     each sorted without duplicates and handed over (never written after)
     */
    static DecisionClassification ofSituation(String decisionId, LocalDate date, Route route,
            List<RouteReason> reasons, String[][] sets) {
        return new DecisionClassification(decisionId, date, route, reasons, sets, false);
    }

    /** @return the id of the decision, never null */
    public String decisionId() {
        return decisionId;
    }

    /** @return the date of the decision, never null */
    public LocalDate date() {
        return date;
    }

    /** @return the route, never null */
    public Route route() {
        return route;
    }

    /** @return the reasons, in the order of {@link RouteReason}, never null */
    public List<RouteReason> reasons() {
        return reasons;
    }

    /** @return the ids of the focus persons who co-decided, sorted, read-only, never null */
    public SortedSet<String> focusDeciders() {
        return SortedArraySet.of(focusDeciders);
    }

    /** @return the ids of the lifeworld participants who co-decided, sorted, read-only, never null */
    public SortedSet<String> lifeworldDeciders() {
        return SortedArraySet.of(lifeworldDeciders);
    }

    /** @return the ids of the professionals who co-decided, sorted, read-only, never null */
    public SortedSet<String> professionalDeciders() {
        return SortedArraySet.of(professionalDeciders);
    }

    /**
     * @return the ids of the lifeworld participants who perform an agreement of the decision, sorted, read-only,
     *     never null
     */
    public SortedSet<String> lifeworldPerformers() {
        return SortedArraySet.of(lifeworldPerformers);
    }

    /**
     * @return the ids of those who consented without co-deciding (focus person or lifeworld), sorted, read-only,
     *     never null
     */
    public SortedSet<String> consentedOnly() {
        return SortedArraySet.of(consentedOnly);
    }

    /**
     * Tells whether the classification carries a reason.
     *
     * @param reason the reason, not null
     * @return true if it is among {@link #reasons()}
     */
    public boolean hasReason(RouteReason reason) {
        return reasons.contains(Objects.requireNonNull(reason, "reason"));
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
        return new SetBuilder();
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

    private void check(boolean checkIds) {
        String type = "DecisionClassification";
        String id = decisionId;
        Ids.require(type, null, "decisionId", id);
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(route, "route");
        String[][] sets = {focusDeciders, lifeworldDeciders, professionalDeciders, lifeworldPerformers, consentedOnly};
        for (int i = 0; checkIds && i < sets.length; i++) {
            Ids.requireAll(type, id, SET_NAMES.get(i), Arrays.asList(sets[i]));
        }
        for (int i = 0; i < sets.length; i++) {
            for (int j = i + 1; j < sets.length; j++) {
                if (i == PERFORMERS || j == PERFORMERS) {
                    continue; // a lifeworld performer may well have decided too
                }
                String both = firstCommon(sets[i], sets[j]);
                if (both != null) {
                    throw new ModelValidationException(type, id, SET_NAMES.get(i) + ", " + SET_NAMES.get(j),
                            Problem.INVALID_VALUE, "participant '" + both + "' is in both sets");
                }
            }
        }
        boolean focus = focusDeciders.length > 0;
        boolean network = lifeworldDeciders.length > 0;
        boolean performs = lifeworldPerformers.length > 0;
        boolean professionals = professionalDeciders.length > 0;
        Route expected = RouteClassifier.route(focus, network, performs, professionals);
        if (route != expected) {
            throw new ModelValidationException(type, id, "route", Problem.INVALID_VALUE, "the deciders and "
                    + "performers give the route " + expected + ", not " + route);
        }
        RouteReason previous = null;
        for (int i = 0; i < reasons.size(); i++) {
            RouteReason r = reasons.get(i);
            if (previous != null && r.compareTo(previous) <= 0) {
                throw new ModelValidationException(type, id, "reasons", Problem.INVALID_VALUE, "the reasons must be "
                        + "in the order of RouteReason without repeats; " + r + " follows " + previous);
            }
            previous = r;
        }
        EnumSet<RouteReason> required = RouteClassifier.factReasons(focus, network, performs, professionals,
                consentedOnly.length > 0);
        RouteReason edgeCase = RouteClassifier.unclassifiedReason(route, focus, network);
        if (edgeCase != null) {
            required.add(edgeCase);
        }
        for (RouteReason r : required) {
            if (!reasons.contains(r)) {
                throw new ModelValidationException(type, id, "reasons", Problem.INVALID_VALUE,
                        "the deciders and performers give the reason " + r + ", which is missing");
            }
        }
        for (int i = 0; i < reasons.size(); i++) {
            RouteReason r = reasons.get(i);
            boolean note = r == RouteReason.UNKNOWN_SPHERE_IGNORED
                    || r == RouteReason.NO_PROFESSIONAL_INVOLVED && route == Route.NEW && !professionals;
            if (!note && !required.contains(r)) {
                throw new ModelValidationException(type, id, "reasons", Problem.INVALID_VALUE,
                        "the reason " + r + " does not follow from the deciders and performers");
            }
        }
    }

    /** Walks two sorted arrays side by side: linear, without lookups. */
    private static String firstCommon(String[] a, String[] b) {
        int i = 0;
        int j = 0;
        while (i < a.length && j < b.length) {
            int c = a[i].compareTo(b[j]);
            if (c == 0) {
                return a[i];
            } else if (c < 0) {
                i++;
            } else {
                j++;
            }
        }
        return null;
    }

    @Override
    public boolean equals(Object o) {
        return this == o || o instanceof DecisionClassification && equalTo((DecisionClassification) o);
    }

    private boolean equalTo(DecisionClassification other) {
        return decisionId.equals(other.decisionId) && date.equals(other.date) && route == other.route
                && reasons.equals(other.reasons) && Arrays.equals(focusDeciders, other.focusDeciders)
                && Arrays.equals(lifeworldDeciders, other.lifeworldDeciders)
                && Arrays.equals(professionalDeciders, other.professionalDeciders)
                && Arrays.equals(lifeworldPerformers, other.lifeworldPerformers)
                && Arrays.equals(consentedOnly, other.consentedOnly);
    }

    @Override
    public int hashCode() {
        return Objects.hash(decisionId, date, route, reasons, Arrays.hashCode(focusDeciders),
                Arrays.hashCode(lifeworldDeciders), Arrays.hashCode(professionalDeciders),
                Arrays.hashCode(lifeworldPerformers), Arrays.hashCode(consentedOnly));
    }

    /**
     * Returns the decision's id and date, the route and the reasons, such as
     * {@code "Decision d1 (2024-03-01): OLD [FOCUS_PERSON_DID_NOT_CO_DECIDE, ...]"}: ids and enum values only, never
     * a name.
     *
     * @return the text, never null
     */
    @Override
    public String toString() {
        return "Decision " + decisionId() + " (" + date() + "): " + route() + " " + reasons();
    }

    /** The builder of {@link #builder()}: collects, then sorts each set once and checks the whole. */
    private static final class SetBuilder implements Builder {
        private String decisionId;
        private LocalDate date;
        private Route route;
        private final List<RouteReason> reasons = new ArrayList<>();
        private final List<List<String>> sets = List.of(new ArrayList<>(), new ArrayList<>(), new ArrayList<>(),
                new ArrayList<>(), new ArrayList<>());

        @Override
        public Builder decisionId(String decisionId) {
            this.decisionId = Objects.requireNonNull(decisionId, "decisionId");
            return this;
        }

        @Override
        public Builder date(LocalDate date) {
            this.date = Objects.requireNonNull(date, "date");
            return this;
        }

        @Override
        public Builder route(Route route) {
            this.route = Objects.requireNonNull(route, "route");
            return this;
        }

        @Override
        public Builder addReason(RouteReason reason) {
            reasons.add(Objects.requireNonNull(reason, "reasons element"));
            return this;
        }

        @Override
        public Builder addAllReasons(Iterable<? extends RouteReason> reasons) {
            for (RouteReason r : reasons) {
                addReason(r);
            }
            return this;
        }

        private Builder add(int set, Iterable<String> ids) {
            String name = SET_NAMES.get(set);
            for (String id : Objects.requireNonNull(ids, name)) {
                sets.get(set).add(Objects.requireNonNull(id, name + " element"));
            }
            return this;
        }

        @Override
        public Builder addAllFocusDeciders(Iterable<String> ids) {
            return add(0, ids);
        }

        @Override
        public Builder addAllLifeworldDeciders(Iterable<String> ids) {
            return add(1, ids);
        }

        @Override
        public Builder addAllProfessionalDeciders(Iterable<String> ids) {
            return add(2, ids);
        }

        @Override
        public Builder addAllLifeworldPerformers(Iterable<String> ids) {
            return add(3, ids);
        }

        @Override
        public Builder addAllConsentedOnly(Iterable<String> ids) {
            return add(4, ids);
        }

        @Override
        public DecisionClassification build() {
            List<String> missing = new ArrayList<>();
            if (decisionId == null) {
                missing.add("decisionId");
            }
            if (date == null) {
                missing.add("date");
            }
            if (route == null) {
                missing.add("route");
            }
            if (!missing.isEmpty()) {
                throw new IncompleteValueException("Cannot build DecisionClassification, some of required attributes"
                        + " are not set " + missing);
            }
            String[][] sorted = new String[sets.size()][];
            for (int i = 0; i < sorted.length; i++) {
                String[] ids = sets.get(i).toArray(new String[0]);
                sorted[i] = Arrays.copyOf(ids, SortedArraySet.sortDistinct(ids, ids.length));
            }
            return new DecisionClassification(decisionId, date, route, reasons, sorted, true);
        }
    }
}
