package io.github.nieuweroute.internal;

import io.github.nieuweroute.model.Agreement;
import io.github.nieuweroute.model.Decision;
import io.github.nieuweroute.model.Evaluation;
import io.github.nieuweroute.model.Exchange;
import io.github.nieuweroute.model.Handover;
import io.github.nieuweroute.model.InformationItem;
import io.github.nieuweroute.model.Initiative;
import io.github.nieuweroute.model.ModelValidationException;
import io.github.nieuweroute.model.ModelValidationException.Problem;
import io.github.nieuweroute.model.Participant;
import io.github.nieuweroute.model.Plan;
import io.github.nieuweroute.model.PlanMeeting;
import io.github.nieuweroute.model.Question;
import io.github.nieuweroute.model.Request;
import io.github.nieuweroute.model.SafetyFrame;
import io.github.nieuweroute.model.Situation;
import java.time.LocalDate;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Checks the structure of a {@link Situation} in one pass over its records: ids, references, focus person, date
 * order. Time and memory are linear in the size of the situation.
 */
public final class SituationValidator {

    /** The kinds of object an id can name. */
    enum Kind {
        SITUATION, PARTICIPANT, QUESTION, MEETING, DECISION, PLAN, AGREEMENT, REQUEST, INFORMATION_ITEM, EXCHANGE,
        SAFETY_FRAME, EVALUATION, HANDOVER, INITIATIVE
    }

    private static final Set<Kind> PARTICIPANT = EnumSet.of(Kind.PARTICIPANT);
    private static final Set<Kind> MEETING = EnumSet.of(Kind.MEETING);
    private static final Set<Kind> DECISION = EnumSet.of(Kind.DECISION);
    private static final Set<Kind> PLAN = EnumSet.of(Kind.PLAN);
    private static final Set<Kind> COVERABLE = EnumSet.of(Kind.DECISION, Kind.AGREEMENT, Kind.INFORMATION_ITEM);

    private final Map<String, Kind> kinds;
    private final Map<String, LocalDate> meetingDates = new HashMap<>();
    private final Map<String, LocalDate> decisionDates = new HashMap<>();

    private SituationValidator(Situation s) {
        int ids = 1 + s.participants().size() + s.questions().size() + s.meetings().size() + s.decisions().size()
                + s.requests().size() + s.informationItems().size() + s.exchanges().size() + s.safetyFrames().size()
                + s.evaluations().size() + s.handovers().size() + s.initiatives().size();
        for (Plan p : s.plans()) {
            ids += 1 + p.agreements().size();
        }
        // sized for every id at once: growing the table while reading a large situation costs rehashing
        this.kinds = new HashMap<>(ids * 4 / 3 + 1);
    }

    /**
     * Validates the situation.
     *
     * @param s the situation, not null
     * @throws ModelValidationException at the first structural problem
     */
    public static void validate(Situation s) {
        new SituationValidator(s).run(s);
    }

