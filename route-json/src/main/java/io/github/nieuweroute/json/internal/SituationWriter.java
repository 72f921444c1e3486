package io.github.nieuweroute.json.internal;

import io.github.nieuweroute.model.Agreement;
import io.github.nieuweroute.model.Decision;
import io.github.nieuweroute.model.Evaluation;
import io.github.nieuweroute.model.Exchange;
import io.github.nieuweroute.model.Handover;
import io.github.nieuweroute.model.Household;
import io.github.nieuweroute.model.InformationItem;
import io.github.nieuweroute.model.InformationKind;
import io.github.nieuweroute.model.ConsentStatus;
import io.github.nieuweroute.model.Initiative;
import io.github.nieuweroute.model.MeetingKind;
import io.github.nieuweroute.model.Offer;
import io.github.nieuweroute.model.Outcome;
import io.github.nieuweroute.model.OutcomeAssessment;
import io.github.nieuweroute.model.LoadAssessment;
import io.github.nieuweroute.model.Participant;
import io.github.nieuweroute.model.ParticipationLevel;
import io.github.nieuweroute.model.Plan;
import io.github.nieuweroute.model.PlanMeeting;
import io.github.nieuweroute.model.Question;
import io.github.nieuweroute.model.Reason;
import io.github.nieuweroute.model.Recurrence;
import io.github.nieuweroute.model.Relation;
import io.github.nieuweroute.model.Request;
import io.github.nieuweroute.model.SafetyCondition;
import io.github.nieuweroute.model.SafetyFrame;
import io.github.nieuweroute.model.Situation;
import io.github.nieuweroute.model.Wish;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiConsumer;
import tools.jackson.core.JsonGenerator;

/**
 * Writes a situation in the canonical form of the format: fields in a fixed order (the order of
 * {@code docs/json-format.md}), absent values, empty arrays and default values left out. Stateless and thread-safe.
 */
public final class SituationWriter {

    private SituationWriter() {}

    /**
     * Writes the situation as one JSON object.
     *
     * @param s the situation, not null
     * @param g the generator, not null
     */
    public static void write(Situation s, JsonGenerator g) {
        g.writeStartObject();
        g.writeNumberProperty("formatVersion", SituationReader.FORMAT_VERSION);
        g.writeStringProperty("id", s.id());
        text(g, "description", s.description());
        strings(g, "sources", s.sources());
        strings(g, "assumptions", s.assumptions());
        objects(g, "participants", s.participants(), SituationWriter::participant);
        objects(g, "questions", s.questions(), SituationWriter::question);
        objects(g, "meetings", s.meetings(), SituationWriter::meeting);
        objects(g, "decisions", s.decisions(), SituationWriter::decision);
        objects(g, "plans", s.plans(), SituationWriter::plan);
        objects(g, "requests", s.requests(), SituationWriter::request);
        objects(g, "informationItems", s.informationItems(), SituationWriter::informationItem);
        objects(g, "exchanges", s.exchanges(), SituationWriter::exchange);
        objects(g, "safetyFrames", s.safetyFrames(), SituationWriter::safetyFrame);
        objects(g, "evaluations", s.evaluations(), SituationWriter::evaluation);
        objects(g, "handovers", s.handovers(), SituationWriter::handover);
        objects(g, "initiatives", s.initiatives(), SituationWriter::initiative);
        objects(g, "outcomes", s.outcomes(), SituationWriter::outcome);
        objects(g, "households", s.households(), SituationWriter::household);
        g.writeEndObject();
    }

    private static void participant(JsonGenerator g, Participant p) {
        g.writeStringProperty("id", p.id());
        g.writeStringProperty("sphere", Codes.SPHERE.code(p.sphere()));
        text(g, "name", p.name());
        if (p.relation().isPresent()) {
            Relation r = p.relation().get();
            g.writeName("relation");
            g.writeStartObject();
            g.writeStringProperty("code", r.code());
            g.writeStringProperty("circle", Codes.CIRCLE.code(r.circle()));
            g.writeEndObject();
        }
        text(g, "organisation", p.organisation());
        text(g, "employer", p.employer());
        objects(g, "loadAssessments", p.loadAssessments(), SituationWriter::loadAssessment);
        if (p.ageBand().isPresent()) {
            g.writeStringProperty("ageBand", Codes.AGE_BAND.code(p.ageBand().get()));
        }
        strings(g, "authorityHolders", p.authorityHolders());
        if (p.facilitator().isPresent()) {
            g.writeStringProperty("facilitator", Codes.FACILITATOR_ROLE.code(p.facilitator().get()));
        }
        if (p.collective()) {
            g.writeBooleanProperty("collective", true);
        }
    }

