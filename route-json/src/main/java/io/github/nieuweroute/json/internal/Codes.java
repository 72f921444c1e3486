package io.github.nieuweroute.json.internal;

import io.github.nieuweroute.source.Grounding;
import io.github.nieuweroute.model.Circle;
import io.github.nieuweroute.model.ConsentStatus;
import io.github.nieuweroute.model.FacilitatorRole;
import io.github.nieuweroute.model.Financier;
import io.github.nieuweroute.model.Frequency;
import io.github.nieuweroute.model.HandoverKind;
import io.github.nieuweroute.model.InformationKind;
import io.github.nieuweroute.model.KantelingResult;
import io.github.nieuweroute.model.LifeDomain;
import io.github.nieuweroute.model.AgeBand;
import io.github.nieuweroute.model.LoadBalance;
import io.github.nieuweroute.model.MeetingKind;
import io.github.nieuweroute.model.MeetingPhase;
import io.github.nieuweroute.model.NetworkQuestionForm;
import io.github.nieuweroute.model.OfferKind;
import io.github.nieuweroute.model.OutcomeStatus;
import io.github.nieuweroute.model.ParticipationLevel;
import io.github.nieuweroute.model.QuestionKind;
import io.github.nieuweroute.model.ReasonKind;
import io.github.nieuweroute.model.SafetyConditionKind;
import io.github.nieuweroute.model.RequestKind;
import io.github.nieuweroute.model.Scheme;
import io.github.nieuweroute.model.Sphere;
import io.github.nieuweroute.model.WishOutcome;
import io.github.nieuweroute.route.Route;
import io.github.nieuweroute.route.RouteReason;
import io.github.nieuweroute.rule.ExemptionBasis;
import io.github.nieuweroute.rule.Severity;
import io.github.nieuweroute.sim.RouteGroup;
import io.github.nieuweroute.sim.RoutePolicy;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The JSON code of every enum constant of the model: lower case words joined by hyphens, like the relation codes
 * ({@code "informal-carer"}). The table is written out rather than derived from the Java names, so renaming a
 * constant in the core cannot change the format; a test checks that every constant has a code.
 *
 * @param <E> the enum type
 */
public final class Codes<E extends Enum<E>> {

