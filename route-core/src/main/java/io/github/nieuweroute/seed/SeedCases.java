package io.github.nieuweroute.seed;

import static io.github.nieuweroute.model.ParticipationLevel.CONSENTED;
import static io.github.nieuweroute.model.ParticipationLevel.CO_DECIDED;
import static io.github.nieuweroute.model.ParticipationLevel.INFORMED;

import io.github.nieuweroute.model.AgeBand;
import io.github.nieuweroute.model.Agreement;
import io.github.nieuweroute.model.Decision;
import io.github.nieuweroute.model.Evaluation;
import io.github.nieuweroute.model.Exchange;
import io.github.nieuweroute.model.FacilitatorRole;
import io.github.nieuweroute.model.Frequency;
import io.github.nieuweroute.model.Handover;
import io.github.nieuweroute.model.HandoverKind;
import io.github.nieuweroute.model.Household;
import io.github.nieuweroute.model.Initiative;
import io.github.nieuweroute.model.LifeDomain;
import io.github.nieuweroute.model.MeetingKind;
import io.github.nieuweroute.model.MeetingPhase;
import io.github.nieuweroute.model.Offer;
import io.github.nieuweroute.model.OfferKind;
import io.github.nieuweroute.model.Participant;
import io.github.nieuweroute.model.Plan;
import io.github.nieuweroute.model.PlanMeeting;
import io.github.nieuweroute.model.Question;
import io.github.nieuweroute.model.QuestionKind;
import io.github.nieuweroute.model.Reason;
import io.github.nieuweroute.model.ReasonKind;
import io.github.nieuweroute.model.Recurrence;
import io.github.nieuweroute.model.Relation;
import io.github.nieuweroute.model.Request;
import io.github.nieuweroute.model.RequestKind;
import io.github.nieuweroute.model.SafetyFrame;
import io.github.nieuweroute.model.Scheme;
import io.github.nieuweroute.model.Situation;
import io.github.nieuweroute.model.Sphere;
import io.github.nieuweroute.model.Wish;
import io.github.nieuweroute.model.WishOutcome;
import io.github.nieuweroute.route.Route;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * The seed cases of the source texts (SPEC §5) as situations, for tests, examples and anyone who wants a worked
 * example of the model.
 *
 * <p>Ids name roles, never people. Names appear only in {@link Participant#name()}, where the sources give them. The
 * sources give almost no dates: every date here is synthetic and says so in {@link Situation#assumptions()}, as does
 * anything else the sources do not state. What the sources leave unknown stays unknown: a participation that is not
 * described is not recorded, a sphere that is not stated is {@link Sphere#UNKNOWN}, a head count without names is
 * {@link PlanMeeting#unrecordedAttendees()}.
 *
 * <p>This class is stateless and thread-safe; each method builds a new, equal situation.
 */
public final class SeedCases {

    private static final String SYNTHETIC_DATES = "All dates are synthetic: the source gives none; only their order "
            + "follows the text.";

    private SeedCases() {}

    /**
     * Returns every seed case in a fixed order.
     *
     * @return the seed cases, never null
     */
    public static List<SeedCase> all() {
        return List.of(deVries(), estherAndJeffrey(), saartjeWop(), vanDalenBefore(), vanDalenAfter(), buitingBoy());
    }

    /**
     * Finds a seed case by key.
     *
     * @param key the key, such as {@code "de-vries"}, not null
     * @return the seed case, empty if no case has that key
     */
    public static Optional<SeedCase> byKey(String key) {
        java.util.Objects.requireNonNull(key, "key");
        return all().stream().filter(c -> c.key().equals(key)).findFirst();
    }

    /**
     * Mevrouw de Vries, elderly care ({@code 000_003bca9ac70bd78f.txt:197-207}): home care and the GP decide on
     * admission to a care home; the daughter consents "omdat de thuiszorg dit te zwaar vindt"; home care hands over to
     * the care-home staff; later the staff ask the daughter to volunteer. Expected: the old route. The mother's wish
     * to stay at home, conveyed by the daughter and not followed, is recorded with the two reasons the source gives
     * ({@code 000_003bca9ac70bd78f.txt:199-201}).
     *
     * @return the case, never null
     */
    public static SeedCase deVries() {
        Situation s = Situation.builder()
                .id("de-vries")
                .addSource("000_003bca9ac70bd78f.txt:197-207")
                .addAssumption(SYNTHETIC_DATES)
                .addAssumption("Mevrouw de Vries's own part in the decision is not described; it is not recorded.")
                .addAssumption("The staff's request to volunteer is recorded as coming from the care-home staff as a "
                        + "group, and the daughter as the informal carer she had been for years.")
                .addAssumption("The regular consultation of home care and GP (000_003bca9ac70bd78f.txt:199) is "
                        + "recorded as a multidisciplinary consultation of professionals.")
                .addAssumption("That no other solution was at hand (000_003bca9ac70bd78f.txt:201) is recorded as "
                        + "said by the home care; the source does not say who said it.")
                .addParticipant(Participant.builder().id("focus").sphere(Sphere.FOCUS_PERSON)
                        .name("Mevrouw de Vries").build())
                .addParticipant(Participant.builder().id("youngest-daughter").sphere(Sphere.LIFEWORLD)
                        .name("jongste dochter").relation(Relation.INFORMAL_CARER).build())
                .addParticipant(Participant.builder().id("son").sphere(Sphere.LIFEWORLD).name("zoon")
                        .relation(Relation.CHILD).build())
                .addParticipant(Participant.professional("home-care", "thuiszorg"))
                .addParticipant(Participant.professional("gp", "huisarts"))
                .addParticipant(Participant.builder().id("care-home-staff").sphere(Sphere.SYSTEM_WORLD)
                        .organisation("verzorgingstehuis").collective(true).build())
                .addMeeting(PlanMeeting.builder().id("consultation").date(LocalDate.of(2015, 3, 2))
                        .kind(MeetingKind.MULTIDISCIPLINARY_CONSULTATION).addAttended("home-care").addAttended("gp").addPhase(MeetingPhase.DECISION).build())
                .addDecision(Decision.builder().id("admission").date(LocalDate.of(2015, 3, 2))
                        .meeting("consultation")
                        .subject("Mevrouw de Vries beter verzorgd in het verzorgingstehuis")
                        .putParticipation("home-care", CO_DECIDED)
                        .putParticipation("gp", CO_DECIDED)
                        .putParticipation("youngest-daughter", CONSENTED)
                        .addWish(Wish.builder().holder("focus").conveyedBy("youngest-daughter")
                                .outcome(WishOutcome.NOT_FOLLOWED).text("liever nog thuis blijven wonen").build())
                        .addReason(Reason.of(ReasonKind.CARER_CAPACITY, "home-care"))
                        .addReason(Reason.of(ReasonKind.NO_ALTERNATIVE, "home-care"))
                        .build())
                .addPlan(Plan.builder().id("admission-plan")
                        .addAgreement(Agreement.builder().id("care-in-care-home").decision("admission")
                                .addPerformer("care-home-staff").proposer("home-care")
                                .description("verzorging in het verzorgingstehuis").build())
                        .build())
                .addHandover(Handover.builder().id("handover-to-care-home").date(LocalDate.of(2015, 6, 1))
                        .from("home-care").to("care-home-staff").kind(HandoverKind.TRANSFER).build())
                .addRequest(Request.builder().id("volunteer-request").date(LocalDate.of(2015, 9, 1))
                        .from("care-home-staff").to("youngest-daughter").kind(RequestKind.VOLUNTEER)
                        .description("vrijwilliger worden, koffie schenken").build())
                .build();
        return SeedCase.builder().key("de-vries").title("Mevrouw de Vries, elderly care")
                .dutchTitle("Mevrouw de Vries - Ouderenzorg").source("000_003bca9ac70bd78f.txt:197-207")
                .expectedRoute(Route.OLD)
                .expectationBasis("The book places the case under Part I 'De oude route' "
                        + "(000_003bca9ac70bd78f.txt:68-74); the network does not decide (SPEC §2.4, §5.1).")
                .situation(s).build();
    }

    /**
     * Esther &amp; Jeffrey, a family group plan ({@code 000_003bca9ac70bd78f.txt:264-268}): the parents ask for the
     * plan themselves; an independent plan coach prepares a group of 32; Veilig Thuis sets safety frames; the group
     * makes agreements ("Doordat we echt goede afspraken hebben gemaakt"); the aunt, the neighbour and Selma keep an
     * eye on the family, and Esther looks after the aunt's and the neighbour's animals in return (an exchange, not a
     * plan agreement). Expected: the Nieuwe Route. Who co-decided, the plan coach's sphere and who the focus persons
     * are are labelled as assumptions.
     *
     * @return the case, never null
     */
    public static SeedCase estherAndJeffrey() {
        LocalDate meeting = LocalDate.of(2015, 10, 3);
        Situation s = Situation.builder()
                .id("esther-and-jeffrey")
                .addSource("000_003bca9ac70bd78f.txt:264-268")
                .addAssumption(SYNTHETIC_DATES)
                .addAssumption("That Esther and Jeffrey are the children's parents is inferred from 'onze oudste "
                        + "kinderen' (000_003bca9ac70bd78f.txt:268); Jeffrey is not Jeffrey van Dalen.")
                .addAssumption("The oldest and the youngest children are each recorded as one group: the source does "
                        + "not count them. That the twins are among the youngest is likely but not stated.")
                .addAssumption("Selma's sphere is not stated; it is recorded as unknown.")
                .addAssumption("Attendance of the named people is inferred from the agreements they are party to; "
                        + "the other attendees of the group of 32 are counted, not described.")
                .addAssumption("Whether the organisation ('we') or Veilig Thuis co-decided is not stated; not recorded.")
                .addAssumption("Esther and Jeffrey are recorded as the focus persons. That is a choice: the question was "
                        + "whether the twins could stay at home (000_003bca9ac70bd78f.txt:264), so the children could "
                        + "as well be the persons the care is about.")
                .addAssumption("That the named attendees co-decided the plan is inferred: a family group plan is the "
                        + "group's plan, and Esther says 'we' made the agreements (000_003bca9ac70bd78f.txt:266-268). "
                        + "Selma's part is not stated: she is not recorded as attending or co-deciding, only as "
                        + "keeping an eye on the family.")
                .addAssumption("The independent plan coach is not a professional helper, as K2's burgercoördinator 'is "
                        + "dan ook geen hulpverlener' (004_5944939a3c113dbb.txt:4440-4441); the model has no sphere for "
                        + "an independent coordinator, so the coach's sphere is recorded as unknown.")
                .addAssumption("Esther's looking after the animals is a favour in return (an exchange), not an "
                        + "agreement of the plan (000_003bca9ac70bd78f.txt:268).")
                .addParticipant(Participant.builder().id("esther").sphere(Sphere.FOCUS_PERSON).name("Esther").build())
                .addParticipant(Participant.builder().id("jeffrey").sphere(Sphere.FOCUS_PERSON).name("Jeffrey")
                        .build())
                .addParticipant(Participant.builder().id("oldest-children").sphere(Sphere.LIFEWORLD)
                        .name("oudste kinderen").relation(Relation.CHILD).collective(true).build())
                .addParticipant(Participant.builder().id("youngest-children").sphere(Sphere.LIFEWORLD)
                        .name("jongste kinderen").relation(Relation.CHILD).collective(true).build())
                .addParticipant(Participant.builder().id("ex").sphere(Sphere.LIFEWORLD).name("ex van Esther")
                        .relation(Relation.EX_PARTNER).build())
                .addParticipant(Participant.builder().id("foster-parent-wil").sphere(Sphere.LIFEWORLD).name("Wil")
                        .relation(Relation.FOSTER_PARENT).build())
                .addParticipant(Participant.builder().id("foster-parent-dunja").sphere(Sphere.LIFEWORLD)
                        .name("Dunja").relation(Relation.FOSTER_PARENT).build())
                .addParticipant(Participant.builder().id("aunt").sphere(Sphere.LIFEWORLD).name("tante van Esther")
                        .relation(Relation.FAMILY).build())
                .addParticipant(Participant.builder().id("neighbour").sphere(Sphere.LIFEWORLD).name("buurvrouw")
                        .relation(Relation.NEIGHBOUR).build())
                .addParticipant(Participant.builder().id("selma").sphere(Sphere.UNKNOWN).name("Selma").build())
                .addParticipant(Participant.builder().id("plan-coach").sphere(Sphere.UNKNOWN)
                        .name("onafhankelijke plancoach").facilitator(FacilitatorRole.INDEPENDENT).build())
                .addParticipant(Participant.professional("veilig-thuis", "Veilig Thuis"))
                .addParticipant(Participant.builder().id("care-organisation").sphere(Sphere.SYSTEM_WORLD)
                        .organisation("hulpverlenende organisatie ('we')").collective(true).build())
                .addInitiative(Initiative.builder().id("family-group-plan-request").owner("esther")
                        .description("recht op een familiegroepsplan; kwamen zelf met het idee")
                        .date(LocalDate.of(2015, 8, 1)).build())
                .addSafetyFrame(SafetyFrame.builder().id("veilig-thuis-frame").setBy("veilig-thuis")
                        .date(LocalDate.of(2015, 9, 15)).addCoveredId("family-group-plan-decision").build())
                .addMeeting(PlanMeeting.builder().id("plan-meeting").date(meeting).facilitator("plan-coach")
                        .addAllAttended(List.of("esther", "jeffrey", "oldest-children", "ex", "foster-parent-wil",
                                "foster-parent-dunja", "aunt", "neighbour", "plan-coach"))
                        .unrecordedAttendees(23)
                        .addAllObjectedTo(List.of("ex", "foster-parent-wil", "foster-parent-dunja"))
                        .addAllPhases(List.of(MeetingPhase.PREPARATION, MeetingPhase.DECISION))
                        .build())
                .addDecision(Decision.builder().id("family-group-plan-decision").date(meeting)
                        .meeting("plan-meeting").subject("familiegroepsplan")
                        .putParticipation("esther", CO_DECIDED)
                        .putParticipation("jeffrey", CO_DECIDED)
                        .putParticipation("oldest-children", CO_DECIDED)
                        .putParticipation("ex", CO_DECIDED)
                        .putParticipation("foster-parent-wil", CO_DECIDED)
                        .putParticipation("foster-parent-dunja", CO_DECIDED)
                        .putParticipation("aunt", CO_DECIDED)
                        .putParticipation("neighbour", CO_DECIDED)
                        .build())
                .addPlan(Plan.builder().id("family-group-plan")
                        .addAgreement(Agreement.builder().id("weekends-with-foster-parents")
                                .decision("family-group-plan-decision")
                                .addPerformers("oldest-children", "foster-parent-wil", "foster-parent-dunja")
                                .proposer("oldest-children")
                                .description("oudste kinderen alleen nog in het weekend bij de pleegouders")
                                .recurrence(Recurrence.of(Frequency.WEEKLY, "every weekend")).build())
                        .addAgreement(Agreement.builder().id("monthly-meal").decision("family-group-plan-decision")
                                .addPerformers("esther", "jeffrey", "ex")
                                .description("samen patat eten, de ex komt ook")
                                .recurrence(Recurrence.of(Frequency.MONTHLY, "first Friday of the month")).build())
                        .addAgreement(Agreement.builder().id("keep-an-eye").decision("family-group-plan-decision")
                                .addPerformers("aunt", "neighbour", "selma")
                                .description("extra letten op of het nog goed gaat").build())
                        .build())
                .addExchange(Exchange.builder().id("aunt-keeps-an-eye").giver("aunt").receiver("esther")
                        .what("extra oplettendheid").build())
                .addExchange(Exchange.builder().id("neighbour-keeps-an-eye").giver("neighbour").receiver("esther")
                        .what("extra oplettendheid").build())
                .addExchange(Exchange.builder().id("selma-keeps-an-eye").giver("selma").receiver("esther")
                        .what("extra oplettendheid").build())
                .addExchange(Exchange.builder().id("pet-sitting-for-aunt").giver("esther").receiver("aunt")
                        .what("oppassen op de konijnen en de poes").build())
                .addExchange(Exchange.builder().id("pet-sitting-for-neighbour").giver("esther").receiver("neighbour")
                        .what("oppassen op de konijnen en de poes").build())
                .build();
        return SeedCase.builder().key("esther-and-jeffrey").title("Esther & Jeffrey, a family group plan")
                .dutchTitle("Esther & Jeffrey - familiegroepsplan").source("000_003bca9ac70bd78f.txt:264-268")
                .expectedRoute(Route.NEW)
                .expectationBasis("The group of 32 made the plan and the network carries out its own agreements "
                        + "(000_003bca9ac70bd78f.txt:266-268; SPEC §2.4, §5.4); who exactly co-decided is an "
                        + "assumption of the record.")
                .situation(s).build();
    }

    /**
     * Saartje Wop, a joint plan evaluation in a care home ({@code 000_003bca9ac70bd78f.txt:270-276}): family,
     * friends and carers evaluate "het plan van Saartje" together and agree "wat er gebeurt en wie wat doet".
     * Expected: the Nieuwe Route. The friend's memory of his eldest brother's admission is about another person and
     * is not part of Saartje's situation.
     *
     * @return the case, never null
     */
    public static SeedCase saartjeWop() {
        LocalDate evaluation = LocalDate.of(2016, 2, 5);
        List<String> present = List.of("saartje", "oldest-friend", "daughter", "family-and-friends", "carers");
        Situation s = Situation.builder()
                .id("saartje-wop")
                .addSource("000_003bca9ac70bd78f.txt:270-276")
                .addAssumption(SYNTHETIC_DATES)
                .addAssumption("The allocation of tasks at the evaluation ('samen afstemmen wat er gebeurt en wie wat "
                        + "doet', 000_003bca9ac70bd78f.txt:276) is recorded as a decision of everyone present; its "
                        + "content is not in the source.")
                .addAssumption("The evaluated plan's own agreements and needs are not in the source; the one agreement "
                        + "recorded is the allocation of tasks, with no need recorded.")
                .addParticipant(Participant.builder().id("saartje").sphere(Sphere.FOCUS_PERSON).name("Saartje Wop")
                        .build())
                .addParticipant(Participant.builder().id("oldest-friend").sphere(Sphere.LIFEWORLD)
                        .name("een van haar oudste vrienden").relation(Relation.FRIEND).build())
                .addParticipant(Participant.builder().id("daughter").sphere(Sphere.LIFEWORLD).name("dochter")
                        .relation(Relation.CHILD).build())
                .addParticipant(Participant.builder().id("family-and-friends").sphere(Sphere.LIFEWORLD)
                        .name("familie en vrienden").relation(Relation.FAMILY).collective(true).build())
                .addParticipant(Participant.builder().id("carers").sphere(Sphere.SYSTEM_WORLD)
                        .name("de verzorgenden").organisation("verzorgingstehuis").collective(true).build())
                .addMeeting(PlanMeeting.builder().id("evaluation-meeting").date(evaluation)
                        .addAllAttended(present).addAllInvited(present)
                        .addAllPhases(List.of(MeetingPhase.EVALUATION, MeetingPhase.DELIBERATION,
                                MeetingPhase.DECISION))
                        .build())
                .addDecision(Decision.builder().id("task-allocation").date(evaluation).meeting("evaluation-meeting")
                        .subject("samen afstemmen wat er gebeurt en wie wat doet")
                        .putParticipation("saartje", CO_DECIDED)
                        .putParticipation("oldest-friend", CO_DECIDED)
                        .putParticipation("daughter", CO_DECIDED)
                        .putParticipation("family-and-friends", CO_DECIDED)
                        .putParticipation("carers", CO_DECIDED)
                        .build())
                .addPlan(Plan.builder().id("plan-of-saartje").owner("saartje")
                        .addAgreement(Agreement.builder().id("who-does-what").decision("task-allocation")
                                .addPerformers("daughter", "family-and-friends", "carers").build())
                        .build())
                .addEvaluation(Evaluation.builder().id("joint-evaluation").date(evaluation).plan("plan-of-saartje")
                        .addAllParticipants(present).build())
                .build();
        return SeedCase.builder().key("saartje-wop").title("Saartje Wop, a joint plan evaluation")
                .dutchTitle("Saartje Wop - samen het plan evalueren").source("000_003bca9ac70bd78f.txt:270-276")
                .expectedRoute(Route.NEW)
                .expectationBasis("Family and friends evaluate 'het plan van Saartje' with the carers and agree who "
                        + "does what (000_003bca9ac70bd78f.txt:272-276; SPEC §2.4, §5.5).")
                .situation(s).build();
    }

    private static Situation.Builder vanDalenHousehold(String id) {
        return Situation.builder()
                .id(id)
                .addParticipant(Participant.builder().id("saskia").sphere(Sphere.FOCUS_PERSON).name("Saskia").build())
                .addParticipant(Participant.builder().id("jeffrey-vd").sphere(Sphere.FOCUS_PERSON)
                        .name("Jeffrey van Dalen").build())
                .addParticipant(Participant.builder().id("amanda").sphere(Sphere.FOCUS_PERSON).name("Amanda")
                        .build())
                .addParticipant(Participant.builder().id("neighbour").sphere(Sphere.LIFEWORLD).name("buurvrouw")
                        .relation(Relation.NEIGHBOUR).build())
                .addExchange(Exchange.builder().id("neighbour-helps").giver("neighbour").receiver("saskia")
                        .what("helpt zo af en toe").build())
                // "moeder Saskia, zoon Jeffrey van 16 jaar en dochter Amanda van 12" (004_5944939a3c113dbb.txt:173-174)
                .addHousehold(Household.of("van-dalen", "saskia", "jeffrey-vd", "amanda"));
    }

    /**
     * Gezin Van Dalen in 2012, before the transitions ({@code 004_5944939a3c113dbb.txt:171-224}): a mother on
     * benefit with two children with behaviour problems, separate schemes and professionals per scheme, a neighbour
     * who helps now and then. No plan decision is described. Expected: unclassified.
     *
     * @return the case, never null
     */
    public static SeedCase vanDalenBefore() {
        Situation s = vanDalenHousehold("van-dalen-before")
                .addSource("004_5944939a3c113dbb.txt:171-224")
                .addSource("004_5944939a3c113dbb.txt:4016-4019")
                .addAssumption("K2's family is fictional (004_5944939a3c113dbb.txt:140-141). No plan decision is "
                        + "described, so none is recorded.")
                .addParticipant(Participant.professional("awbz-support", "AWBZ extramurale begeleiding"))
                .addParticipant(Participant.professional("cwi-uwv", "CWI/UWV"))
                .addParticipant(Participant.professional("roc", "ROC"))
                .addParticipant(Participant.professional("special-school", "speciaal onderwijs"))
                .addParticipant(Participant.professional("municipality", "gemeente"))
                .addParticipant(Participant.professional("youth-justice", "justitie (taakstraf)"))
                .build();
        return SeedCase.builder().key("van-dalen-before").title("Gezin Van Dalen before the transitions (2012)")
                .dutchTitle("Gezin Van Dalen - voor de transities").source("004_5944939a3c113dbb.txt:171-224")
                .expectedRoute(Route.UNCLASSIFIED)
                .expectationBasis("No plan decision is described: separate schemes and professionals per scheme "
                        + "(SPEC §2.4, §5.13).")
                .situation(s).build();
    }

    /**
     * Gezin Van Dalen after the transitions, K2's ideal description ({@code 004_5944939a3c113dbb.txt:4033-4348}):
     * "Samen met Saskia zal de gemeente bepalen" the support; neighbours, family or friends "krijgen een rol
     * toebedeeld". Expected, by Siegers' criteria: the dead-end route (SPEC's proposal; K2 does not use Siegers' terms).
     *
     * @return the case, never null
     */
    public static SeedCase vanDalenAfter() {
        LocalDate decided = LocalDate.of(2013, 3, 1);
        Situation s = vanDalenHousehold("van-dalen-after")
                .addSource("004_5944939a3c113dbb.txt:4033-4348")
                .addAssumption(SYNTHETIC_DATES)
                .addAssumption("K2's description is an ideal, not a case record; the municipality's support decision "
                        + "and the network's assigned role are written down as one decision.")
                .addAssumption("The neighbour being told her role is recorded as INFORMED: the network 'krijgt een "
                        + "rol toebedeeld' (004_5944939a3c113dbb.txt:4045-4048).")
                .addAssumption("Saskia's question for support and her benefit are recorded at one loket of the "
                        + "municipality: she 'niet bij twee verschillende loketten hoeft te zijn voor extramurale "
                        + "begeleiding en haar uitkering' (004_5944939a3c113dbb.txt:4288-4290); the loket's id is ours.")
                .addParticipant(Participant.professional("front-desk", "gemeente (loketmedewerker)"))
                .addQuestion(Question.builder().id("support-question").kind(QuestionKind.START).addAbout("saskia")
                        .askedBy("saskia").lifeDomain(LifeDomain.WELLBEING_AND_SUPPORT).scheme(Scheme.WMO)
                        .loket("municipal-desk").build())
                .addQuestion(Question.builder().id("benefit-question").kind(QuestionKind.START).addAbout("saskia")
                        .lifeDomain(LifeDomain.WORK_AND_INCOME).scheme(Scheme.WORK_ACCORDING_TO_CAPACITY)
                        .loket("municipal-desk").build())
                .addParticipant(Participant.professional("wmo-support", "Wmo begeleiding"))
                .addDecision(Decision.builder().id("support-decision").date(decided)
                        .subject("ondersteuning bij beperkt structuurvermogen; rol voor het netwerk")
                        .putParticipation("saskia", CO_DECIDED)
                        .putParticipation("front-desk", CO_DECIDED)
                        .putParticipation("neighbour", INFORMED)
                        .build())
                .addPlan(Plan.builder().id("support-plan")
                        .addAgreement(Agreement.builder().id("structure-support").decision("support-decision")
                                .addPerformers("wmo-support", "saskia").proposer("front-desk")
                                .recordedNeed("beperkt structuurvermogen (004_5944939a3c113dbb.txt:4072-4083)")
                                .build())
                        .addAgreement(Agreement.builder().id("informal-help").decision("support-decision")
                                .addPerformer("neighbour").proposer("front-desk")
                                .description("informele zorg: een rol toebedeeld")
                                .offer(Offer.of(OfferKind.INFORMAL)).build())
                        .build())
                .build();
        return SeedCase.builder().key("van-dalen-after").title("Gezin Van Dalen after the transitions (K2's ideal)")
                .dutchTitle("Gezin Van Dalen - na de transities").source("004_5944939a3c113dbb.txt:4033-4348")
                .expectedRoute(Route.DEAD_END)
                .expectationBasis("The municipality decides with Saskia (004_5944939a3c113dbb.txt:4078) and the "
                        + "network is given a role (004_5944939a3c113dbb.txt:4045-4048): dead-end by Siegers' "
                        + "criteria, a proposal of SPEC §2.4.")
                .situation(s).build();
    }

    /**
     * Buiting's 17-year-old ({@code 002_296212247530a523.txt:40-56}): since the age of eleven in "meer dan tien
     * verschillende gezinsvervangende plekken"; for half a year, in a project of the municipality, coupled to an
     * expert by experience with whom he works on his addiction and school ("Ze zijn samen bezig"). Who decided the
     * coupling is not stated, nor that the boy owns a plan. No family or network is mentioned. Expected: unclassified.
     *
     * @return the case, never null
     */
    public static SeedCase buitingBoy() {
        Situation.Builder b = Situation.builder()
                .id("buiting-boy")
                .addSource("002_296212247530a523.txt:40-56")
                .addAssumption(SYNTHETIC_DATES)
                .addAssumption("'Meer dan tien' placements are recorded as eleven, the least number that fits; each "
                        + "placement is one professional participant and each move one transfer.")
                .addAssumption("Whether the expert by experience is paid help or part of the boy's lifeworld is not "
                        + "stated; the sphere is recorded as unknown.")
                .addAssumption("Who decided the placements is not stated; those decisions are not recorded.")
                .addAssumption("The coupling to the expert by experience in a project of the municipality "
                        + "(002_296212247530a523.txt:50) is recorded as a decision without participants: who decided it "
                        + "is not stated. That the boy and the expert work together on his addiction and school is not "
                        + "recorded as a plan agreement: the source does not say who decided it, that they co-decided "
                        + "it, or that he owns a plan, and an agreement would make the rules judge who performs it.")
                // a minor: "Een jongen van 17 jaar" (002_296212247530a523.txt:42); who holds authority is not given
                .addParticipant(Participant.builder().id("boy").sphere(Sphere.FOCUS_PERSON).name("jongen van 17")
                        .ageBand(AgeBand.MINOR).build())
                .addParticipant(Participant.builder().id("expert-by-experience").sphere(Sphere.UNKNOWN)
                        .name("ervaringsdeskundige").relation(Relation.EXPERT_BY_EXPERIENCE).build());
        for (int i = 1; i <= 11; i++) {
            b.addParticipant(Participant.builder().id(placement(i)).sphere(Sphere.SYSTEM_WORLD)
                    .organisation("gezinsvervangende plek").build());
        }
        for (int i = 1; i < 11; i++) {
            b.addHandover(Handover.builder().id("move-" + i).date(LocalDate.of(2014, 1, 1).plusMonths(7L * i))
                    .from(placement(i)).to(placement(i + 1)).kind(HandoverKind.TRANSFER).build());
        }
        LocalDate together = LocalDate.of(2020, 9, 1);
        Situation s = b
                .addDecision(Decision.builder().id("coupling").date(together)
                        .subject("gekoppeld aan een ervaringsdeskundige in een project van de gemeente")
                        .build())
                .build();
        return SeedCase.builder().key("buiting-boy").title("Buiting's 17-year-old")
                .dutchTitle("De jongen van 17 (Buiting)").source("002_296212247530a523.txt:40-56")
                .expectedRoute(Route.UNCLASSIFIED)
                .expectationBasis("No network data: unclassified in Siegers' terms (SPEC §2.4, §5.11).")
                .situation(s).build();
    }

    private static String placement(int i) {
        return String.format(java.util.Locale.ROOT, "placement-%02d", i);
    }
}
