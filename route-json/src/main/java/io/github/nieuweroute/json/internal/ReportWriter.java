package io.github.nieuweroute.json.internal;

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
import java.util.Locale;
import tools.jackson.core.JsonGenerator;

/**
 * Writes a rule report in the canonical form of the format (docs/json-format.md, "Reports"): the route over time
 * with its reasons, then the violations and the recorded exemptions with their evidence ids. Enum values are lower
 * case with hyphens, as in situations; nothing personal is written (reports carry ids and message keys only). Stateless and thread-safe.
 */
public final class ReportWriter {

    /** The version of the report format. */
    public static final int REPORT_FORMAT_VERSION = 1;

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
        g.writeStringProperty("route", code(r.route()));
        classification(g, r.classification());
        g.writeName("violations");
        g.writeStartArray();
        for (Violation v : r.violations()) {
            g.writeStartObject();
            finding(g, v);
            g.writeStringProperty("severity", code(v.severity()));
            evidence(g, v.evidence());
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeName("exemptions");
        g.writeStartArray();
        for (Exemption e : r.exemptions()) {
            g.writeStartObject();
            finding(g, e);
            g.writeStringProperty("basis", code(e.basis()));
            evidence(g, e.evidence());
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeEndObject();
    }

    private static void classification(JsonGenerator g, SituationClassification c) {
        g.writeName("periods");
        g.writeStartArray();
        for (RoutePeriod p : c.periods()) {
            g.writeStartObject();
            g.writeStringProperty("route", code(p.route()));
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
            g.writeStringProperty("route", code(d.route()));
            g.writeName("reasons");
            g.writeStartArray();
            for (RouteReason reason : d.reasons()) {
                g.writeString(code(reason));
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

    private static void evidence(JsonGenerator g, Evidence evidence) {
        g.writeName("evidence");
        g.writeStartObject();
        for (EvidenceKind kind : EvidenceKind.values()) {
            if (evidence.kinds().contains(kind)) {
                strings(g, camel(kind), evidence.ids(kind));
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

    /** Lower case with hyphens, as every enum value of the situation format ({@code dead-end}). */
    private static String code(Enum<?> value) {
        return value.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** {@code INFORMATION_ITEM} becomes {@code informationItems}: the field names of the situation format. */
    private static String camel(EvidenceKind kind) {
        String[] words = kind.name().toLowerCase(Locale.ROOT).split("_");
        StringBuilder b = new StringBuilder(words[0]);
        for (int i = 1; i < words.length; i++) {
            b.append(Character.toUpperCase(words[i].charAt(0))).append(words[i], 1, words[i].length());
        }
        return b.append('s').toString();
    }
}