    public static final Codes<Sphere> SPHERE = new Codes<>(Sphere.class, "sphere",
            Sphere.FOCUS_PERSON, "focus-person", Sphere.LIFEWORLD, "lifeworld", Sphere.SYSTEM_WORLD, "system-world",
            Sphere.UNKNOWN, "unknown");
    public static final Codes<Circle> CIRCLE = new Codes<>(Circle.class, "circle",
            Circle.FIRST, "first", Circle.WIDER, "wider");
    public static final Codes<FacilitatorRole> FACILITATOR_ROLE = new Codes<>(FacilitatorRole.class, "facilitator",
            FacilitatorRole.INDEPENDENT, "independent", FacilitatorRole.NOT_INDEPENDENT, "not-independent");
    public static final Codes<QuestionKind> QUESTION_KIND = new Codes<>(QuestionKind.class, "question kind",
            QuestionKind.START, "start", QuestionKind.CENTRAL, "central", QuestionKind.NETWORK, "network");
    public static final Codes<NetworkQuestionForm> NETWORK_QUESTION_FORM = new Codes<>(NetworkQuestionForm.class,
            "network question form",
            NetworkQuestionForm.WHO_CAN_HELP, "who-can-help",
            NetworkQuestionForm.WHO_FINDS_IT_IMPORTANT, "who-finds-it-important",
            NetworkQuestionForm.OTHER, "other");
    public static final Codes<MeetingPhase> MEETING_PHASE = new Codes<>(MeetingPhase.class, "meeting phase",
            MeetingPhase.PREPARATION, "preparation", MeetingPhase.INFORMATION, "information",
            MeetingPhase.DISSENT, "dissent", MeetingPhase.DELIBERATION, "deliberation",
            MeetingPhase.DECISION, "decision", MeetingPhase.EVALUATION, "evaluation");
    public static final Codes<ParticipationLevel> PARTICIPATION_LEVEL = new Codes<>(ParticipationLevel.class,
            "participation level",
            ParticipationLevel.NONE, "none", ParticipationLevel.INFORMED, "informed",
            ParticipationLevel.CONSULTED, "consulted", ParticipationLevel.CONSENTED, "consented",
            ParticipationLevel.CO_DECIDED, "co-decided");
    public static final Codes<Frequency> FREQUENCY = new Codes<>(Frequency.class, "frequency",
            Frequency.DAILY, "daily", Frequency.WEEKLY, "weekly", Frequency.MONTHLY, "monthly",
            Frequency.YEARLY, "yearly", Frequency.IRREGULAR, "irregular");
    public static final Codes<RequestKind> REQUEST_KIND = new Codes<>(RequestKind.class, "request kind",
            RequestKind.THINK_ALONG, "think-along", RequestKind.CO_DECIDE, "co-decide",
            RequestKind.HELP_EXECUTE, "help-execute", RequestKind.VOLUNTEER, "volunteer");
    public static final Codes<InformationKind> INFORMATION_KIND = new Codes<>(InformationKind.class,
            "information kind",
            InformationKind.INFORMATION, "information", InformationKind.KNOWLEDGE, "knowledge");
    public static final Codes<ConsentStatus> CONSENT_STATUS = new Codes<>(ConsentStatus.class, "consent",
            ConsentStatus.GIVEN, "given", ConsentStatus.REFUSED, "refused", ConsentStatus.NOT_ASKED, "not-asked");
    public static final Codes<HandoverKind> HANDOVER_KIND = new Codes<>(HandoverKind.class, "handover kind",
            HandoverKind.TRANSFER, "transfer", HandoverKind.REFERRAL, "referral",
            HandoverKind.EXPERTISE_ADDED, "expertise-added");
    public static final Codes<MeetingKind> MEETING_KIND = new Codes<>(MeetingKind.class, "meeting kind",
            MeetingKind.PLAN_MEETING, "plan-meeting",
            MeetingKind.MULTIDISCIPLINARY_CONSULTATION, "multidisciplinary-consultation");
    public static final Codes<WishOutcome> WISH_OUTCOME = new Codes<>(WishOutcome.class, "wish outcome",
            WishOutcome.FOLLOWED, "followed", WishOutcome.PARTLY_FOLLOWED, "partly-followed",
            WishOutcome.NOT_FOLLOWED, "not-followed");
    public static final Codes<ReasonKind> REASON_KIND = new Codes<>(ReasonKind.class, "reason kind",
            ReasonKind.NEED, "need", ReasonKind.PERSONS_WISH, "persons-wish", ReasonKind.NETWORK_WISH, "network-wish",
            ReasonKind.SAFETY, "safety", ReasonKind.CARER_CAPACITY, "carer-capacity",
            ReasonKind.NO_ALTERNATIVE, "no-alternative", ReasonKind.BUDGET_FRAME, "budget-frame",
            ReasonKind.SCHEME_BOUNDARY, "scheme-boundary", ReasonKind.AVAILABLE_OFFER, "available-offer",
            ReasonKind.PROFESSIONAL_STANDARD, "professional-standard");
    public static final Codes<OfferKind> OFFER_KIND = new Codes<>(OfferKind.class, "offer kind",
            OfferKind.PURCHASED, "purchased", OfferKind.TAILOR_MADE, "tailor-made", OfferKind.INFORMAL, "informal",
            OfferKind.COLLECTIVE, "collective");
    public static final Codes<KantelingResult> KANTELING_RESULT = new Codes<>(KantelingResult.class,
            "Kanteling result",
            KantelingResult.CLEAN_AND_LIVABLE_HOME, "clean-and-livable-home",
            KantelingResult.SUITABLE_HOME, "suitable-home",
            KantelingResult.PRIMARY_NECESSITIES, "primary-necessities",
            KantelingResult.CLEAN_AND_WEARABLE_CLOTHING, "clean-and-wearable-clothing",
            KantelingResult.CARING_FOR_CHILDREN_AT_HOME, "caring-for-children-at-home",
            KantelingResult.MOVING_IN_AND_AROUND_THE_HOME, "moving-in-and-around-the-home",
            KantelingResult.LOCAL_TRANSPORT, "local-transport",
            KantelingResult.CONTACTS_AND_ACTIVITIES, "contacts-and-activities");
    public static final Codes<OutcomeStatus> OUTCOME_STATUS = new Codes<>(OutcomeStatus.class, "outcome status",
            OutcomeStatus.MET, "met", OutcomeStatus.PARTLY_MET, "partly-met", OutcomeStatus.NOT_MET, "not-met");
    public static final Codes<LifeDomain> LIFE_DOMAIN = new Codes<>(LifeDomain.class, "life domain",
            LifeDomain.WORK_AND_INCOME, "work-and-income", LifeDomain.YOUTH, "youth", LifeDomain.EDUCATION, "education",
            LifeDomain.WELLBEING_AND_SUPPORT, "wellbeing-and-support");
    public static final Codes<Scheme> SCHEME = new Codes<>(Scheme.class, "scheme",
            Scheme.WORK_ACCORDING_TO_CAPACITY, "work-according-to-capacity", Scheme.WMO, "wmo", Scheme.AWBZ, "awbz",
            Scheme.YOUTH_CARE, "youth-care", Scheme.APPROPRIATE_EDUCATION, "appropriate-education");
    public static final Codes<Financier> FINANCIER = new Codes<>(Financier.class, "financier",
            Financier.MUNICIPALITY, "municipality", Financier.PROVINCE, "province", Financier.STATE, "state");
    public static final Codes<SafetyConditionKind> SAFETY_CONDITION_KIND = new Codes<>(SafetyConditionKind.class,
            "safety condition kind", SafetyConditionKind.NOT_ALONE_WITH, "not-alone-with",
            SafetyConditionKind.SUPERVISED_CONTACT, "supervised-contact",
            SafetyConditionKind.DECIDED_WITH_FRAME_OWNER, "decided-with-frame-owner");
    public static final Codes<LoadBalance> LOAD_BALANCE = new Codes<>(LoadBalance.class, "load balance",
            LoadBalance.BELOW_CAPACITY, "below-capacity", LoadBalance.AT_CAPACITY, "at-capacity",
            LoadBalance.ABOVE_CAPACITY, "above-capacity");
    public static final Codes<AgeBand> AGE_BAND = new Codes<>(AgeBand.class, "age band",
            AgeBand.MINOR, "minor", AgeBand.ADULT, "adult");