    private static void question(JsonGenerator g, Question q) {
        g.writeStringProperty("id", q.id());
        g.writeStringProperty("kind", Codes.QUESTION_KIND.code(q.kind()));
        if (q.form().isPresent()) {
            g.writeStringProperty("form", Codes.NETWORK_QUESTION_FORM.code(q.form().get()));
        }
        text(g, "text", q.text());
        text(g, "askedBy", q.askedBy());
        date(g, "date", q.date());
        strings(g, "owners", q.owners());
        strings(g, "about", q.about());
        if (q.lifeDomain().isPresent()) {
            g.writeStringProperty("lifeDomain", Codes.LIFE_DOMAIN.code(q.lifeDomain().get()));
        }
        if (q.scheme().isPresent()) {
            g.writeStringProperty("scheme", Codes.SCHEME.code(q.scheme().get()));
        }
        if (q.financier().isPresent()) {
            g.writeStringProperty("financier", Codes.FINANCIER.code(q.financier().get()));
        }
        text(g, "loket", q.loket());
    }

    private static void meeting(JsonGenerator g, PlanMeeting m) {
        g.writeStringProperty("id", m.id());
        g.writeStringProperty("date", m.date().toString());
        if (m.kind() != MeetingKind.PLAN_MEETING) {
            g.writeStringProperty("kind", Codes.MEETING_KIND.code(m.kind()));
        }
        text(g, "organiser", m.organiser());
        text(g, "facilitator", m.facilitator());
        strings(g, "invited", m.invited());
        strings(g, "attended", m.attended());
        strings(g, "objectedTo", m.objectedTo());
        if (!m.phases().isEmpty()) {
            g.writeName("phases");
            g.writeStartArray();
            for (var phase : m.phases()) {
                g.writeString(Codes.MEETING_PHASE.code(phase));
            }
            g.writeEndArray();
        }
        if (m.unrecordedAttendees() != 0) {
            g.writeNumberProperty("unrecordedAttendees", m.unrecordedAttendees());
        }
    }

    private static void decision(JsonGenerator g, Decision d) {
        g.writeStringProperty("id", d.id());
        g.writeStringProperty("date", d.date().toString());
        text(g, "subject", d.subject());
        text(g, "meeting", d.meeting());
        if (!d.participation().isEmpty()) {
            g.writeName("participation");
            g.writeStartObject();
            for (Map.Entry<String, ParticipationLevel> e : d.participation().entrySet()) {
                g.writeStringProperty(e.getKey(), Codes.PARTICIPATION_LEVEL.code(e.getValue()));
            }
            g.writeEndObject();
        }
        objects(g, "wishes", d.wishes(), SituationWriter::wish);
        objects(g, "reasons", d.reasons(), SituationWriter::reason);
    }

    private static void wish(JsonGenerator g, Wish w) {
        g.writeStringProperty("holder", w.holder());
        g.writeStringProperty("conveyedBy", w.conveyedBy());
        g.writeStringProperty("outcome", Codes.WISH_OUTCOME.code(w.outcome()));
        text(g, "text", w.text());
    }

    private static void reason(JsonGenerator g, Reason r) {
        g.writeStringProperty("kind", Codes.REASON_KIND.code(r.kind()));
        g.writeStringProperty("givenBy", r.givenBy());
        text(g, "text", r.text());
    }

    private static void plan(JsonGenerator g, Plan p) {
        g.writeStringProperty("id", p.id());
        strings(g, "owners", p.owners());
        date(g, "reviewDate", p.reviewDate());
        objects(g, "agreements", p.agreements(), SituationWriter::agreement);
    }

    private static void agreement(JsonGenerator g, Agreement a) {
        g.writeStringProperty("id", a.id());
        text(g, "description", a.description());
        g.writeStringProperty("decision", a.decision());
        strings(g, "performers", a.performers());
        text(g, "proposer", a.proposer());
        if (a.recurrence().isPresent()) {
            Recurrence r = a.recurrence().get();
            g.writeName("recurrence");
            g.writeStartObject();
            g.writeStringProperty("frequency", Codes.FREQUENCY.code(r.frequency()));
            text(g, "rule", r.rule());
            g.writeEndObject();
        }
        text(g, "recordedNeed", a.recordedNeed());
        if (a.offer().isPresent()) {
            Offer o = a.offer().get();
            g.writeName("offer");
            g.writeStartObject();
            g.writeStringProperty("kind", Codes.OFFER_KIND.code(o.kind()));
            text(g, "catalogueItem", o.catalogueItem());
            date(g, "contractStart", o.contractStart());
            date(g, "contractEnd", o.contractEnd());
            text(g, "funder", o.funder());
            g.writeEndObject();
        }
        strings(g, "outcomes", a.outcomes());
    }

    private static void request(JsonGenerator g, Request r) {
        g.writeStringProperty("id", r.id());
        g.writeStringProperty("date", r.date().toString());
        g.writeStringProperty("from", r.from());
        g.writeStringProperty("to", r.to());
        g.writeStringProperty("kind", Codes.REQUEST_KIND.code(r.kind()));
        text(g, "description", r.description());
    }

