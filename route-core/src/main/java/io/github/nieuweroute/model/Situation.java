package io.github.nieuweroute.model;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;
import org.immutables.value.Value;

/**
 * A situation in the social domain and everything recorded about it (nl: situatie): the aggregate root of the
 * model. Everyone works on the situation: "wat er nodig is om de situatie te verbeteren"
 * ({@code 000_003bca9ac70bd78f.txt:45}); the involved become "samen eigenaar van de situatie"
 * ({@code 001_efdc3dbc7d93ff68.txt:36}).
 *
 * <p>A situation is about one focus person or a household of focus persons (such as Esther and Jeffrey,
 * {@code 000_003bca9ac70bd78f.txt:264}): the participants with sphere {@link Sphere#FOCUS_PERSON}. It holds the
 * questions, plan meetings, decisions, plans with their agreements, requests, information items, exchanges, safety
 * frames, evaluations, handovers and initiatives. Dated records can span years, so a situation can move from one
 * route to another over time.
 *
 * <p>Building a situation checks its structure, in time linear in its size, and throws
 * {@link ModelValidationException} naming the object, id and field at fault: at least one focus person; every id
 * unique across the whole situation; every reference resolves to an object of the right kind; a decision is not
 * dated before its meeting; an evaluation is not dated before the decisions of the plan it evaluates. Nothing else is
 * checked: a plan that breaks every Nieuwe Route principle is a valid record. While it checks the references, it
 * keeps where each reference to a participant points (the participant's position in {@link #participants()}) as the
 * situation's {@link #index()}, so that {@link #sphereOf(String)}, the rules, the route classifier and a caller's own
 * rules need not look references up again; this costs about four bytes per reference.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class Situation {

    Situation() {}

    /** @return the id of the situation, never null */
    public abstract String id();

    /** @return a description, free text the library never prints; empty if not recorded */
    @Value.Redacted
    public abstract Optional<String> description();

    /**
     * Returns citations of the sources the record rests on, such as {@code "000_003bca9ac70bd78f.txt:264-268"}. Free
     * text (a caller can cite a case file by a person's name): never printed by the library itself.
     *
     * @return the citations, never null
     */
    @Value.Redacted
    public abstract List<String> sources();

    /** @return what in the record is assumed or synthetic rather than taken from a source; free text, never printed */
    @Value.Redacted
    public abstract List<String> assumptions();

    /** @return everyone involved, never null */
    public abstract List<Participant> participants();

    /** @return the questions, never null */
    public abstract List<Question> questions();

    /** @return the plan meetings, never null */
    public abstract List<PlanMeeting> meetings();

    /** @return the decisions, never null */
    public abstract List<Decision> decisions();

    /** @return the plans, never null */
    public abstract List<Plan> plans();

    /** @return the requests, never null */
    public abstract List<Request> requests();

    /** @return the information items, never null */
    public abstract List<InformationItem> informationItems();

    /** @return the exchanges, never null */
    public abstract List<Exchange> exchanges();

    /** @return the safety frames, never null */
    public abstract List<SafetyFrame> safetyFrames();

    /** @return the evaluations, never null */
    public abstract List<Evaluation> evaluations();

    /** @return the handovers and referrals, never null */
    public abstract List<Handover> handovers();

    /** @return the initiatives, never null */
    public abstract List<Initiative> initiatives();

    /**
     * Returns the results the plans are meant to achieve, with their assessments (R-17; the K2 report's "denken in
     * resultaten", {@code 004_5944939a3c113dbb.txt:2724-2751}).
     *
     * @return the outcomes, never null
     */
    public abstract List<Outcome> outcomes();

    /**
     * Returns the households: people living together whose questions are related (R-16; the Van Dalen family,
     * {@code 004_5944939a3c113dbb.txt:173-174}).
     *
     * @return the households, never null
     */
    public abstract List<Household> households();

    /**
     * Returns the focus persons: the participants the situation is about.
     *
     * @return at least one participant, in recorded order, never null
     */
    @Value.Lazy
    public List<Participant> focusPersons() {
        return participants().stream().filter(Participant::isFocusPerson).collect(Collectors.toUnmodifiableList());
    }

    /**
     * Finds a participant by id.
     *
     * @param participantId the id, not null
     * @return the participant, empty if there is none with that id
     */
    public final Optional<Participant> participant(String participantId) {
        int p = index().position(Objects.requireNonNull(participantId, "participantId"));
        return p < 0 ? Optional.empty() : Optional.of(index().participant(p));
    }

    /**
     * Returns the sphere of a participant.
     *
     * @param participantId the id, not null
     * @return the sphere, or {@link Sphere#UNKNOWN} if there is no participant with that id
     */
    public final Sphere sphereOf(String participantId) {
        int p = index().position(Objects.requireNonNull(participantId, "participantId"));
        return p < 0 ? Sphere.UNKNOWN : index().sphere(p);
    }

    /**
     * Finds a decision by id.
     *
     * @param decisionId the id, not null
     * @return the decision, empty if there is none with that id
     */
    public final Optional<Decision> decision(String decisionId) {
        int d = index().decisionIndex(Objects.requireNonNull(decisionId, "decisionId"));
        return d < 0 ? Optional.empty() : Optional.of(decisions().get(d));
    }

    /**
     * Returns all agreements of all plans.
     *
     * @return the agreements in plan order, never null
     */
    @Value.Lazy
    public List<Agreement> agreements() {
        return plans().stream().flatMap(p -> p.agreements().stream()).collect(Collectors.toUnmodifiableList());
    }

    /**
     * Returns the agreements made by a decision.
     *
     * @param decisionId the decision's id, not null
     * @return the agreements, in plan order, empty if none; never null
     */
    public final List<Agreement> agreementsOf(String decisionId) {
        int d = index().decisionIndex(Objects.requireNonNull(decisionId, "decisionId"));
        if (d < 0) {
            return List.of();
        }
        IndexList made = index().agreementsOf(d);
        Agreement[] agreements = new Agreement[made.size()];
        for (int k = 0; k < agreements.length; k++) {
            agreements[k] = agreements().get(made.get(k));
        }
        return List.of(agreements);
    }

    /**
     * Returns the decisions ordered by date, then by id, so that equal content gives the same order whatever order
     * the decisions were recorded in.
     *
     * @return the decisions in time order, never null
     */
    @Value.Lazy
    public List<Decision> decisionsInTimeOrder() {
        IndexList order = index().decisionsInTimeOrder();
        Decision[] ordered = new Decision[order.size()];
        for (int k = 0; k < ordered.length; k++) {
            ordered[k] = decisions().get(order.get(k));
        }
        return List.of(ordered);
    }

    /**
     * Returns the situation's index: its references resolved to positions, made by the validator when the situation
     * was built. It is the supported fast way to read who is referred to where (see {@link SituationIndex}); the
     * standard rules and the route classifier read it, and so can a caller's own rule. It is not part of the
     * situation's value ({@code equals}, {@code hashCode} and {@code toString} leave it out), and it is read-only.
     *
     * @return the index, never null; the same instance on every call
     */
    @Value.Lazy
    public SituationIndex index() {
        return SituationValidator.validate(this);
    }

    /** @return a new builder, never null */
    public static Builder builder() {
        return ImmutableSituation.builder();
    }

    /** Builds a {@link Situation}. Not thread-safe. */
    public interface Builder {
        /**
         * @param id not null
         * @return this builder
         */
        Builder id(String id);

        /**
         * @param description not null
         * @return this builder
         */
        Builder description(String description);

        /**
         * @param description not null
         * @return this builder
         */
        Builder description(Optional<String> description);

        /**
         * @param source a citation such as {@code "001_efdc3dbc7d93ff68.txt:24"}, not null
         * @return this builder
         */
        Builder addSource(String source);

        /**
         * @param sources citations, not null
         * @return this builder
         */
        Builder addAllSources(Iterable<String> sources);

        /**
         * @param assumption what is assumed or synthetic, not null
         * @return this builder
         */
        Builder addAssumption(String assumption);

        /**
         * @param assumptions what is assumed or synthetic, not null
         * @return this builder
         */
        Builder addAllAssumptions(Iterable<String> assumptions);

        /**
         * @param participant not null
         * @return this builder
         */
        Builder addParticipant(Participant participant);

        /**
         * @param participants not null
         * @return this builder
         */
        Builder addParticipants(Participant... participants);

        /**
         * @param participants not null
         * @return this builder
         */
        Builder addAllParticipants(Iterable<? extends Participant> participants);

        /**
         * @param question not null
         * @return this builder
         */
        Builder addQuestion(Question question);

        /**
         * @param questions not null
         * @return this builder
         */
        Builder addAllQuestions(Iterable<? extends Question> questions);

        /**
         * @param meeting not null
         * @return this builder
         */
        Builder addMeeting(PlanMeeting meeting);

        /**
         * @param meetings not null
         * @return this builder
         */
        Builder addAllMeetings(Iterable<? extends PlanMeeting> meetings);

        /**
         * @param decision not null
         * @return this builder
         */
        Builder addDecision(Decision decision);

        /**
         * @param decisions not null
         * @return this builder
         */
        Builder addAllDecisions(Iterable<? extends Decision> decisions);

        /**
         * @param plan not null
         * @return this builder
         */
        Builder addPlan(Plan plan);

        /**
         * @param plans not null
         * @return this builder
         */
        Builder addAllPlans(Iterable<? extends Plan> plans);

        /**
         * @param request not null
         * @return this builder
         */
        Builder addRequest(Request request);

        /**
         * @param requests not null
         * @return this builder
         */
        Builder addAllRequests(Iterable<? extends Request> requests);

        /**
         * @param item not null
         * @return this builder
         */
        Builder addInformationItem(InformationItem item);

        /**
         * @param items not null
         * @return this builder
         */
        Builder addAllInformationItems(Iterable<? extends InformationItem> items);

        /**
         * @param exchange not null
         * @return this builder
         */
        Builder addExchange(Exchange exchange);

        /**
         * @param exchanges not null
         * @return this builder
         */
        Builder addAllExchanges(Iterable<? extends Exchange> exchanges);

        /**
         * @param frame not null
         * @return this builder
         */
        Builder addSafetyFrame(SafetyFrame frame);

        /**
         * @param frames not null
         * @return this builder
         */
        Builder addAllSafetyFrames(Iterable<? extends SafetyFrame> frames);

        /**
         * @param evaluation not null
         * @return this builder
         */
        Builder addEvaluation(Evaluation evaluation);

        /**
         * @param evaluations not null
         * @return this builder
         */
        Builder addAllEvaluations(Iterable<? extends Evaluation> evaluations);

        /**
         * @param handover not null
         * @return this builder
         */
        Builder addHandover(Handover handover);

        /**
         * @param handovers not null
         * @return this builder
         */
        Builder addAllHandovers(Iterable<? extends Handover> handovers);

        /**
         * @param initiative not null
         * @return this builder
         */
        Builder addInitiative(Initiative initiative);

        /**
         * @param initiatives not null
         * @return this builder
         */
        Builder addAllInitiatives(Iterable<? extends Initiative> initiatives);

        /**
         * @param outcome not null
         * @return this builder
         */
        Builder addOutcome(Outcome outcome);

        /**
         * @param outcomes not null
         * @return this builder
         */
        Builder addAllOutcomes(Iterable<? extends Outcome> outcomes);

        /**
         * @param household not null
         * @return this builder
         */
        Builder addHousehold(Household household);

        /**
         * @param households not null
         * @return this builder
         */
        Builder addAllHouseholds(Iterable<? extends Household> households);

        /**
         * Builds the situation and checks its structure.
         *
         * @return the situation, never null
         * @throws ModelValidationException if the structure is broken; the exception names object, id and field
         */
        Situation build();
    }

    /**
     * Returns a builder holding everything this situation holds, to derive a changed copy.
     *
     * @return a new builder, never null
     */
    public final Builder toBuilder() {
        return builder().id(id()).description(description()).addAllSources(sources())
                .addAllAssumptions(assumptions()).addAllParticipants(participants()).addAllQuestions(questions())
                .addAllMeetings(meetings()).addAllDecisions(decisions()).addAllPlans(plans())
                .addAllRequests(requests()).addAllInformationItems(informationItems()).addAllExchanges(exchanges())
                .addAllSafetyFrames(safetyFrames()).addAllEvaluations(evaluations()).addAllHandovers(handovers())
                .addAllInitiatives(initiatives()).addAllOutcomes(outcomes()).addAllHouseholds(households());
    }

    @Value.Check
    void check() {
        Checks.id("Situation", null, "id", id());
        Checks.notBlank("Situation", id(), "description", description());
        index(); // validates, and keeps the positions it resolved
    }
}