    /** Every table of the model's enums, for tests and documentation. */
    public static final List<Codes<?>> ALL = List.of(SPHERE, CIRCLE, FACILITATOR_ROLE, QUESTION_KIND,
            NETWORK_QUESTION_FORM, MEETING_PHASE, PARTICIPATION_LEVEL, FREQUENCY, REQUEST_KIND, INFORMATION_KIND,
            CONSENT_STATUS, HANDOVER_KIND, MEETING_KIND, WISH_OUTCOME, REASON_KIND, OFFER_KIND,
            KANTELING_RESULT, OUTCOME_STATUS, LIFE_DOMAIN, SCHEME, FINANCIER, SAFETY_CONDITION_KIND, LOAD_BALANCE,
            AGE_BAND);

    // -- the enums of reports

    public static final Codes<Route> ROUTE = new Codes<>(Route.class, "route",
            Route.OLD, "old", Route.DEAD_END, "dead-end", Route.NEW, "new", Route.UNCLASSIFIED, "unclassified");
    public static final Codes<RouteReason> ROUTE_REASON = new Codes<>(RouteReason.class, "route reason",
            RouteReason.FOCUS_PERSON_CO_DECIDED, "focus-person-co-decided",
            RouteReason.FOCUS_PERSON_DID_NOT_CO_DECIDE, "focus-person-did-not-co-decide",
            RouteReason.LIFEWORLD_CO_DECIDED, "lifeworld-co-decided",
            RouteReason.NO_LIFEWORLD_DECIDER, "no-lifeworld-decider",
            RouteReason.LIFEWORLD_PERFORMS, "lifeworld-performs",
            RouteReason.NO_LIFEWORLD_PERFORMER, "no-lifeworld-performer",
            RouteReason.PROFESSIONALS_CO_DECIDED, "professionals-co-decided",
            RouteReason.NO_PROFESSIONAL_DECIDER, "no-professional-decider",
            RouteReason.CONSENT_IS_NOT_CO_DECISION, "consent-is-not-co-decision",
            RouteReason.NETWORK_DECIDED_OVER_FOCUS_PERSON, "network-decided-over-focus-person",
            RouteReason.NO_PROFESSIONAL_INVOLVED, "no-professional-involved",
            RouteReason.FOCUS_PERSON_DECIDED_ALONE, "focus-person-decided-alone",
            RouteReason.NOBODY_CO_DECIDED, "nobody-co-decided",
            RouteReason.UNKNOWN_SPHERE_IGNORED, "unknown-sphere-ignored",
            RouteReason.NO_DECISION, "no-decision");
    public static final Codes<Severity> SEVERITY = new Codes<>(Severity.class, "severity",
            Severity.ERROR, "error", Severity.WARNING, "warning", Severity.INFO, "info");
    public static final Codes<ExemptionBasis> EXEMPTION_BASIS = new Codes<>(ExemptionBasis.class, "exemption basis",
            ExemptionBasis.CONSENT_REFUSED, "consent-refused", ExemptionBasis.SAFETY_FRAME, "safety-frame");

