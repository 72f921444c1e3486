package io.github.nieuweroute.model;

import io.github.nieuweroute.internal.IdTable;
import io.github.nieuweroute.model.ModelValidationException.Problem;
import java.time.LocalDate;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Checks the structure of a {@link Situation} in one pass over its records: ids, references, focus person, date
 * order. Time and memory are linear in the size of the situation. Every reference to a participant is resolved to
 * the participant's position on the way, and what was found is kept as the situation's {@link SituationIndex}, so
 * that no one has to look the references up again.
 */
final class SituationValidator {

    /** The kinds of object an id can name. */
    enum Kind {
        SITUATION, PARTICIPANT, QUESTION, MEETING, DECISION, PLAN, AGREEMENT, REQUEST, INFORMATION_ITEM, EXCHANGE,
        SAFETY_FRAME, EVALUATION, HANDOVER, INITIATIVE, OUTCOME, HOUSEHOLD
    }

    private static final Set<Kind> PARTICIPANT = EnumSet.of(Kind.PARTICIPANT);
    private static final Set<Kind> MEETING = EnumSet.of(Kind.MEETING);
    private static final Set<Kind> DECISION = EnumSet.of(Kind.DECISION);
    private static final Set<Kind> PLAN = EnumSet.of(Kind.PLAN);
    private static final Set<Kind> OUTCOME = EnumSet.of(Kind.OUTCOME);
    private static final Set<Kind> COVERABLE = EnumSet.of(Kind.DECISION, Kind.AGREEMENT, Kind.INFORMATION_ITEM,
            Kind.OUTCOME, Kind.QUESTION);

    /** The ids of everything but the participants, which {@link #participantIds} holds. */
    private final Map<String, Kind> kinds;
    private final IdTable meetingIds;

    /** What the validator finds as it checks the references, kept by the situation. */
    private final SituationIndex found;

    private SituationValidator(Situation s) {
        int ids = 1 + s.questions().size() + s.meetings().size() + s.decisions().size() + s.requests().size()
                + s.informationItems().size() + s.exchanges().size() + s.safetyFrames().size()
                + s.evaluations().size() + s.handovers().size() + s.initiatives().size() + s.outcomes().size()
                + s.households().size();
        int agreements = 0;
        for (Plan p : s.plans()) {
            agreements += p.agreements().size();
        }
        ids += s.plans().size() + agreements;
        // sized for every id at once: growing the table while reading a large situation costs rehashing
        this.kinds = new HashMap<>(ids * 4 / 3 + 1);
        this.meetingIds = new IdTable(s.meetings().size());
        this.found = new SituationIndex(s, agreements);
    }

    /**
     * Validates the situation and resolves its references to participants.
     *
     * @param s the situation, not null
     * @return the positions of its references, never null
     * @throws ModelValidationException at the first structural problem
     */
    static SituationIndex validate(Situation s) {
        SituationValidator v = new SituationValidator(s);
        v.run(s);
        return v.found.complete();
    }

