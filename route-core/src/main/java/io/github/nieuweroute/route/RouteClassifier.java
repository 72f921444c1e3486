package io.github.nieuweroute.route;

import io.github.nieuweroute.internal.SortedArraySet;
import io.github.nieuweroute.model.IndexList;
import io.github.nieuweroute.model.SituationIndex;
import io.github.nieuweroute.model.Decision;
import io.github.nieuweroute.model.ParticipationLevel;
import io.github.nieuweroute.model.SafetyFrame;
import io.github.nieuweroute.model.Situation;
import io.github.nieuweroute.model.Sphere;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Classifies decisions, and a situation over time, as the old route, the dead-end route, the Nieuwe Route or
 * unclassified.
 *
 * <p>The routes are defined by who decides and who executes ({@code 001_efdc3dbc7d93ff68.txt:24},
 * {@code 003_e93a9ba200732857.txt:32}, {@code 003_e93a9ba200732857.txt:36}). The decision rule is our
 * interpretation of those passages (SPEC §2.3). With <i>co-decided</i> meaning {@link ParticipationLevel#CO_DECIDED}
 * and <i>performs</i> meaning being a performer of an agreement the decision made:
 *
 * <ol>
 *   <li>a focus person and a lifeworld participant co-decided: {@link Route#NEW} (with the note
 *       {@link RouteReason#NO_PROFESSIONAL_INVOLVED} when the record shows no professional taking part in the
 *       decision at any level, performing its agreements, attending its meeting or setting a safety frame over it);
 *   <li>no lifeworld participant co-decided but one performs: {@link Route#DEAD_END}, whether or not the focus
 *       person co-decided ("door de professional, eventueel samen met de client", {@code 003_e93a9ba200732857.txt:32});
 *   <li>no lifeworld participant co-decided nor performs, and a professional co-decided: {@link Route#OLD};
 *   <li>otherwise {@link Route#UNCLASSIFIED}, with a reason: the network decided over the focus person's head
 *       ({@link RouteReason#NETWORK_DECIDED_OVER_FOCUS_PERSON}), the focus person decided alone, or nobody is recorded
 *       as co-deciding.
 * </ol>
 *
 * <p>Consent is not co-decision ({@code 000_003bca9ac70bd78f.txt:201}): a participant who only consented counts as
 * not deciding, and the classification notes it. Participants of {@link Sphere#UNKNOWN} sphere count for no sphere.
 *
 * <p>Example:
 * <pre>{@code
 * SituationClassification c = RouteClassifier.classify(SeedCases.deVries().situation());
 * c.current();   // Route.OLD
 * }</pre>
 *
 * <p>Cost is linear in the size of the situation. This class is stateless and thread-safe.
 */
public final class RouteClassifier {

    private RouteClassifier() {}

    /**
     * Classifies every decision of a situation and the situation over time.
     *
     * @param situation the situation, not null
     * @return the classification, never null
     */
    public static SituationClassification classify(Situation situation) {
        Objects.requireNonNull(situation, "situation");
        ImmutableSituationClassification.Builder result = SituationClassification.builder()
                .situationId(situation.id());
        SituationIndex index = situation.index();
        List<Decision> decisions = situation.decisions();
        Set<String> framedByProfessionals = framedByProfessionals(situation);
        IndexList order = index.decisionsInTimeOrder();
        for (int k = 0; k < order.size(); k++) {
            int d = order.get(k);
            result.addDecisions(classifyOwn(situation, framedByProfessionals, index, decisions.get(d), d));
        }
        return result.build();
    }

    /**
     * Classifies one decision of a situation.
     *
     * @param situation the situation the decision belongs to, not null
     * @param decision the decision, not null
     * @return the classification, never null
     * @throws IllegalArgumentException if the decision is not one of the situation's
     */
    public static DecisionClassification classify(Situation situation, Decision decision) {
        Objects.requireNonNull(situation, "situation");
        Objects.requireNonNull(decision, "decision");
        if (!situation.decision(decision.id()).filter(decision::equals).isPresent()) {
            throw new IllegalArgumentException("Decision '" + decision.id() + "' is not a decision of situation '"
                    + situation.id() + "'");
        }
        SituationIndex index = situation.index();
        return classifyOwn(situation, framedByProfessionals(situation), index, decision,
                index.decisionIndex(decision.id()));
    }

    /** Classifies the decision at index {@code d} of the situation whose index are given. */
    private static DecisionClassification classifyOwn(Situation situation, Set<String> framedByProfessionals,
            SituationIndex index, Decision decision, int d) {
        // the ids of the five sets, each counted, collected into an array of its own size, then sorted once
        IndexList participants = index.decisionParticipants(d);
        int[] counts = new int[SETS];
        boolean unknownSphere = false;
        boolean professionalInvolved = false;
        for (int i = 0; i < participants.size(); i++) {
            int p = participants.get(i);
            professionalInvolved |= index.isProfessional(p) && index.level(d, i) != ParticipationLevel.NONE;
            unknownSphere |= index.coDecided(d, i) && index.sphere(p) == Sphere.UNKNOWN;
            int set = set(index, d, i, p);
            if (set >= 0) {
                counts[set]++;
            }
        }
        String[][] ids = new String[SETS][];
        for (int set = 0; set < SETS; set++) {
            ids[set] = new String[counts[set]];
            counts[set] = 0;
        }
        for (int i = 0; i < participants.size(); i++) {
            int p = participants.get(i);
            int set = set(index, d, i, p);
            if (set >= 0) {
                ids[set][counts[set]++] = index.participantId(p);
            }
        }
        boolean focus = ids[FOCUS_DECIDERS].length > 0;
        boolean lifeworld = ids[LIFEWORLD_DECIDERS].length > 0;
        boolean professionals = ids[PROFESSIONAL_DECIDERS].length > 0;
        boolean consented = ids[CONSENTED_ONLY].length > 0;
        boolean professionalPerforms = false;
        IndexList made = index.agreementsOf(d);
        int performerCount = 0;
        for (int j = 0; j < made.size(); j++) {
            performerCount += index.performers(made.get(j)).size();
        }
        String[] performing = new String[performerCount];
        int lifeworldPerforming = 0;
        for (int j = 0; j < made.size(); j++) {
            IndexList performers = index.performers(made.get(j));
            for (int i = 0; i < performers.size(); i++) {
                int performer = performers.get(i);
                Sphere sphere = index.sphere(performer);
                if (sphere == Sphere.LIFEWORLD) {
                    performing[lifeworldPerforming++] = index.participantId(performer);
                } else if (sphere == Sphere.SYSTEM_WORLD) {
                    professionalPerforms = true;
                } else if (sphere == Sphere.UNKNOWN) {
                    unknownSphere = true;
                }
            }
        }
        boolean lifeworldPerforms = lifeworldPerforming > 0;

        EnumSet<RouteReason> reasons = factReasons(focus, lifeworld, lifeworldPerforms, professionals, consented);
        if (unknownSphere) {
            reasons.add(RouteReason.UNKNOWN_SPHERE_IGNORED);
        }
        Route route = route(focus, lifeworld, lifeworldPerforms, professionals);
        if (route == Route.NEW && !professionalInvolved && !professionalPerforms
                && !attendedByProfessional(index, d) && !framedByProfessionals.contains(decision.id())) {
            reasons.add(RouteReason.NO_PROFESSIONAL_INVOLVED);
        }
        RouteReason edgeCase = unclassifiedReason(route, focus, lifeworld);
        if (edgeCase != null) {
            reasons.add(edgeCase);
        }
        return DecisionClassification.ofSituation(decision.id(), decision.date(), route, List.copyOf(reasons),
                new String[][] {sorted(ids[FOCUS_DECIDERS]), sorted(ids[LIFEWORLD_DECIDERS]),
                    sorted(ids[PROFESSIONAL_DECIDERS]), sorted(Arrays.copyOf(performing, lifeworldPerforming)),
                    sorted(ids[CONSENTED_ONLY])});
    }

    private static final int FOCUS_DECIDERS = 0;
    private static final int LIFEWORLD_DECIDERS = 1;
    private static final int PROFESSIONAL_DECIDERS = 2;
    private static final int CONSENTED_ONLY = 3;
    private static final int SETS = 4;

    /**
     * The set the participant at entry {@code i} of decision {@code d} belongs to: the deciders of their sphere if
     * they co-decided, consented only if a focus person or lifeworld participant consented; -1 for none (a participant
     * of unknown sphere counts for none).
     */
    private static int set(SituationIndex index, int d, int i, int p) {
        if (index.coDecided(d, i)) {
            switch (index.sphere(p)) {
                case FOCUS_PERSON: return FOCUS_DECIDERS;
                case LIFEWORLD: return LIFEWORLD_DECIDERS;
                case SYSTEM_WORLD: return PROFESSIONAL_DECIDERS;
                default: return -1;
            }
        }
        return index.level(d, i) == ParticipationLevel.CONSENTED && index.isOwnSide(p) ? CONSENTED_ONLY : -1;
    }

    /** The ids sorted and without duplicates, in an array of their own length (the same array if it has none). */
    private static String[] sorted(String[] ids) {
        int distinct = SortedArraySet.sortDistinct(ids, ids.length);
        return distinct == ids.length ? ids : Arrays.copyOf(ids, distinct);
    }

    /**
     * Tells whether a professional attended the meeting the decision was taken in: involvement short of deciding or
     * performing, which the note {@link RouteReason#NO_PROFESSIONAL_INVOLVED} must not deny.
     */
    private static boolean attendedByProfessional(SituationIndex index, int d) {
        int meeting = index.decisionMeeting(d);
        if (meeting >= 0) {
            IndexList attended = index.attended(meeting);
            for (int i = 0; i < attended.size(); i++) {
                int p = attended.get(i);
                if (index.sphere(p) == Sphere.SYSTEM_WORLD) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * The ids covered by a safety frame a professional set (Veilig Thuis set the frame of Esther and Jeffrey's plan,
     * {@code 000_003bca9ac70bd78f.txt:266}): involvement too. Made once per situation, linear in the frames' sizes.
     */
    private static Set<String> framedByProfessionals(Situation situation) {
        if (situation.safetyFrames().isEmpty()) {
            return Set.of();
        }
        Set<String> covered = new HashSet<>();
        for (SafetyFrame frame : situation.safetyFrames()) {
            if (situation.sphereOf(frame.setBy()) == Sphere.SYSTEM_WORLD) {
                covered.addAll(frame.coveredIds());
            }
        }
        return covered;
    }

    /**
     * The decision rule of the class comment: the route that follows from who co-decided and who performs.
     * {@link DecisionClassification} checks a classification made by hand against it too.
     */
    static Route route(boolean focusDecided, boolean networkDecided, boolean networkPerforms,
            boolean professionalsDecided) {
        if (networkDecided && focusDecided) {
            return Route.NEW;
        } else if (!networkDecided && networkPerforms) {
            return Route.DEAD_END;
        } else if (!networkDecided && professionalsDecided) {
            return Route.OLD;
        }
        return Route.UNCLASSIFIED;
    }

    /** The reasons that state the facts: one of each pair, and the consent note when someone only consented. */
    static EnumSet<RouteReason> factReasons(boolean focusDecided, boolean networkDecided, boolean networkPerforms,
            boolean professionalsDecided, boolean someoneOnlyConsented) {
        EnumSet<RouteReason> reasons = EnumSet.noneOf(RouteReason.class);
        reasons.add(focusDecided ? RouteReason.FOCUS_PERSON_CO_DECIDED : RouteReason.FOCUS_PERSON_DID_NOT_CO_DECIDE);
        reasons.add(networkDecided ? RouteReason.LIFEWORLD_CO_DECIDED : RouteReason.NO_LIFEWORLD_DECIDER);
        reasons.add(networkPerforms ? RouteReason.LIFEWORLD_PERFORMS : RouteReason.NO_LIFEWORLD_PERFORMER);
        reasons.add(professionalsDecided ? RouteReason.PROFESSIONALS_CO_DECIDED : RouteReason.NO_PROFESSIONAL_DECIDER);
        if (someoneOnlyConsented) {
            reasons.add(RouteReason.CONSENT_IS_NOT_CO_DECISION);
        }
        return reasons;
    }

    /** Why a decision is unclassified, or null when it is classified. */
    static RouteReason unclassifiedReason(Route route, boolean focusDecided, boolean networkDecided) {
        if (route != Route.UNCLASSIFIED) {
            return null;
        } else if (networkDecided) {
            return RouteReason.NETWORK_DECIDED_OVER_FOCUS_PERSON;
        } else if (focusDecided) {
            return RouteReason.FOCUS_PERSON_DECIDED_ALONE;
        }
        return RouteReason.NOBODY_CO_DECIDED;
    }
}
