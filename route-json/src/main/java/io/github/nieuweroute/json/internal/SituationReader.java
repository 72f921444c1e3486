package io.github.nieuweroute.json.internal;

import io.github.nieuweroute.json.RouteJsonException;
import io.github.nieuweroute.json.RouteJsonException.Problem;
import io.github.nieuweroute.model.Agreement;
import io.github.nieuweroute.model.Circle;
import io.github.nieuweroute.model.Decision;
import io.github.nieuweroute.model.Evaluation;
import io.github.nieuweroute.model.Exchange;
import io.github.nieuweroute.model.Frequency;
import io.github.nieuweroute.model.Handover;
import io.github.nieuweroute.model.Household;
import io.github.nieuweroute.model.InformationItem;
import io.github.nieuweroute.model.Initiative;
import io.github.nieuweroute.model.ModelValidationException;
import io.github.nieuweroute.model.LoadAssessment;
import io.github.nieuweroute.model.Participant;
import io.github.nieuweroute.model.ParticipationLevel;
import io.github.nieuweroute.model.Plan;
import io.github.nieuweroute.model.PlanMeeting;
import io.github.nieuweroute.model.Question;
import io.github.nieuweroute.model.Offer;
import io.github.nieuweroute.model.Outcome;
import io.github.nieuweroute.model.OutcomeAssessment;
import io.github.nieuweroute.model.Reason;
import io.github.nieuweroute.model.Recurrence;
import io.github.nieuweroute.model.Relation;
import io.github.nieuweroute.model.Request;
import io.github.nieuweroute.model.SafetyCondition;
import io.github.nieuweroute.model.SafetyFrame;
import io.github.nieuweroute.model.Situation;
import io.github.nieuweroute.model.Wish;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * Reads a situation of format version {@link #FIRST_FORMAT_VERSION} or {@link #FORMAT_VERSION} from a parser,
 * through the public builders and factories of the model only. Stateless and thread-safe; the {@link JsonInput} it reads from is not.
 */
public final class SituationReader {

    /** The format version this library writes; it reads this one and {@link #FIRST_FORMAT_VERSION}. */
    public static final int FORMAT_VERSION = JsonInput.LAST_VERSION;

    /** The first format version, which this library still reads. */
    public static final int FIRST_FORMAT_VERSION = JsonInput.FIRST_VERSION;

    /** The format version that added meeting kinds, wishes, reasons, owners as sets and review dates. */
    private static final int V2 = 2;

    private SituationReader() {}

    /**
     * Reads the situation the input is on.
     *
     * @param in the input, positioned on the situation's first token, not null
     * @return the situation, never null
     * @throws RouteJsonException for every problem with the input
     */
    public static Situation read(JsonInput in) {
        return SITUATION.read(in).build();
    }

    // -- small value types

    /** Holds a relation's fields until both are read. */
    private static final class RelationDraft {
        String code;
        Circle circle;
    }

    /** Holds a recurrence's fields until all are read. */
    private static final class RecurrenceDraft {
        Frequency frequency;
        Optional<String> rule = Optional.empty();
    }

    private static final ObjectSpec<RelationDraft, Relation> RELATION_SPEC = ObjectSpec.of(RelationDraft::new,
                    (RelationDraft d) -> Relation.of(d.code, d.circle))
            .required("code", (d, in) -> d.code = in.text())
            .required("circle", (d, in) -> d.circle = in.code(Codes.CIRCLE));

    private static final ObjectSpec<RecurrenceDraft, Recurrence> RECURRENCE = ObjectSpec.of(RecurrenceDraft::new,
                    (RecurrenceDraft d) -> d.rule.isPresent() ? Recurrence.of(d.frequency, d.rule.get())
                            : Recurrence.of(d.frequency))
            .required("frequency", (d, in) -> d.frequency = in.code(Codes.FREQUENCY))
            .optional("rule", (d, in) -> d.rule = Optional.of(in.text()));

    // -- records of a situation

    private static final ObjectSpec<LoadAssessment.Builder, LoadAssessment> LOAD_ASSESSMENT = ObjectSpec
            .of(LoadAssessment::builder, LoadAssessment.Builder::build)
            .required("date", (b, in) -> b.date(in.date()))
            .required("balance", (b, in) -> b.balance(in.code(Codes.LOAD_BALANCE)))
            .optional("assessedBy", (b, in) -> b.assessedBy(in.text()));

    private static final ObjectSpec<Participant.Builder, Participant> PARTICIPANT = ObjectSpec
            .of(Participant::builder, Participant.Builder::build)
            .required("id", (b, in) -> b.id(in.text()))
            .required("sphere", (b, in) -> b.sphere(in.code(Codes.SPHERE)))
            .optional("name", (b, in) -> b.name(in.text()))
            .optional("relation", (b, in) -> b.relation(RELATION_SPEC.read(in)))
            .optional("organisation", (b, in) -> b.organisation(in.text()))
            .since(V2, "employer", (b, in) -> b.employer(in.text()))
            .since(V2, "loadAssessments",
                    (b, in) -> in.array(() -> b.addLoadAssessment(LOAD_ASSESSMENT.read(in))))
            .since(V2, "ageBand", (b, in) -> b.ageBand(in.code(Codes.AGE_BAND)))
            .since(V2, "authorityHolders", (b, in) -> b.addAllAuthorityHolders(idSet(in)))
            .optional("facilitator", (b, in) -> b.facilitator(in.code(Codes.FACILITATOR_ROLE)))
            .optional("collective", (b, in) -> b.collective(in.bool()));

    private static final ObjectSpec<Question.Builder, Question> QUESTION = ObjectSpec
            .of(Question::builder, Question.Builder::build)
            .required("id", (b, in) -> b.id(in.text()))
            .required("kind", (b, in) -> b.kind(in.code(Codes.QUESTION_KIND)))
            .optional("form", (b, in) -> b.form(in.code(Codes.NETWORK_QUESTION_FORM)))
            .optional("text", (b, in) -> b.text(in.text()))
            .optional("askedBy", (b, in) -> b.askedBy(in.text()))
            .optional("date", (b, in) -> b.date(in.date()))
            .since(V2, "owners", (b, in) -> b.addAllOwners(idSet(in)))
            .since(V2, "about", (b, in) -> b.addAllAbout(idSet(in)))
            .since(V2, "lifeDomain", (b, in) -> b.lifeDomain(in.code(Codes.LIFE_DOMAIN)))
            .since(V2, "scheme", (b, in) -> b.scheme(in.code(Codes.SCHEME)))
            .since(V2, "financier", (b, in) -> b.financier(in.code(Codes.FINANCIER)))
            .since(V2, "loket", (b, in) -> b.loket(in.text()));

    private static final ObjectSpec<PlanMeeting.Builder, PlanMeeting> MEETING = ObjectSpec
            .of(PlanMeeting::builder, PlanMeeting.Builder::build)
            .required("id", (b, in) -> b.id(in.text()))
            .required("date", (b, in) -> b.date(in.date()))
            .since(V2, "kind", (b, in) -> b.kind(in.code(Codes.MEETING_KIND)))
            .optional("organiser", (b, in) -> b.organiser(in.text()))
            .optional("facilitator", (b, in) -> b.facilitator(in.text()))
            .optional("invited", (b, in) -> b.addAllInvited(idSet(in)))
            .optional("attended", (b, in) -> b.addAllAttended(idSet(in)))
            .optional("objectedTo", (b, in) -> b.addAllObjectedTo(idSet(in)))
            .optional("phases", (b, in) -> in.array(() -> b.addPhase(in.code(Codes.MEETING_PHASE))))
            .optional("unrecordedAttendees", (b, in) -> b.unrecordedAttendees(in.count()));

    private static final ObjectSpec<Wish.Builder, Wish> WISH = ObjectSpec
            .of(Wish::builder, Wish.Builder::build)
            .required("holder", (b, in) -> b.holder(in.text()))
            .required("conveyedBy", (b, in) -> b.conveyedBy(in.text()))
            .required("outcome", (b, in) -> b.outcome(in.code(Codes.WISH_OUTCOME)))
            .optional("text", (b, in) -> b.text(in.text()));

    private static final ObjectSpec<Reason.Builder, Reason> REASON = ObjectSpec
            .of(Reason::builder, Reason.Builder::build)
            .required("kind", (b, in) -> b.kind(in.code(Codes.REASON_KIND)))
            .required("givenBy", (b, in) -> b.givenBy(in.text()))
            .optional("text", (b, in) -> b.text(in.text()));

    private static final ObjectSpec<Decision.Builder, Decision> DECISION = ObjectSpec
            .of(Decision::builder, Decision.Builder::build)
            .required("id", (b, in) -> b.id(in.text()))
            .required("date", (b, in) -> b.date(in.date()))
            .optional("subject", (b, in) -> b.subject(in.text()))
            .optional("meeting", (b, in) -> b.meeting(in.text()))
            .optional("participation", (b, in) -> b.putAllParticipation(participation(in)))
            .since(V2, "wishes", (b, in) -> in.array(() -> b.addWish(WISH.read(in))))
            .since(V2, "reasons", (b, in) -> in.array(() -> b.addReason(REASON.read(in))));

    private static final ObjectSpec<Offer.Builder, Offer> OFFER = ObjectSpec
            .of(Offer::builder, Offer.Builder::build)
            .required("kind", (b, in) -> b.kind(in.code(Codes.OFFER_KIND)))
            .optional("catalogueItem", (b, in) -> b.catalogueItem(in.text()))
            .optional("contractStart", (b, in) -> b.contractStart(in.date()))
            .optional("contractEnd", (b, in) -> b.contractEnd(in.date()))
            .optional("funder", (b, in) -> b.funder(in.text()));

    private static final ObjectSpec<Agreement.Builder, Agreement> AGREEMENT = ObjectSpec
            .of(Agreement::builder, Agreement.Builder::build)
            .required("id", (b, in) -> b.id(in.text()))
            .optional("description", (b, in) -> b.description(in.text()))
            .required("decision", (b, in) -> b.decision(in.text()))
            .required("performers", (b, in) -> b.addAllPerformers(idSet(in)))
            .optional("proposer", (b, in) -> b.proposer(in.text()))
            .optional("recurrence", (b, in) -> b.recurrence(RECURRENCE.read(in)))
            .optional("recordedNeed", (b, in) -> b.recordedNeed(in.text()))
            .since(V2, "offer", (b, in) -> b.offer(OFFER.read(in)))
            .since(V2, "outcomes", (b, in) -> b.addAllOutcomes(idSet(in)));

    private static final ObjectSpec<Plan.Builder, Plan> PLAN = ObjectSpec
            .of(Plan::builder, Plan.Builder::build)
            .required("id", (b, in) -> b.id(in.text()))
            .until(FIRST_FORMAT_VERSION, "owner", (b, in) -> b.addOwner(in.text()))
            .since(V2, "owners", (b, in) -> b.addAllOwners(idSet(in)))
            .since(V2, "reviewDate", (b, in) -> b.reviewDate(in.date()))
            .optional("agreements", (b, in) -> in.array(() -> b.addAgreement(AGREEMENT.read(in))));

    private static final ObjectSpec<Request.Builder, Request> REQUEST = ObjectSpec
            .of(Request::builder, Request.Builder::build)
            .required("id", (b, in) -> b.id(in.text()))
            .required("date", (b, in) -> b.date(in.date()))
            .required("from", (b, in) -> b.from(in.text()))
            .required("to", (b, in) -> b.to(in.text()))
            .required("kind", (b, in) -> b.kind(in.code(Codes.REQUEST_KIND)))
            .optional("description", (b, in) -> b.description(in.text()));

    private static final ObjectSpec<InformationItem.Builder, InformationItem> INFORMATION_ITEM = ObjectSpec
            .of(InformationItem::builder, InformationItem.Builder::build)
            .required("id", (b, in) -> b.id(in.text()))
            .optional("kind", (b, in) -> b.kind(in.code(Codes.INFORMATION_KIND)))
            .optional("topic", (b, in) -> b.topic(in.text()))
            .optional("concerns", (b, in) -> b.concerns(in.text()))
            .required("holders", (b, in) -> b.addAllHolders(idSet(in)))
            .optional("sharedWith", (b, in) -> b.addAllSharedWith(idSet(in)))
            .optional("consent", (b, in) -> b.consent(in.code(Codes.CONSENT_STATUS)))
            .optional("planRelevant", (b, in) -> b.planRelevant(in.bool()));

    private static final ObjectSpec<Exchange.Builder, Exchange> EXCHANGE = ObjectSpec
            .of(Exchange::builder, Exchange.Builder::build)
            .required("id", (b, in) -> b.id(in.text()))
            .required("giver", (b, in) -> b.giver(in.text()))
            .required("receiver", (b, in) -> b.receiver(in.text()))
            .optional("what", (b, in) -> b.what(in.text()))
            .optional("date", (b, in) -> b.date(in.date()));

    private static final ObjectSpec<SafetyCondition.Builder, SafetyCondition> SAFETY_CONDITION = ObjectSpec
            .of(SafetyCondition::builder, SafetyCondition.Builder::build)
            .required("kind", (b, in) -> b.kind(in.code(Codes.SAFETY_CONDITION_KIND)))
            .required("subject", (b, in) -> b.subject(in.text()))
            .optional("persons", (b, in) -> b.addAllPersons(idSet(in)))
            .optional("supervisors", (b, in) -> b.addAllSupervisors(idSet(in)));

    private static final ObjectSpec<SafetyFrame.Builder, SafetyFrame> SAFETY_FRAME = ObjectSpec
            .of(SafetyFrame::builder, SafetyFrame.Builder::build)
            .required("id", (b, in) -> b.id(in.text()))
            .required("setBy", (b, in) -> b.setBy(in.text()))
            .optional("date", (b, in) -> b.date(in.date()))
            .optional("constraints", (b, in) -> in.array(() -> b.addConstraint(in.text())))
            .optional("coveredIds", (b, in) -> b.addAllCoveredIds(idSet(in)))
            .since(V2, "conditions", (b, in) -> in.array(() -> b.addCondition(SAFETY_CONDITION.read(in))));

    private static final ObjectSpec<Evaluation.Builder, Evaluation> EVALUATION = ObjectSpec
            .of(Evaluation::builder, Evaluation.Builder::build)
            .required("id", (b, in) -> b.id(in.text()))
            .required("date", (b, in) -> b.date(in.date()))
            .optional("plan", (b, in) -> b.plan(in.text()))
            .required("participants", (b, in) -> b.addAllParticipants(idSet(in)));

    private static final ObjectSpec<Handover.Builder, Handover> HANDOVER = ObjectSpec
            .of(Handover::builder, Handover.Builder::build)
            .required("id", (b, in) -> b.id(in.text()))
            .required("date", (b, in) -> b.date(in.date()))
            .required("from", (b, in) -> b.from(in.text()))
            .required("to", (b, in) -> b.to(in.text()))
            .required("kind", (b, in) -> b.kind(in.code(Codes.HANDOVER_KIND)))
            .optional("consent", (b, in) -> b.consent(in.code(Codes.CONSENT_STATUS)));

    private static final ObjectSpec<Initiative.Builder, Initiative> INITIATIVE = ObjectSpec
            .of(Initiative::builder, Initiative.Builder::build)
            .required("id", (b, in) -> b.id(in.text()))
            .required("owner", (b, in) -> b.owner(in.text()))
            .optional("description", (b, in) -> b.description(in.text()))
            .optional("date", (b, in) -> b.date(in.date()))
            .optional("takenOverBy", (b, in) -> b.takenOverBy(in.text()))
            .optional("takenOverOn", (b, in) -> b.takenOverOn(in.date()));

    private static final ObjectSpec<OutcomeAssessment.Builder, OutcomeAssessment> OUTCOME_ASSESSMENT = ObjectSpec
            .of(OutcomeAssessment::builder, OutcomeAssessment.Builder::build)
            .required("date", (b, in) -> b.date(in.date()))
            .required("status", (b, in) -> b.status(in.code(Codes.OUTCOME_STATUS)))
            .optional("assessedWith", (b, in) -> b.addAllAssessedWith(idSet(in)));

    private static final ObjectSpec<Outcome.Builder, Outcome> OUTCOME = ObjectSpec
            .of(Outcome::builder, Outcome.Builder::build)
            .required("id", (b, in) -> b.id(in.text()))
            .optional("person", (b, in) -> b.person(in.text()))
            .optional("kantelingResult", (b, in) -> b.kantelingResult(in.code(Codes.KANTELING_RESULT)))
            .optional("description", (b, in) -> b.description(in.text()))
            .optional("assessments", (b, in) -> in.array(() -> b.addAssessment(OUTCOME_ASSESSMENT.read(in))));

    private static final ObjectSpec<Household.Builder, Household> HOUSEHOLD = ObjectSpec
            .of(Household::builder, Household.Builder::build)
            .required("id", (b, in) -> b.id(in.text()))
            .required("members", (b, in) -> b.addAllMembers(idSet(in)));

    // -- the situation

    /** Holds a situation's records as read, so that a problem found when it is built can be located. */
    private static final class Draft {
        final Situation.Builder builder = Situation.builder();
        int version;
        final List<Participant> participants = new ArrayList<>();
        final List<Question> questions = new ArrayList<>();
        final List<PlanMeeting> meetings = new ArrayList<>();
        final List<Decision> decisions = new ArrayList<>();
        final List<Plan> plans = new ArrayList<>();
        final List<Request> requests = new ArrayList<>();
        final List<InformationItem> informationItems = new ArrayList<>();
        final List<Exchange> exchanges = new ArrayList<>();
        final List<SafetyFrame> safetyFrames = new ArrayList<>();
        final List<Evaluation> evaluations = new ArrayList<>();
        final List<Handover> handovers = new ArrayList<>();
        final List<Initiative> initiatives = new ArrayList<>();
        final List<Outcome> outcomes = new ArrayList<>();
        final List<Household> households = new ArrayList<>();

        Situation build() {
            try {
                return builder.addAllParticipants(participants).addAllQuestions(questions).addAllMeetings(meetings)
                        .addAllDecisions(decisions).addAllPlans(plans).addAllRequests(requests)
                        .addAllInformationItems(informationItems).addAllExchanges(exchanges)
                        .addAllSafetyFrames(safetyFrames).addAllEvaluations(evaluations)
                        .addAllHandovers(handovers).addAllInitiatives(initiatives).addAllOutcomes(outcomes)
                        .addAllHouseholds(households).build();
            } catch (ModelValidationException e) {
                throw locate(e);
            }
        }

        /** Finds the object a problem of the whole situation is about: the last one with the id for a duplicate. */
        private RouteJsonException locate(ModelValidationException e) {
            String id = e.objectId().orElse(null);
            boolean last = e.problem() == ModelValidationException.Problem.DUPLICATE_ID;
            String pointer;
            switch (e.objectType()) {
                case "Participant" -> pointer = find("/participants", participants, Participant::id, id, last);
                case "Question" -> pointer = find("/questions", questions, Question::id, id, last);
                case "PlanMeeting" -> pointer = find("/meetings", meetings, PlanMeeting::id, id, last);
                case "Decision" -> pointer = find("/decisions", decisions, Decision::id, id, last);
                case "Plan" -> pointer = find("/plans", plans, Plan::id, id, last);
                case "Agreement" -> pointer = findAgreement(id, last);
                case "Request" -> pointer = find("/requests", requests, Request::id, id, last);
                case "InformationItem" -> pointer = find("/informationItems", informationItems,
                        InformationItem::id, id, last);
                case "Exchange" -> pointer = find("/exchanges", exchanges, Exchange::id, id, last);
                case "SafetyFrame" -> pointer = find("/safetyFrames", safetyFrames, SafetyFrame::id, id, last);
                case "Evaluation" -> pointer = find("/evaluations", evaluations, Evaluation::id, id, last);
                case "Handover" -> pointer = find("/handovers", handovers, Handover::id, id, last);
                case "Initiative" -> pointer = find("/initiatives", initiatives, Initiative::id, id, last);
                case "Outcome" -> pointer = find("/outcomes", outcomes, Outcome::id, id, last);
                case "Household" -> pointer = find("/households", households, Household::id, id, last);
                default -> pointer = "";
            }
            ObjectSpec<?, ?> spec = SPECS.get(e.objectType());
            return JsonInput.invalidModel(pointer, spec == null ? Set.of() : spec.names(version), e);
        }

        private static <T> String find(String array, List<T> values, Function<T, String> idOf, String id,
                boolean last) {
            int found = -1;
            for (int i = 0; i < values.size(); i++) {
                if (idOf.apply(values.get(i)).equals(id)) {
                    found = i;
                    if (!last) {
                        break;
                    }
                }
            }
            return found < 0 ? array : array + "/" + found;
        }

        private String findAgreement(String id, boolean last) {
            String found = "/plans";
            for (int p = 0; p < plans.size(); p++) {
                List<Agreement> agreements = plans.get(p).agreements();
                for (int a = 0; a < agreements.size(); a++) {
                    if (agreements.get(a).id().equals(id)) {
                        found = "/plans/" + p + "/agreements/" + a;
                        if (!last) {
                            return found;
                        }
                    }
                }
            }
            return found;
        }
    }

    private static final ObjectSpec<Draft, Draft> SITUATION = ObjectSpec.of(Draft::new, Function.identity())
            .required("formatVersion", (d, in) -> d.version = version(in))
            .required("id", (d, in) -> d.builder.id(in.text()))
            .optional("description", (d, in) -> d.builder.description(in.text()))
            .optional("sources", (d, in) -> in.array(() -> d.builder.addSource(in.text())))
            .optional("assumptions", (d, in) -> in.array(() -> d.builder.addAssumption(in.text())))
            .required("participants", (d, in) -> objects(in, PARTICIPANT, d.participants::add))
            .optional("questions", (d, in) -> objects(in, QUESTION, d.questions::add))
            .optional("meetings", (d, in) -> objects(in, MEETING, d.meetings::add))
            .optional("decisions", (d, in) -> objects(in, DECISION, d.decisions::add))
            .optional("plans", (d, in) -> objects(in, PLAN, d.plans::add))
            .optional("requests", (d, in) -> objects(in, REQUEST, d.requests::add))
            .optional("informationItems", (d, in) -> objects(in, INFORMATION_ITEM, d.informationItems::add))
            .optional("exchanges", (d, in) -> objects(in, EXCHANGE, d.exchanges::add))
            .optional("safetyFrames", (d, in) -> objects(in, SAFETY_FRAME, d.safetyFrames::add))
            .optional("evaluations", (d, in) -> objects(in, EVALUATION, d.evaluations::add))
            .optional("handovers", (d, in) -> objects(in, HANDOVER, d.handovers::add))
            .optional("initiatives", (d, in) -> objects(in, INITIATIVE, d.initiatives::add))
            .since(V2, "outcomes", (d, in) -> objects(in, OUTCOME, d.outcomes::add))
            .since(V2, "households", (d, in) -> objects(in, HOUSEHOLD, d.households::add));

    /** The object spec of each model type, by the type name the model's exceptions use. */
    private static final Map<String, ObjectSpec<?, ?>> SPECS = Map.ofEntries(
            Map.entry("Situation", SITUATION), Map.entry("Participant", PARTICIPANT),
            Map.entry("Relation", RELATION_SPEC), Map.entry("Recurrence", RECURRENCE),
            Map.entry("Question", QUESTION), Map.entry("PlanMeeting", MEETING),
            Map.entry("Decision", DECISION), Map.entry("Plan", PLAN),
            Map.entry("Agreement", AGREEMENT), Map.entry("Request", REQUEST),
            Map.entry("InformationItem", INFORMATION_ITEM), Map.entry("Exchange", EXCHANGE),
            Map.entry("SafetyFrame", SAFETY_FRAME), Map.entry("Evaluation", EVALUATION),
            Map.entry("Handover", HANDOVER), Map.entry("Initiative", INITIATIVE),
            Map.entry("Wish", WISH), Map.entry("Reason", REASON), Map.entry("Offer", OFFER),
            Map.entry("Outcome", OUTCOME), Map.entry("OutcomeAssessment", OUTCOME_ASSESSMENT),
            Map.entry("Household", HOUSEHOLD), Map.entry("SafetyCondition", SAFETY_CONDITION),
            Map.entry("LoadAssessment", LOAD_ASSESSMENT));

    private static int version(JsonInput in) {
        int version = in.count();
        if (version < FIRST_FORMAT_VERSION || version > FORMAT_VERSION) {
            throw in.fail(Problem.UNSUPPORTED_VERSION, "format version " + version + " is not supported; this "
                    + "library reads versions " + FIRST_FORMAT_VERSION + " to " + FORMAT_VERSION, null);
        }
        in.version(version);
        return version;
    }

    private static <T> void objects(JsonInput in, ObjectSpec<?, T> spec, Consumer<T> sink) {
        in.array(() -> sink.accept(spec.read(in)));
    }

    /** Reads an array of ids that the model holds as a set: the same id twice is an error, not merged. */
    static Set<String> idSet(JsonInput in) {
        Set<String> ids = new LinkedHashSet<>();
        in.array(() -> {
            if (!ids.add(in.text())) {
                throw in.fail(Problem.DUPLICATE_ENTRY, "the id appears earlier in the array", null);
            }
        });
        return ids;
    }

    private static Map<String, ParticipationLevel> participation(JsonInput in) {
        Map<String, ParticipationLevel> levels = new LinkedHashMap<>();
        in.keyedObject(participant -> {
            if (levels.put(participant, in.code(Codes.PARTICIPATION_LEVEL)) != null) {
                throw in.fail(Problem.DUPLICATE_FIELD, "the participant appears twice in the object", null);
            }
        });
        return levels;
    }
}