    private static void informationItem(JsonGenerator g, InformationItem i) {
        g.writeStringProperty("id", i.id());
        if (i.kind() != InformationKind.INFORMATION) {
            g.writeStringProperty("kind", Codes.INFORMATION_KIND.code(i.kind()));
        }
        text(g, "topic", i.topic());
        text(g, "concerns", i.concerns());
        strings(g, "holders", i.holders());
        strings(g, "sharedWith", i.sharedWith());
        if (i.consent() != ConsentStatus.NOT_ASKED) {
            g.writeStringProperty("consent", Codes.CONSENT_STATUS.code(i.consent()));
        }
        if (!i.planRelevant()) {
            g.writeBooleanProperty("planRelevant", false);
        }
    }

    private static void exchange(JsonGenerator g, Exchange e) {
        g.writeStringProperty("id", e.id());
        g.writeStringProperty("giver", e.giver());
        g.writeStringProperty("receiver", e.receiver());
        text(g, "what", e.what());
        date(g, "date", e.date());
    }

    private static void safetyFrame(JsonGenerator g, SafetyFrame f) {
        g.writeStringProperty("id", f.id());
        g.writeStringProperty("setBy", f.setBy());
        date(g, "date", f.date());
        strings(g, "constraints", f.constraints());
        strings(g, "coveredIds", f.coveredIds());
        objects(g, "conditions", f.conditions(), SituationWriter::safetyCondition);
    }

    private static void loadAssessment(JsonGenerator g, LoadAssessment a) {
        g.writeStringProperty("date", a.date().toString());
        g.writeStringProperty("balance", Codes.LOAD_BALANCE.code(a.balance()));
        text(g, "assessedBy", a.assessedBy());
    }

    private static void safetyCondition(JsonGenerator g, SafetyCondition c) {
        g.writeStringProperty("kind", Codes.SAFETY_CONDITION_KIND.code(c.kind()));
        g.writeStringProperty("subject", c.subject());
        strings(g, "persons", c.persons());
        strings(g, "supervisors", c.supervisors());
    }

    private static void evaluation(JsonGenerator g, Evaluation e) {
        g.writeStringProperty("id", e.id());
        g.writeStringProperty("date", e.date().toString());
        text(g, "plan", e.plan());
        strings(g, "participants", e.participants());
    }

    private static void handover(JsonGenerator g, Handover h) {
        g.writeStringProperty("id", h.id());
        g.writeStringProperty("date", h.date().toString());
        g.writeStringProperty("from", h.from());
        g.writeStringProperty("to", h.to());
        g.writeStringProperty("kind", Codes.HANDOVER_KIND.code(h.kind()));
        if (h.consent().isPresent()) {
            g.writeStringProperty("consent", Codes.CONSENT_STATUS.code(h.consent().get()));
        }
    }

    private static void initiative(JsonGenerator g, Initiative i) {
        g.writeStringProperty("id", i.id());
        g.writeStringProperty("owner", i.owner());
        text(g, "description", i.description());
        date(g, "date", i.date());
        text(g, "takenOverBy", i.takenOverBy());
        date(g, "takenOverOn", i.takenOverOn());
    }

    private static void outcome(JsonGenerator g, Outcome o) {
        g.writeStringProperty("id", o.id());
        text(g, "person", o.person());
        if (o.kantelingResult().isPresent()) {
            g.writeStringProperty("kantelingResult", Codes.KANTELING_RESULT.code(o.kantelingResult().get()));
        }
        text(g, "description", o.description());
        objects(g, "assessments", o.assessments(), SituationWriter::assessment);
    }

    private static void household(JsonGenerator g, Household h) {
        g.writeStringProperty("id", h.id());
        strings(g, "members", h.members());
    }

    private static void assessment(JsonGenerator g, OutcomeAssessment a) {
        g.writeStringProperty("date", a.date().toString());
        g.writeStringProperty("status", Codes.OUTCOME_STATUS.code(a.status()));
        strings(g, "assessedWith", a.assessedWith());
    }

    // -- shared shapes

    private static void text(JsonGenerator g, String name, Optional<String> value) {
        if (value.isPresent()) {
            g.writeStringProperty(name, value.get());
        }
    }

    private static void date(JsonGenerator g, String name, Optional<LocalDate> value) {
        if (value.isPresent()) {
            g.writeStringProperty(name, value.get().toString());
        }
    }

    private static void strings(JsonGenerator g, String name, Collection<String> values) {
        if (!values.isEmpty()) {
            g.writeName(name);
            g.writeStartArray();
            for (String value : values) {
                g.writeString(value);
            }
            g.writeEndArray();
        }
    }

    private static <T> void objects(JsonGenerator g, String name, List<T> values,
            BiConsumer<JsonGenerator, T> fields) {
        if (!values.isEmpty()) {
            g.writeName(name);
            g.writeStartArray();
            for (T value : values) {
                g.writeStartObject();
                fields.accept(g, value);
                g.writeEndObject();
            }
            g.writeEndArray();
        }
    }
}
