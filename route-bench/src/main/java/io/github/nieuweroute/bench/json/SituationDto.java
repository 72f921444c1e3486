package io.github.nieuweroute.bench.json;

import io.github.nieuweroute.model.Agreement;
import io.github.nieuweroute.model.Decision;
import io.github.nieuweroute.model.Evaluation;
import io.github.nieuweroute.model.Exchange;
import io.github.nieuweroute.model.Handover;
import io.github.nieuweroute.model.InformationItem;
import io.github.nieuweroute.model.InformationKind;
import io.github.nieuweroute.model.Initiative;
import io.github.nieuweroute.model.MeetingKind;
import io.github.nieuweroute.model.Outcome;
import io.github.nieuweroute.model.Participant;
import io.github.nieuweroute.model.Plan;
import io.github.nieuweroute.model.PlanMeeting;
import io.github.nieuweroute.model.Question;
import io.github.nieuweroute.model.Request;
import io.github.nieuweroute.model.SafetyFrame;
import io.github.nieuweroute.model.Situation;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The peer of the JSON benchmarks: plain records carrying the same data as a situation, bound by plain Jackson 3
 * databinding with no validation, no references checked and no immutable model built.
 */
public record SituationDto(int formatVersion, String id, String description, List<String> sources,
        List<String> assumptions, List<ParticipantDto> participants, List<QuestionDto> questions,
        List<MeetingDto> meetings, List<DecisionDto> decisions, List<PlanDto> plans, List<RequestDto> requests,
        List<InformationItemDto> informationItems, List<ExchangeDto> exchanges, List<SafetyFrameDto> safetyFrames,
        List<EvaluationDto> evaluations, List<HandoverDto> handovers, List<InitiativeDto> initiatives,
        List<OutcomeDto> outcomes, List<HouseholdDto> households) {

    /** A participant. */
    public record ParticipantDto(String id, String sphere, String name, RelationDto relation, String organisation,
            String employer, List<LoadAssessmentDto> loadAssessments, String ageBand, List<String> authorityHolders,
            String facilitator, Boolean collective) {}

    /** How a carer's load stood to their capacity. */
    public record LoadAssessmentDto(LocalDate date, String balance, String assessedBy) {}

    /** A relation. */
    public record RelationDto(String code, String circle) {}

    /** A question. */
    public record QuestionDto(String id, String kind, String form, String text, String askedBy, LocalDate date,
            List<String> owners, List<String> about, String lifeDomain, String scheme, String financier,
            String loket) {}

    /** A plan meeting. */
    public record MeetingDto(String id, LocalDate date, String kind, String organiser, String facilitator,
            List<String> invited, List<String> attended, List<String> objectedTo, List<String> phases,
            Integer unrecordedAttendees) {}

    /** A decision. */
    public record DecisionDto(String id, LocalDate date, String subject, String meeting,
            Map<String, String> participation, List<WishDto> wishes, List<ReasonDto> reasons) {}

    /** A wish of someone the decision concerns. */
    public record WishDto(String holder, String conveyedBy, String outcome, String text) {}

    /** A reason given for a decision. */
    public record ReasonDto(String kind, String givenBy, String text) {}

    /** A plan. */
    public record PlanDto(String id, List<String> owners, LocalDate reviewDate, List<AgreementDto> agreements) {}

    /** An agreement. */
    public record AgreementDto(String id, String description, String decision, List<String> performers,
            String proposer, RecurrenceDto recurrence, String recordedNeed, OfferDto offer, List<String> outcomes) {}

    /** The offer an agreement draws on. */
    public record OfferDto(String kind, String catalogueItem, LocalDate contractStart, LocalDate contractEnd,
            String funder) {}

    /** An outcome the plan is meant to achieve. */
    public record OutcomeDto(String id, String person, String kantelingResult, String description,
            List<AssessmentDto> assessments) {}

    /** How far an outcome was met, assessed when and with whom. */
    public record AssessmentDto(LocalDate date, String status, List<String> assessedWith) {}

    /** A household of focus persons. */
    public record HouseholdDto(String id, List<String> members) {}

    /** A recurrence. */
    public record RecurrenceDto(String frequency, String rule) {}

    /** A request. */
    public record RequestDto(String id, LocalDate date, String from, String to, String kind, String description) {}

    /** An information item. */
    public record InformationItemDto(String id, String kind, String topic, String concerns, List<String> holders,
            List<String> sharedWith, String consent, Boolean planRelevant) {}

    /** An exchange. */
    public record ExchangeDto(String id, String giver, String receiver, String what, LocalDate date) {}

    /** A safety frame. */
    public record SafetyFrameDto(String id, String setBy, LocalDate date, List<String> constraints,
            List<String> coveredIds, List<ConditionDto> conditions) {}

    /** A condition of a safety frame. */
    public record ConditionDto(String kind, String subject, List<String> persons, List<String> supervisors) {}

    /** An evaluation. */
    public record EvaluationDto(String id, LocalDate date, String plan, List<String> participants) {}

    /** A handover. */
    public record HandoverDto(String id, LocalDate date, String from, String to, String kind, String consent) {}

    /** An initiative. */
    public record InitiativeDto(String id, String owner, String description, LocalDate date, String takenOverBy,
            LocalDate takenOverOn) {}

    /**
     * Copies a situation into records.
     *
     * @param s the situation, not null
     * @return the records, never null
     */
    public static SituationDto from(Situation s) {
        return new SituationDto(2, s.id(), s.description().orElse(null), s.sources(), s.assumptions(),
                map(s.participants(), SituationDto::participant), map(s.questions(), SituationDto::question),
                map(s.meetings(), SituationDto::meeting), map(s.decisions(), SituationDto::decision),
                map(s.plans(), SituationDto::plan), map(s.requests(), SituationDto::request),
                map(s.informationItems(), SituationDto::informationItem), map(s.exchanges(), SituationDto::exchange),
                map(s.safetyFrames(), SituationDto::safetyFrame), map(s.evaluations(), SituationDto::evaluation),
                map(s.handovers(), SituationDto::handover), map(s.initiatives(), SituationDto::initiative),
                map(s.outcomes(), SituationDto::outcome), map(s.households(),
                        h -> new HouseholdDto(h.id(), List.copyOf(h.members()))));
    }

    private static <T, R> List<R> map(List<T> values, java.util.function.Function<T, R> f) {
        return values.stream().map(f).collect(Collectors.toList());
    }

    private static String code(Enum<?> e) {
        return e == null ? null : e.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    private static ParticipantDto participant(Participant p) {
        return new ParticipantDto(p.id(), code(p.sphere()), p.name().orElse(null),
                p.relation().map(r -> new RelationDto(r.code(), code(r.circle()))).orElse(null),
                p.organisation().orElse(null), p.employer().orElse(null),
                map(p.loadAssessments(), a -> new LoadAssessmentDto(a.date(), code(a.balance()),
                        a.assessedBy().orElse(null))),
                p.ageBand().map(SituationDto::code).orElse(null), List.copyOf(p.authorityHolders()),
                p.facilitator().map(SituationDto::code).orElse(null),
                p.collective() ? Boolean.TRUE : null);
    }

    private static QuestionDto question(Question q) {
        return new QuestionDto(q.id(), code(q.kind()), q.form().map(SituationDto::code).orElse(null),
                q.text().orElse(null), q.askedBy().orElse(null), q.date().orElse(null), List.copyOf(q.owners()),
                List.copyOf(q.about()), q.lifeDomain().map(SituationDto::code).orElse(null),
                q.scheme().map(SituationDto::code).orElse(null), q.financier().map(SituationDto::code).orElse(null),
                q.loket().orElse(null));
    }

    private static MeetingDto meeting(PlanMeeting m) {
        return new MeetingDto(m.id(), m.date(), m.kind() == MeetingKind.PLAN_MEETING ? null : code(m.kind()),
                m.organiser().orElse(null), m.facilitator().orElse(null),
                List.copyOf(m.invited()), List.copyOf(m.attended()), List.copyOf(m.objectedTo()),
                map(m.phases(), SituationDto::code), m.unrecordedAttendees() == 0 ? null : m.unrecordedAttendees());
    }

    private static DecisionDto decision(Decision d) {
        Map<String, String> participation = new LinkedHashMap<>();
        d.participation().forEach((k, v) -> participation.put(k, code(v)));
        return new DecisionDto(d.id(), d.date(), d.subject().orElse(null), d.meeting().orElse(null), participation,
                map(d.wishes(), w -> new WishDto(w.holder(), w.conveyedBy(), code(w.outcome()),
                        w.text().orElse(null))),
                map(d.reasons(), r -> new ReasonDto(code(r.kind()), r.givenBy(), r.text().orElse(null))));
    }

    private static PlanDto plan(Plan p) {
        return new PlanDto(p.id(), List.copyOf(p.owners()), p.reviewDate().orElse(null),
                map(p.agreements(), SituationDto::agreement));
    }

    private static AgreementDto agreement(Agreement a) {
        return new AgreementDto(a.id(), a.description().orElse(null), a.decision(), List.copyOf(a.performers()),
                a.proposer().orElse(null),
                a.recurrence().map(r -> new RecurrenceDto(code(r.frequency()), r.rule().orElse(null))).orElse(null),
                a.recordedNeed().orElse(null), a.offer().map(o -> new OfferDto(code(o.kind()),
                        o.catalogueItem().orElse(null), o.contractStart().orElse(null), o.contractEnd().orElse(null),
                        o.funder().orElse(null)))
                        .orElse(null),
                List.copyOf(a.outcomes()));
    }

    private static RequestDto request(Request r) {
        return new RequestDto(r.id(), r.date(), r.from(), r.to(), code(r.kind()), r.description().orElse(null));
    }

    private static InformationItemDto informationItem(InformationItem i) {
        return new InformationItemDto(i.id(), i.kind() == InformationKind.INFORMATION ? null : code(i.kind()), i.topic().orElse(null), i.concerns().orElse(null),
                List.copyOf(i.holders()), List.copyOf(i.sharedWith()), code(i.consent()),
                i.planRelevant() ? null : Boolean.FALSE);
    }

    private static ExchangeDto exchange(Exchange e) {
        return new ExchangeDto(e.id(), e.giver(), e.receiver(), e.what().orElse(null), e.date().orElse(null));
    }

    private static SafetyFrameDto safetyFrame(SafetyFrame f) {
        return new SafetyFrameDto(f.id(), f.setBy(), f.date().orElse(null), f.constraints(),
                List.copyOf(f.coveredIds()), map(f.conditions(), c -> new ConditionDto(code(c.kind()), c.subject(),
                        List.copyOf(c.persons()), List.copyOf(c.supervisors()))));
    }

    private static EvaluationDto evaluation(Evaluation e) {
        return new EvaluationDto(e.id(), e.date(), e.plan().orElse(null), List.copyOf(e.participants()));
    }

    private static HandoverDto handover(Handover h) {
        return new HandoverDto(h.id(), h.date(), h.from(), h.to(), code(h.kind()),
                h.consent().map(SituationDto::code).orElse(null));
    }

    private static InitiativeDto initiative(Initiative i) {
        return new InitiativeDto(i.id(), i.owner(), i.description().orElse(null), i.date().orElse(null),
                i.takenOverBy().orElse(null), i.takenOverOn().orElse(null));
    }

    private static OutcomeDto outcome(Outcome o) {
        return new OutcomeDto(o.id(), o.person().orElse(null), o.kantelingResult().map(SituationDto::code).orElse(null),
                o.description().orElse(null), map(o.assessments(), a -> new AssessmentDto(a.date(), code(a.status()),
                        List.copyOf(a.assessedWith()))));
    }
}
