package io.github.nieuweroute.json.internal;

import io.github.nieuweroute.json.RouteJsonException;
import io.github.nieuweroute.json.RouteJsonException.Problem;
import io.github.nieuweroute.model.ModelValidationException;
import io.github.nieuweroute.route.DecisionClassification;
import io.github.nieuweroute.route.Route;
import io.github.nieuweroute.route.RoutePeriod;
import io.github.nieuweroute.route.SituationClassification;
import io.github.nieuweroute.rule.Evidence;
import io.github.nieuweroute.rule.EvidenceKind;
import io.github.nieuweroute.rule.Exemption;
import io.github.nieuweroute.rule.ExemptionBasis;
import io.github.nieuweroute.rule.InvalidRuleDataException;
import io.github.nieuweroute.rule.Report;
import io.github.nieuweroute.rule.Severity;
import io.github.nieuweroute.rule.Violation;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * Reads a report of format version {@link ReportWriter#REPORT_FORMAT_VERSION} (docs/json-format.md, "Reports")
 * through the public factories of the core: {@link DecisionClassification#builder()},
 * {@link SituationClassification#of}, {@link Violation#of}, {@link Exemption#of} and {@link Report#of}. Besides the
 * checks of those factories (a decision's route must follow from its deciders and performers, and so on), the
 * fields a report repeats for the reader's convenience must agree with the decisions: {@code route} with the latest
 * decision's, {@code periods} with the runs of decisions on one route. Stateless and thread-safe; the
 * {@link JsonInput} it reads from is not.
 */
public final class ReportReader {

    private ReportReader() {}

    /**
     * Reads the report the input is on.
     *
     * @param in the input, positioned on the report's first token, not null
     * @return the report, never null
     * @throws RouteJsonException for every problem with the input
     */
    public static Report read(JsonInput in) {
        ReportDraft draft = REPORT.read(in);
        return draft.build();
    }

    // -- the route over time

    private static final ObjectSpec<DecisionClassification.Builder, DecisionClassification> DECISION = ObjectSpec
            .of(DecisionClassification::builder, DecisionClassification.Builder::build)
            .required("decision", (b, in) -> b.decisionId(in.text()))
            .required("date", (b, in) -> b.date(in.date()))
            .required("route", (b, in) -> b.route(in.code(Codes.ROUTE)))
            .required("reasons", (b, in) -> in.array(() -> b.addReason(in.code(Codes.ROUTE_REASON))))
            .required("focusDeciders", (b, in) -> b.addAllFocusDeciders(SituationReader.idSet(in)))
            .required("lifeworldDeciders", (b, in) -> b.addAllLifeworldDeciders(SituationReader.idSet(in)))
            .required("professionalDeciders", (b, in) -> b.addAllProfessionalDeciders(SituationReader.idSet(in)))
            .required("lifeworldPerformers", (b, in) -> b.addAllLifeworldPerformers(SituationReader.idSet(in)))
            .required("consentedOnly", (b, in) -> b.addAllConsentedOnly(SituationReader.idSet(in)));

    /** A period as read; it is not built but compared with the periods the decisions give. */
    private static final class PeriodDraft {
        Route route;
        LocalDate from;
        LocalDate until;
        List<String> decisions;
    }

    private static final ObjectSpec<PeriodDraft, PeriodDraft> PERIOD = ObjectSpec
            .of(PeriodDraft::new, Function.identity())
            .required("route", (d, in) -> d.route = in.code(Codes.ROUTE))
            .required("from", (d, in) -> d.from = in.date())
            .required("until", (d, in) -> d.until = in.date())
            .required("decisions", (d, in) -> d.decisions = List.copyOf(SituationReader.idSet(in)));

    // -- findings

    /** A violation's or exemption's fields until all are read. */
    private static final class FindingDraft {
        String rule;
        String messageKey;
        List<String> arguments;
        Severity severity;
        ExemptionBasis basis;
        Evidence evidence;
    }

    /**
     * A finding's provenance (version 2): checked for its form and then left, since a report read back takes its
     * rules, and so their provenance, from the rule set it is rebuilt with.
     */
    private static final ObjectSpec<Object[], Object[]> PROVENANCE = ObjectSpec.of(() -> new Object[0],
            Function.identity())
            .required("grounding", (d, in) -> in.code(Codes.GROUNDING))
            .required("sources", (d, in) -> strings(in));

    private static final ObjectSpec<FindingDraft, Violation> VIOLATION = finding(
            d -> Violation.of(d.rule, d.severity, d.evidence, d.messageKey, d.arguments.toArray()))
            .required("severity", (d, in) -> d.severity = in.code(Codes.SEVERITY))
            .required("evidence", (d, in) -> d.evidence = evidence(in))
            .optional("provenance", (d, in) -> PROVENANCE.read(in));

    private static final ObjectSpec<FindingDraft, Exemption> EXEMPTION = finding(
            d -> Exemption.of(d.rule, d.basis, d.evidence, d.messageKey, d.arguments.toArray()))
            .required("basis", (d, in) -> d.basis = in.code(Codes.EXEMPTION_BASIS))
            .required("evidence", (d, in) -> d.evidence = evidence(in))
            .optional("provenance", (d, in) -> PROVENANCE.read(in));

    private static <T> ObjectSpec<FindingDraft, T> finding(Function<FindingDraft, T> build) {
        return ObjectSpec.of(FindingDraft::new, build)
                .required("rule", (d, in) -> d.rule = in.text())
                .required("messageKey", (d, in) -> d.messageKey = in.text())
                .required("arguments", (d, in) -> d.arguments = strings(in));
    }

    private static final Map<String, EvidenceKind> EVIDENCE_KINDS = new HashMap<>();
    private static final String EVIDENCE_FIELDS = String.join(", ", ReportWriter.EVIDENCE_FIELDS.values());

    static {
        ReportWriter.EVIDENCE_FIELDS.forEach((kind, field) -> EVIDENCE_KINDS.put(field, kind));
    }

    /** Reads evidence: an object from kind (a field name such as {@code participants}) to a non-empty id set. */
    private static Evidence evidence(JsonInput in) {
        Evidence.Builder evidence = Evidence.builder();
        Set<EvidenceKind> seen = EnumSet.noneOf(EvidenceKind.class);
        in.startObject();
        for (String field; (field = in.nextField()) != null; ) {
            EvidenceKind kind = EVIDENCE_KINDS.get(field);
            if (kind == null) {
                in.unknownField(EVIDENCE_FIELDS);
                continue;
            }
            if (!seen.add(kind)) {
                throw in.fail(Problem.DUPLICATE_FIELD, "the field appears twice in the object", null);
            }
            Set<String> ids = SituationReader.idSet(in);
            if (ids.isEmpty()) {
                throw in.fail(Problem.INVALID_VALUE, "a kind of evidence without ids is left out", null);
            }
            try {
                evidence.addAll(kind, ids);
            } catch (InvalidRuleDataException e) {
                throw in.fail(Problem.INVALID_VALUE, "an evidence id has the form of a model id", e);
            }
        }
        // the loop has left the object: the pointer is the evidence itself
        if (seen.isEmpty()) {
            throw in.fail(Problem.INVALID_VALUE, "evidence names at least one id", null);
        }
        return evidence.build();
    }

    private static List<String> strings(JsonInput in) {
        List<String> values = new ArrayList<>();
        in.array(() -> values.add(in.text()));
        return values;
    }

    // -- the report

    /** A report's fields until all are read and checked against each other. */
    private static final class ReportDraft {
        int version;
        String situationId;
        Route route;
        final List<PeriodDraft> periods = new ArrayList<>();
        final List<DecisionClassification> decisions = new ArrayList<>();
        final List<Violation> violations = new ArrayList<>();
        final List<Exemption> exemptions = new ArrayList<>();
        final Map<String, Integer> omittedViolations = new java.util.TreeMap<>();
        final Map<String, Integer> omittedExemptions = new java.util.TreeMap<>();

        Report build() {
            boolean omits = !omittedViolations.isEmpty() || !omittedExemptions.isEmpty();
            if (omits && version < ReportWriter.REPORT_FORMAT_VERSION_WITH_OMITTED) {
                throw new RouteJsonException(Problem.INVALID_VALUE, "/formatVersion", "a report that counts omitted "
                        + "findings is version " + ReportWriter.REPORT_FORMAT_VERSION_WITH_OMITTED + " or later", null);
            }
            SituationClassification classification;
            try {
                classification = SituationClassification.of(situationId, decisions);
            } catch (ModelValidationException e) {
                throw JsonInput.invalidModel("", Set.of("situationId", "decisions"), e);
            }
            if (route != classification.current()) {
                throw new RouteJsonException(Problem.INVALID_VALUE, "/route", "the route must be that of the latest "
                        + "decision, '" + Codes.ROUTE.code(classification.current()) + "'", null);
            }
            List<RoutePeriod> expected = classification.periods();
            for (int i = 0; i < Math.max(expected.size(), periods.size()); i++) {
                if (i >= expected.size() || i >= periods.size() || !same(periods.get(i), expected.get(i))) {
                    throw new RouteJsonException(Problem.INVALID_VALUE, "/periods" + (i < periods.size() ? "/" + i
                            : ""), "the periods must be the runs of decisions on one route, in time order; the "
                                    + "decisions give " + expected.size() + " period(s)", null);
                }
            }
            try {
                return Report.of(classification, violations, exemptions, omittedViolations, omittedExemptions,
                        io.github.nieuweroute.rule.RuleSet.standard());
            } catch (InvalidRuleDataException e) {
                // the only check left to the report: a rule id among the omitted counts
                throw new RouteJsonException(Problem.INVALID_VALUE, "/" + e.field(), "a rule id is a letter then up "
                        + "to 63 letters, digits or . _ -", e);
            }
        }

        private static boolean same(PeriodDraft read, RoutePeriod p) {
            return read.route == p.route() && read.from.equals(p.from()) && read.until.equals(p.until())
                    && read.decisions.equals(p.decisionIds());
        }
    }

    private static final ObjectSpec<ReportDraft, ReportDraft> REPORT = ObjectSpec
            .of(ReportDraft::new, Function.identity())
            .required("formatVersion", (d, in) -> d.version = version(in))
            .required("kind", (d, in) -> kind(in))
            .required("situationId", (d, in) -> d.situationId = in.text())
            .required("route", (d, in) -> d.route = in.code(Codes.ROUTE))
            .required("periods", (d, in) -> in.array(() -> d.periods.add(PERIOD.read(in))))
            .required("decisions", (d, in) -> in.array(() -> d.decisions.add(DECISION.read(in))))
            .required("violations", (d, in) -> in.array(() -> d.violations.add(VIOLATION.read(in))))
            .required("exemptions", (d, in) -> in.array(() -> d.exemptions.add(EXEMPTION.read(in))))
            .optional("omittedViolations", (d, in) -> omitted(in, d.omittedViolations))
            .optional("omittedExemptions", (d, in) -> omitted(in, d.omittedExemptions));

    /** Reads rule id to a count of findings not listed: rule ids as in findings, counts of at least one. */
    private static void omitted(JsonInput in, Map<String, Integer> counts) {
        in.keyedObject(rule -> {
            int n = in.count();
            if (n < 1) {
                throw in.fail(Problem.INVALID_VALUE, "an omitted count is at least one", null);
            }
            counts.put(rule, n);
        });
    }

    private static int version(JsonInput in) {
        int version = in.count();
        if (version < 1 || version > ReportWriter.REPORT_FORMAT_VERSION) {
            throw in.fail(Problem.UNSUPPORTED_VERSION, "report format version " + version + " is not supported; "
                    + "this library reads versions 1 to " + ReportWriter.REPORT_FORMAT_VERSION, null);
        }
        return version;
    }

    private static void kind(JsonInput in) {
        if (!"report".equals(in.text())) {
            throw in.fail(Problem.INVALID_VALUE, "must be \"report\"", null);
        }
    }
}
