package io.github.nieuweroute.rule;

import io.github.nieuweroute.model.Agreement;
import io.github.nieuweroute.model.Decision;
import io.github.nieuweroute.model.Evaluation;
import io.github.nieuweroute.model.ConsentStatus;
import io.github.nieuweroute.model.Exchange;
import io.github.nieuweroute.model.FacilitatorRole;
import io.github.nieuweroute.model.InformationItem;
import io.github.nieuweroute.model.InformationKind;
import io.github.nieuweroute.model.MeetingPhase;
import io.github.nieuweroute.model.NetworkQuestionForm;
import io.github.nieuweroute.model.Participant;
import io.github.nieuweroute.model.ParticipationLevel;
import io.github.nieuweroute.model.Plan;
import io.github.nieuweroute.model.PlanMeeting;
import io.github.nieuweroute.model.Question;
import io.github.nieuweroute.model.Relation;
import io.github.nieuweroute.model.SafetyFrame;
import io.github.nieuweroute.model.Situation;
import io.github.nieuweroute.model.Sphere;
import java.time.LocalDate;
import java.util.List;

/**
 * Small synthetic situations for the rule tests (not seed cases). {@link #builder()} is a Nieuwe Route situation
 * that breaks no standard rule; tests add records to it to break one rule at a time.
 */
final class RuleFixtures {

    static final LocalDate DAY = LocalDate.of(2024, 1, 10);
    static final LocalDate LATER = LocalDate.of(2024, 3, 1);

    static final String FOCUS = "fp";
    static final String PARTNER = "partner";
    static final String AUNT = "aunt";
    static final String NEIGHBOUR = "neighbour";
    static final String WORKER = "worker";
    static final String COACH = "coach";

    static final List<String> EVERYONE = List.of(FOCUS, PARTNER, AUNT, NEIGHBOUR, WORKER, COACH);

    private RuleFixtures() {}

    /** A Nieuwe Route situation that every standard rule passes. */
    static Situation.Builder builder() {
        return Situation.builder().id("s1")
                .addParticipants(Participant.focusPerson(FOCUS),
                        Participant.lifeworld(PARTNER, Relation.PARTNER),
                        Participant.lifeworld(AUNT, Relation.FAMILY),
                        Participant.lifeworld(NEIGHBOUR, Relation.NEIGHBOUR),
                        Participant.professional(WORKER, "wijkteam"),
                        Participant.builder().id(COACH).sphere(Sphere.SYSTEM_WORLD).organisation("plancoaches")
                                .facilitator(FacilitatorRole.INDEPENDENT).build())
                .addQuestion(Question.network("q1", NetworkQuestionForm.WHO_FINDS_IT_IMPORTANT))
                .addMeeting(PlanMeeting.builder().id("m1").date(DAY).facilitator(COACH).addAllInvited(EVERYONE)
                        .addAllAttended(EVERYONE).addPhase(MeetingPhase.PREPARATION).addPhase(MeetingPhase.DISSENT)
                        .addPhase(MeetingPhase.DECISION).build())
                .addDecision(decision("d1", DAY, "m1", FOCUS, PARTNER, AUNT, NEIGHBOUR, WORKER))
                .addPlan(Plan.builder().id("plan1").owner(FOCUS)
                        .addAgreements(agreement("a1", "d1", AUNT, NEIGHBOUR),
                                Agreement.builder().id("a2").decision("d1").addPerformer(WORKER).proposer(PARTNER)
                                        .recordedNeed("debt counselling").build(),
                                agreement("a3", "d1", FOCUS, PARTNER))
                        .build())
                .addInformationItem(InformationItem.builder().id("i1").addHolder(WORKER).concerns(FOCUS)
                        .consent(ConsentStatus.GIVEN).addAllSharedWith(List.of(FOCUS, PARTNER, AUNT, NEIGHBOUR, COACH))
                        .build())
                .addInformationItem(InformationItem.builder().id("k1").kind(InformationKind.KNOWLEDGE)
                        .addHolder(WORKER).addAllSharedWith(List.of(FOCUS, PARTNER, AUNT, NEIGHBOUR, COACH)).build())
                // a circle of giving through two others (focus -> aunt -> neighbour -> focus), and a direct pair
                .addExchange(Exchange.of("x1", AUNT, NEIGHBOUR)).addExchange(Exchange.of("x2", FOCUS, AUNT))
                .addExchange(Exchange.of("x3", NEIGHBOUR, FOCUS)).addExchange(Exchange.of("x4", FOCUS, NEIGHBOUR))
                .addEvaluation(Evaluation.builder().id("e1").date(LATER).plan("plan1")
                        .addParticipants(FOCUS, AUNT, WORKER).build());
    }

    static Situation clean() {
        return builder().build();
    }

    /**
     * Returns the clean situation with decision d1 changed: a builder holding d1 as it is goes through the change.
     *
     * @param change adds to the builder of d1 (wishes, reasons), not null
     * @return the situation, never null
     */
    static Situation withD1(java.util.function.UnaryOperator<Decision.Builder> change) {
        Situation clean = clean();
        Decision d1 = clean.decision("d1").orElseThrow();
        Decision changed = change.apply(Decision.builder().id(d1.id()).date(d1.date()).meeting(d1.meeting())
                .putAllParticipation(d1.participation())).build();
        return Situation.builder().id(clean.id()).addAllParticipants(clean.participants())
                .addAllQuestions(clean.questions()).addAllMeetings(clean.meetings()).addDecision(changed)
                .addAllPlans(clean.plans()).addAllInformationItems(clean.informationItems())
                .addAllExchanges(clean.exchanges()).addAllEvaluations(clean.evaluations()).build();
    }

    /** A safety frame set by the worker, with a constraint, covering the given decision, agreement or item. */
    static SafetyFrame frameOver(String coveredId) {
        return SafetyFrame.builder().id("vt").setBy(WORKER).addConstraint("c").addCoveredId(coveredId).build();
    }

    /** A decision on a day, in a meeting (null for none), co-decided by the given participants. */
    static Decision decision(String id, LocalDate date, String meeting, String... coDeciders) {
        Decision.Builder b = Decision.builder().id(id).date(date);
        if (meeting != null) {
            b.meeting(meeting);
        }
        for (String p : coDeciders) {
            b.putParticipation(p, ParticipationLevel.CO_DECIDED);
        }
        return b.build();
    }

    /** An agreement of a decision, proposed by the focus person. */
    static Agreement agreement(String id, String decision, String... performers) {
        return Agreement.builder().id(id).decision(decision).addPerformers(performers).proposer(FOCUS).build();
    }

    /** A plan holding the given agreements. */
    static Plan plan(String id, Agreement... agreements) {
        return Plan.builder().id(id).addAgreements(agreements).build();
    }

    /** Returns the situation with its plans replaced by the given ones, every other record kept. */
    static Situation withPlans(Situation s, Plan... plans) {
        return Situation.builder().id(s.id()).addAllParticipants(s.participants()).addAllQuestions(s.questions())
                .addAllMeetings(s.meetings()).addAllDecisions(s.decisions()).addAllPlans(List.of(plans))
                .addAllRequests(s.requests()).addAllInformationItems(s.informationItems())
                .addAllExchanges(s.exchanges()).addAllSafetyFrames(s.safetyFrames())
                .addAllEvaluations(s.evaluations()).addAllHandovers(s.handovers())
                .addAllInitiatives(s.initiatives()).addAllOutcomes(s.outcomes())
                .addAllHouseholds(s.households()).build();
    }
}