    private void run(Situation s) {
        register("Situation", s.id(), Kind.SITUATION);
        for (Participant p : s.participants()) {
            registerParticipant(s, p);
        }
        s.questions().forEach(q -> register("Question", q.id(), Kind.QUESTION));
        for (PlanMeeting m : s.meetings()) {
            register("PlanMeeting", m.id(), Kind.MEETING);
            meetingIds.add(m.id());
        }
        for (Decision d : s.decisions()) {
            register("Decision", d.id(), Kind.DECISION);
            found.decisionIds.add(d.id());
        }
        for (Plan p : s.plans()) {
            register("Plan", p.id(), Kind.PLAN);
            p.agreements().forEach(a -> register("Agreement", a.id(), Kind.AGREEMENT));
        }
        s.requests().forEach(r -> register("Request", r.id(), Kind.REQUEST));
        s.informationItems().forEach(i -> register("InformationItem", i.id(), Kind.INFORMATION_ITEM));
        s.exchanges().forEach(e -> register("Exchange", e.id(), Kind.EXCHANGE));
        s.safetyFrames().forEach(f -> register("SafetyFrame", f.id(), Kind.SAFETY_FRAME));
        s.evaluations().forEach(e -> register("Evaluation", e.id(), Kind.EVALUATION));
        s.handovers().forEach(h -> register("Handover", h.id(), Kind.HANDOVER));
        s.initiatives().forEach(i -> register("Initiative", i.id(), Kind.INITIATIVE));
        s.outcomes().forEach(o -> register("Outcome", o.id(), Kind.OUTCOME));
        s.households().forEach(h -> register("Household", h.id(), Kind.HOUSEHOLD));

        for (Participant p : s.participants()) {
            for (LoadAssessment a : p.loadAssessments()) {
                participant("Participant", p.id(), "loadAssessments.assessedBy", a.assessedBy());
            }
            participants("Participant", p.id(), "authorityHolders", p.authorityHolders());
        }
        if (s.participants().stream().noneMatch(Participant::isFocusPerson)) {
            throw new ModelValidationException("Situation", s.id(), "participants", Problem.NO_FOCUS_PERSON,
                    "a situation has at least one participant with sphere FOCUS_PERSON");
        }
        int k = 0;
        for (Question q : s.questions()) {
            participant("Question", q.id(), "askedBy", q.askedBy());
            found.questionOwners[k++] = participants("Question", q.id(), "owners", q.owners());
            participants("Question", q.id(), "about", q.about());
        }
        k = 0;
        for (PlanMeeting m : s.meetings()) {
            participant("PlanMeeting", m.id(), "organiser", m.organiser());
            found.facilitator[k] = participant("PlanMeeting", m.id(), "facilitator", m.facilitator());
            participants("PlanMeeting", m.id(), "invited", m.invited());
            found.attended[k++] = participants("PlanMeeting", m.id(), "attended", m.attended());
            participants("PlanMeeting", m.id(), "objectedTo", m.objectedTo());
        }
        k = 0;
        for (Decision d : s.decisions()) {
            participation(d, k);
            wishesAndReasons(d, k);
            int m = -1;
            if (d.meeting().isPresent()) {
                m = meetingIds.find(d.meeting().get());
                if (m < 0) {
                    resolve("Decision", d.id(), "meeting", d.meeting().get(), MEETING); // throws
                }
                notBefore("Decision", d.id(), "date", d.date(), s.meetings().get(m).date(),
                        "dated before its meeting", d.meeting().get());
            }
            found.decisionMeeting[k++] = m;
        }
        Map<String, LocalDate> firstDecisionOfPlan = new HashMap<>();
        k = 0;
        int plan = 0;
        for (Plan p : s.plans()) {
            found.planOwners[plan++] = participants("Plan", p.id(), "owners", p.owners());
            for (Agreement a : p.agreements()) {
                int d = found.decisionIds.find(a.decision());
                if (d < 0) {
                    resolve("Agreement", a.id(), "decision", a.decision(), DECISION); // throws
                }
                found.agreementDecision[k] = d;
                found.performers[k] = participants("Agreement", a.id(), "performers", a.performers());
                found.proposer[k++] = participant("Agreement", a.id(), "proposer", a.proposer());
                for (String o : a.outcomes()) {
                    resolve("Agreement", a.id(), "outcomes", o, OUTCOME);
                }
                firstDecisionOfPlan.merge(p.id(), s.decisions().get(d).date(), (x, y) -> x.isBefore(y) ? x : y);
            }
        }
        k = 0;
        for (Request r : s.requests()) {
            participant("Request", r.id(), "from", r.from());
            found.requestTo[k++] = participant("Request", r.id(), "to", r.to());
        }
        k = 0;
        for (InformationItem i : s.informationItems()) {
            participant("InformationItem", i.id(), "concerns", i.concerns());
            found.holders[k] = participants("InformationItem", i.id(), "holders", i.holders());
            found.sharedWith[k++] = participants("InformationItem", i.id(), "sharedWith", i.sharedWith());
        }
        k = 0;
        for (Exchange e : s.exchanges()) {
            found.giver[k] = participant("Exchange", e.id(), "giver", e.giver());
            found.receiver[k++] = participant("Exchange", e.id(), "receiver", e.receiver());
        }
        for (SafetyFrame f : s.safetyFrames()) {
            participant("SafetyFrame", f.id(), "setBy", f.setBy());
            for (String covered : f.coveredIds()) {
                resolve("SafetyFrame", f.id(), "coveredIds", covered, COVERABLE);
            }
            for (SafetyCondition c : f.conditions()) {
                participant("SafetyFrame", f.id(), "conditions.subject", c.subject());
                participants("SafetyFrame", f.id(), "conditions.persons", c.persons());
                participants("SafetyFrame", f.id(), "conditions.supervisors", c.supervisors());
            }
        }
        for (Evaluation e : s.evaluations()) {
            participants("Evaluation", e.id(), "participants", e.participants());
            if (e.plan().isPresent()) {
                resolve("Evaluation", e.id(), "plan", e.plan().get(), PLAN);
                notBefore("Evaluation", e.id(), "date", e.date(), firstDecisionOfPlan.get(e.plan().get()),
                        "dated before the first decision of plan", e.plan().get());
            }
        }
        for (Handover h : s.handovers()) {
            participant("Handover", h.id(), "from", h.from());
            participant("Handover", h.id(), "to", h.to());
        }
        for (Initiative i : s.initiatives()) {
            participant("Initiative", i.id(), "owner", i.owner());
            participant("Initiative", i.id(), "takenOverBy", i.takenOverBy());
        }
        for (Household h : s.households()) {
            participants("Household", h.id(), "members", h.members());
        }
        for (Outcome o : s.outcomes()) {
            participant("Outcome", o.id(), "person", o.person());
            for (OutcomeAssessment a : o.assessments()) {
                participants("Outcome", o.id(), "assessments.assessedWith", a.assessedWith());
            }
        }
    }