    // -- the enums of simulation results

    public static final Codes<RoutePolicy> ROUTE_POLICY = new Codes<>(RoutePolicy.class, "route policy",
            RoutePolicy.OLD, "old", RoutePolicy.DEAD_END, "dead-end", RoutePolicy.NEW, "new",
            RoutePolicy.TRANSITION_FROM_OLD, "transition-from-old",
            RoutePolicy.TRANSITION_FROM_DEAD_END, "transition-from-dead-end");
    public static final Codes<RouteGroup> ROUTE_GROUP = new Codes<>(RouteGroup.class, "route group",
            RouteGroup.ALL, "all", RouteGroup.OLD, "old", RouteGroup.DEAD_END, "dead-end", RouteGroup.NEW, "new",
            RouteGroup.UNCLASSIFIED, "unclassified");

    /** Every table of the enums of simulation results. */
    public static final List<Codes<?>> SIMULATION = List.of(ROUTE_POLICY, ROUTE_GROUP);

    /** Every table of the enums of reports. */
    public static final Codes<Grounding> GROUNDING = new Codes<>(Grounding.class, "grounding",
            Grounding.DEFINED, "defined", Grounding.TITLE_ONLY, "title-only", Grounding.OTHER_SOURCE, "other-source",
            Grounding.ASSUMPTION, "assumption");
    public static final List<Codes<?>> REPORT = List.of(ROUTE, ROUTE_REASON, SEVERITY, EXEMPTION_BASIS, GROUNDING);

    private final Class<E> type;
    private final String label;
    private final Map<E, String> codes;
    private final Map<String, E> constants = new HashMap<>();
    private final String allowed;

    private Codes(Class<E> type, String label, Object... pairs) {
        this.type = type;
        this.label = label;
        this.codes = new EnumMap<>(type);
        for (int i = 0; i < pairs.length; i += 2) {
            E constant = type.cast(pairs[i]);
            String code = (String) pairs[i + 1];
            if (codes.put(constant, code) != null || constants.put(code, constant) != null) {
                throw new IllegalStateException("code table of " + type.getSimpleName() + " repeats " + code);
            }
        }
        this.allowed = String.join(", ", codes.values());
    }

    /** @return the enum type */
    public Class<E> type() {
        return type;
    }

    /** @return a label for messages, such as "sphere" */
    public String label() {
        return label;
    }

    /** @return the codes in the enum's declaration order, comma-separated */
    public String allowed() {
        return allowed;
    }

    /** @return the codes in the enum's declaration order */
    public List<String> codes() {
        return List.copyOf(codes.values());
    }

    /**
     * Returns the code of a constant.
     *
     * @param constant not null
     * @return the code, never null
     * @throws IllegalStateException if the table lacks the constant (the core grew a constant)
     */
    public String code(E constant) {
        String code = codes.get(constant);
        if (code == null) {
            throw new IllegalStateException("no JSON code for " + type.getSimpleName() + "." + constant.name());
        }
        return code;
    }

    /**
     * Returns the constant with a code.
     *
     * @param code not null
     * @return the constant, null if no constant has this code
     */
    public E constant(String code) {
        return constants.get(code);
    }
}
