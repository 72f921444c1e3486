package io.github.nieuweroute.json.internal;

import io.github.nieuweroute.source.Provenance;
import java.util.Optional;
import io.github.nieuweroute.route.DecisionClassification;
import io.github.nieuweroute.route.RoutePeriod;
import io.github.nieuweroute.route.RouteReason;
import io.github.nieuweroute.route.SituationClassification;
import io.github.nieuweroute.rule.Evidence;
import io.github.nieuweroute.rule.EvidenceKind;
import io.github.nieuweroute.rule.Exemption;
import io.github.nieuweroute.rule.Finding;
import io.github.nieuweroute.rule.Report;
import io.github.nieuweroute.rule.Violation;
import java.util.Collection;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import tools.jackson.core.JsonGenerator;

/**
 * Writes a rule report in the canonical form of the format (docs/json-format.md, "Reports"): the route over time
 * with its reasons, then the violations and the recorded exemptions with their evidence ids. Enum values are the
 * codes of {@link Codes}, lower case with hyphens as in situations; nothing personal is written (reports carry ids and message keys only). Stateless and thread-safe.
 */
public final class ReportWriter {

    /** The version of the report format. */
    public static final int REPORT_FORMAT_VERSION = 2;
    /**
     * The version from which a report may count findings it does not list ({@code omittedViolations},
     * {@code omittedExemptions}); the same as {@link #REPORT_FORMAT_VERSION}, which also carries each finding's
     * provenance.
     */
    public static final int REPORT_FORMAT_VERSION_WITH_OMITTED = 2;

    /**
     * The field name of each kind of evidence: the field names of the situation format ({@code informationItems}).
     * Written out, like {@link Codes}, so renaming a constant in the core cannot change the format.
     */
    static final Map<EvidenceKind, String> EVIDENCE_FIELDS = evidenceFields(
            EvidenceKind.SITUATION, "situations", EvidenceKind.PARTICIPANT, "participants",
            EvidenceKind.QUESTION, "questions", EvidenceKind.MEETING, "meetings", EvidenceKind.DECISION, "decisions",
            EvidenceKind.PLAN, "plans", EvidenceKind.AGREEMENT, "agreements", EvidenceKind.REQUEST, "requests",
            EvidenceKind.INFORMATION_ITEM, "informationItems", EvidenceKind.EXCHANGE, "exchanges",
            EvidenceKind.SAFETY_FRAME, "safetyFrames", EvidenceKind.EVALUATION, "evaluations",
            EvidenceKind.HANDOVER, "handovers", EvidenceKind.INITIATIVE, "initiatives",
            EvidenceKind.OUTCOME, "outcomes");

    private ReportWriter() {}

    /**
     * Writes the report as one JSON object.
     *
     * @param r the report, not null
     * @param g the generator, not null
     */
    public static void write(Report r, JsonGenerator g) {
        g.writeStartObject();
        g.writeNumberProperty("formatVersion", REPORT_FORMAT_VERSION);
        g.writeStringProperty("kind", "report");
        g.writeStringProperty("situationId", r.situationId());
        g.writeStringProperty("route", Codes.ROUTE.code(r.route()));
        classification(g, r.classification());
        g.writeName("violations");
        g.writeStartArray();
        for (Violation v : r.violations()) {
            g.writeStartObject();
            finding(g, v);
            g.writeStringProperty("severity", Codes.SEVERITY.code(v.severity()));
            evidence(g, v.evidence());
            provenance(g, r, v);
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeName("exemptions");
        g.writeStartArray();
        for (Exemption e : r.exemptions()) {
            g.writeStartObject();
            finding(g, e);
            g.writeStringProperty("basis", Codes.EXEMPTION_BASIS.code(e.basis()));
            evidence(g, e.evidence());
            provenance(g, r, e);
            g.writeEndObject();
        }
        g.writeEndArray();
        counts(g, "omittedViolations", r.omittedViolations());
        counts(g, "omittedExemptions", r.omittedExemptions());
        g.writeEndObject();
    }

    /** Writes rule id to count, only when some findings were not listed, so most reports do not change. */
    private static void counts(JsonGenerator g, String name, Map<String, Integer> counts) {
        if (counts.isEmpty()) {
            return;
        }
        g.writeName(name);
        g.writeStartObject();
        counts.forEach(g::writeNumberProperty);
        g.writeEndObject();
    }

    private static Map<EvidenceKind, String> evidenceFields(Object... pairs) {
        Map<EvidenceKind, String> fields = new EnumMap<>(EvidenceKind.class);
        for (int i = 0; i < pairs.length; i += 2) {
            fields.put((EvidenceKind) pairs[i], (String) pairs[i + 1]);
        }
        if (fields.size() != EvidenceKind.values().length) {
            throw new IllegalStateException("an evidence kind has no field name");
        }
        return Collections.unmodifiableMap(fields);
    }

    private static void classification(JsonGenerator g, SituationClassification c) {
        g.writeName("periods");
        g.writeStartArray();
        for (RoutePeriod p : c.periods()) {
            g.writeStartObject();
            g.writeStringProperty("route", Codes.ROUTE.code(p.route()));
            g.writeStringProperty("from", p.from().toString());
            g.writeStringProperty("until", p.until().toString());
            strings(g, "decisions", p.decisionIds());
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeName("decisions");
        g.writeStartArray();
        for (DecisionClassification d : c.decisions()) {
            g.writeStartObject();
            g.writeStringProperty("decision", d.decisionId());
            g.writeStringProperty("date", d.date().toString());
            g.writeStringProperty("route", Codes.ROUTE.code(d.route()));
            g.writeName("reasons");
            g.writeStartArray();
            for (RouteReason reason : d.reasons()) {
                g.writeString(Codes.ROUTE_REASON.code(reason));
            }
            g.writeEndArray();
            strings(g, "focusDeciders", d.focusDeciders());
            strings(g, "lifeworldDeciders", d.lifeworldDeciders());
            strings(g, "professionalDeciders", d.professionalDeciders());
            strings(g, "lifeworldPerformers", d.lifeworldPerformers());
            strings(g, "consentedOnly", d.consentedOnly());
            g.writeEndObject();
        }
        g.writeEndArray();
    }

    private static void finding(JsonGenerator g, Finding f) {
        g.writeStringProperty("rule", f.ruleId());
        g.writeStringProperty("messageKey", f.messageKey());
        strings(g, "arguments", f.arguments());
    }

    /** Where the finding's rule comes from, when the report knows the rule (format version 2). */
    private static void provenance(JsonGenerator g, Report r, Finding f) {
        Optional<Provenance> provenance = r.provenance(f.ruleId());
        if (provenance.isPresent()) {
            g.writeName("provenance");
            g.writeStartObject();
            g.writeStringProperty("grounding", Codes.GROUNDING.code(provenance.get().grounding()));
            strings(g, "sources", provenance.get().sources());
            g.writeEndObject();
        }
    }

    private static void evidence(JsonGenerator g, Evidence evidence) {
        g.writeName("evidence");
        g.writeStartObject();
        for (EvidenceKind kind : EvidenceKind.values()) {
            if (evidence.kinds().contains(kind)) {
                strings(g, EVIDENCE_FIELDS.get(kind), evidence.ids(kind));
            }
        }
        g.writeEndObject();
    }

    private static void strings(JsonGenerator g, String name, Collection<String> values) {
        g.writeName(name);
        g.writeStartArray();
        for (String v : values) {
            g.writeString(v);
        }
        g.writeEndArray();
    }
}