    private void registerParticipant(Situation s, Participant p) {
        int position = found.participantIds.size();
        if (p.id().equals(s.id())) {
            throw duplicate("Participant", p.id(), Kind.SITUATION);
        }
        if (found.participantIds.add(p.id()) != position) {
            throw duplicate("Participant", p.id(), Kind.PARTICIPANT);
        }
        found.participants[position] = p;
        found.spheres[position] = (byte) p.sphere().ordinal();
        found.idKeys[position] = SituationIndex.idKey(p.id());
    }

    private void register(String type, String id, Kind kind) {
        Kind previous = found.participantIds.contains(id) ? Kind.PARTICIPANT : kinds.putIfAbsent(id, kind);
        if (previous != null) {
            throw duplicate(type, id, previous);
        }
    }

    private static ModelValidationException duplicate(String type, String id, Kind previous) {
        return new ModelValidationException(type, id, "id", Problem.DUPLICATE_ID,
                "the id is already used by a " + previous.name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ')
                        + " of this situation; ids are unique across the whole situation");
    }

    /** Resolves the participation map, keeping positions and levels in the map's order. */
    private void participation(Decision d, int k) {
        Map<String, ParticipationLevel> participation = d.participation();
        int[] positions = new int[participation.size()];
        byte[] levels = new byte[positions.length];
        int i = 0;
        for (Map.Entry<String, ParticipationLevel> e : participation.entrySet()) {
            positions[i] = participant("Decision", d.id(), "participation", e.getKey());
            levels[i++] = (byte) e.getValue().ordinal();
        }
        found.decisionParticipants[k] = IndexList.wrap(positions);
        found.decisionLevels[k] = levels;
    }

    /** Resolves who holds and conveyed each wish, and who gave each reason, in the decision's order of them. */
    private void wishesAndReasons(Decision d, int k) {
        int[] holders = new int[d.wishes().size()];
        int[] conveyors = new int[holders.length];
        int i = 0;
        for (Wish w : d.wishes()) {
            holders[i] = participant("Decision", d.id(), "wishes.holder", w.holder());
            conveyors[i++] = participant("Decision", d.id(), "wishes.conveyedBy", w.conveyedBy());
        }
        int[] givers = new int[d.reasons().size()];
        i = 0;
        for (Reason r : d.reasons()) {
            givers[i++] = participant("Decision", d.id(), "reasons.givenBy", r.givenBy());
        }
        found.wishHolders[k] = IndexList.wrap(holders);
        found.wishConveyors[k] = IndexList.wrap(conveyors);
        found.reasonGivers[k] = IndexList.wrap(givers);
    }

    /** @return the position of the referenced participant, -1 if the reference is absent */
    private int participant(String type, String id, String field, Optional<String> ref) {
        return ref.isPresent() ? participant(type, id, field, ref.get()) : -1;
    }

    private int participant(String type, String id, String field, String ref) {
        int position = found.participantIds.find(ref);
        if (position < 0) {
            throw unresolved(type, id, field, ref, PARTICIPANT);
        }
        return position;
    }

    private IndexList participants(String type, String id, String field, Collection<String> refs) {
        if (refs.isEmpty()) {
            return IndexList.EMPTY;
        }
        int[] positions = new int[refs.size()];
        int i = 0;
        for (String ref : refs) {
            positions[i++] = participant(type, id, field, ref);
        }
        return IndexList.wrap(positions);
    }

    private void resolve(String type, String id, String field, String ref, Set<Kind> expected) {
        Kind actual = kinds.get(ref);
        if (actual == null || !expected.contains(actual)) {
            throw unresolved(type, id, field, ref, expected);
        }
    }

    private static ModelValidationException unresolved(String type, String id, String field, String ref,
            Set<Kind> expected) {
        String wanted = expected.stream().map(k -> k.name().toLowerCase(java.util.Locale.ROOT).replace('_', ' '))
                .reduce((a, b) -> a + " or " + b).orElse("object");
        return new ModelValidationException(type, id, field, Problem.UNRESOLVED_REFERENCE,
                "refers to '" + ref + "', which is no " + wanted + " of this situation");
    }

    /** Throws {@link Problem#DATE_ORDER} when the date lies before the earliest; the message is made only then. */
    private static void notBefore(String type, String id, String field, LocalDate date, LocalDate earliest,
            String what, String ref) {
        if (earliest != null && date.isBefore(earliest)) {
            throw new ModelValidationException(type, id, field, Problem.DATE_ORDER, what + " '" + ref + "'");
        }
    }
}