    private void run(Situation s) {
        register("Situation", s.id(), Kind.SITUATION);
        s.participants().forEach(p -> register("Participant", p.id(), Kind.PARTICIPANT));
        s.questions().forEach(q -> register("Question", q.id(), Kind.QUESTION));
        s.meetings().forEach(m -> register("PlanMeeting", m.id(), Kind.MEETING));
        s.decisions().forEach(d -> register("Decision", d.id(), Kind.DECISION));
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

        if (s.participants().stream().noneMatch(Participant::isFocusPerson)) {
            throw new ModelValidationException("Situation", s.id(), "participants", Problem.NO_FOCUS_PERSON,
                    "a situation has at least one participant with sphere FOCUS_PERSON");
        }
        for (Question q : s.questions()) {
            participant("Question", q.id(), "askedBy", q.askedBy());
        }
        for (PlanMeeting m : s.meetings()) {
            meetingDates.put(m.id(), m.date());
            participant("PlanMeeting", m.id(), "organiser", m.organiser());
            participant("PlanMeeting", m.id(), "facilitator", m.facilitator());
            participants("PlanMeeting", m.id(), "invited", m.invited());
            participants("PlanMeeting", m.id(), "attended", m.attended());
            participants("PlanMeeting", m.id(), "objectedTo", m.objectedTo());
        }
        for (Decision d : s.decisions()) {
            decisionDates.put(d.id(), d.date());
            participants("Decision", d.id(), "participation", d.participation().keySet());
            if (d.meeting().isPresent()) {
                resolve("Decision", d.id(), "meeting", d.meeting().get(), MEETING);
                notBefore("Decision", d.id(), "date", d.date(), meetingDates.get(d.meeting().get()),
                        "dated before its meeting", d.meeting().get());
            }
        }
        Map<String, LocalDate> firstDecisionOfPlan = new HashMap<>();
        for (Plan p : s.plans()) {
            participant("Plan", p.id(), "owner", p.owner());
            for (Agreement a : p.agreements()) {
                resolve("Agreement", a.id(), "decision", a.decision(), DECISION);
                participants("Agreement", a.id(), "performers", a.performers());
                participant("Agreement", a.id(), "proposer", a.proposer());
                firstDecisionOfPlan.merge(p.id(), decisionDates.get(a.decision()),
                        (x, y) -> x.isBefore(y) ? x : y);
            }
        }
        for (Request r : s.requests()) {
            participant("Request", r.id(), "from", Optional.of(r.from()));
            participant("Request", r.id(), "to", Optional.of(r.to()));
        }
        for (InformationItem i : s.informationItems()) {
            participant("InformationItem", i.id(), "concerns", i.concerns());
            participants("InformationItem", i.id(), "holders", i.holders());
            participants("InformationItem", i.id(), "sharedWith", i.sharedWith());
        }
        for (Exchange e : s.exchanges()) {
            participant("Exchange", e.id(), "giver", Optional.of(e.giver()));
            participant("Exchange", e.id(), "receiver", Optional.of(e.receiver()));
        }
        for (SafetyFrame f : s.safetyFrames()) {
            participant("SafetyFrame", f.id(), "setBy", Optional.of(f.setBy()));
            for (String covered : f.coveredIds()) {
                resolve("SafetyFrame", f.id(), "coveredIds", covered, COVERABLE);
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
            participant("Handover", h.id(), "from", Optional.of(h.from()));
            participant("Handover", h.id(), "to", Optional.of(h.to()));
        }
        for (Initiative i : s.initiatives()) {
            participant("Initiative", i.id(), "owner", Optional.of(i.owner()));
            participant("Initiative", i.id(), "takenOverBy", i.takenOverBy());
        }
    }

    private void register(String type, String id, Kind kind) {
        Kind previous = kinds.putIfAbsent(id, kind);
        if (previous != null) {
            throw new ModelValidationException(type, id, "id", Problem.DUPLICATE_ID,
                    "the id is already used by a " + previous.name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ')
                            + " of this situation; ids are unique across the whole situation");
        }
    }

    private void participant(String type, String id, String field, Optional<String> ref) {
        if (ref.isPresent()) {
            resolve(type, id, field, ref.get(), PARTICIPANT);
        }
    }

    private void participants(String type, String id, String field, Collection<String> refs) {
        for (String ref : refs) {
            resolve(type, id, field, ref, PARTICIPANT);
        }
    }

    private void resolve(String type, String id, String field, String ref, Set<Kind> expected) {
        Kind actual = kinds.get(ref);
        if (actual == null || !expected.contains(actual)) {
            String wanted = expected.stream().map(k -> k.name().toLowerCase(java.util.Locale.ROOT).replace('_', ' '))
                    .reduce((a, b) -> a + " or " + b).orElse("object");
            throw new ModelValidationException(type, id, field, Problem.UNRESOLVED_REFERENCE,
                    "refers to '" + ref + "', which is no " + wanted + " of this situation");
        }
    }

    /** Throws {@link Problem#DATE_ORDER} when the date lies before the earliest; the message is made only then. */
    private static void notBefore(String type, String id, String field, LocalDate date, LocalDate earliest,
            String what, String ref) {
        if (earliest != null && date.isBefore(earliest)) {
            throw new ModelValidationException(type, id, field, Problem.DATE_ORDER, what + " '" + ref + "'");
        }
    }
}
