package io.github.nieuweroute.rule;

import io.github.nieuweroute.route.DecisionClassification;
import io.github.nieuweroute.route.RoutePeriod;
import io.github.nieuweroute.route.RouteReason;
import io.github.nieuweroute.route.SituationClassification;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;
import java.util.function.Function;

/**
 * Renders a {@link Report} as text for a caseworker: the route and why, then the findings grouped by rule, each group
 * with its provenance; repeated findings of one kind are summarised with their count. Ids are printed through the
 * caller's label function (names only when the caller supplies them).
 */
final class ReportText {

    /** At most this many findings of one rule and one message are written out; the rest are counted. */
    static final int SHOWN_PER_MESSAGE = 3;

    private final Report report;
    private final Language language;
    private final Function<String, String> label;
    private final StringBuilder out = new StringBuilder();

    private ReportText(Report report, Language language, Function<String, String> label) {
        this.report = report;
        this.language = language;
        this.label = label;
    }

    static String render(Report report, Language language, Function<String, String> label) {
        return new ReportText(report, language, label).render();
    }

    private String render() {
        line(text("report.header", Messages.label(label, report.situationId())));
        route(report.classification());
        line(Phrases.counts(report, language));
        long omitted = report.violationCount() - report.violations().size() + report.exemptionCount()
                - report.exemptions().size();
        if (omitted > 0) {
            line(text("report.counts-omitted", omitted));
        }
        if (report.violations().isEmpty() && report.exemptions().isEmpty()) {
            line(text("report.nothing"));
        }
        groups(report.violationsByRule(), report.omittedViolations());
        if (!report.exemptions().isEmpty()) {
            out.append('\n');
            line(text("report.exemptions"));
            groups(report.exemptionsByRule(), report.omittedExemptions());
        }
        return out.toString().stripTrailing();
    }

    private void route(SituationClassification c) {
        String routeName = Phrases.route(c.current(), language);
        List<DecisionClassification> decisions = c.decisions();
        if (decisions.isEmpty()) {
            line(text("report.route", routeName, text("report.route-none")));
            return;
        }
        DecisionClassification latest = decisions.get(decisions.size() - 1);
        line(text("report.route", routeName, text("report.route-decision", Messages.label(label, latest.decisionId()),
                latest.date().toString())));
        StringJoiner reasons = new StringJoiner("; ");
        for (RouteReason reason : latest.reasons()) {
            reasons.add(Phrases.reason(reason, language));
        }
        line(text("report.reasons", reasons.toString()));
        List<RoutePeriod> periods = c.periods();
        if (periods.size() > 1) {
            StringJoiner history = new StringJoiner("; ");
            for (RoutePeriod p : periods) {
                history.add(text("report.period", p.from().toString(), Phrases.route(p.route(), language)));
            }
            line(text("report.history", history.toString()));
        }
    }

    /** Writes the findings in one group per rule, with the number of findings the report only counts. */
    private void groups(Map<String, ? extends List<? extends Finding>> byRule, Map<String, Integer> omitted) {
        byRule.forEach((ruleId, findings) -> group(ruleId, findings, omitted.getOrDefault(ruleId, 0)));
    }

    private void group(String ruleId, List<? extends Finding> findings, int omitted) {
        String title = Phrases.title(report, ruleId, language);
        out.append('\n');
        line(text("report.rule", title, ruleId, text("report.rule-counts", findings.size() + omitted)));
        List<String> keys = new ArrayList<>();
        List<Integer> counts = new ArrayList<>();
        for (Finding f : findings) {
            int k = keys.indexOf(f.messageKey());
            if (k < 0) {
                keys.add(f.messageKey());
                counts.add(0);
                k = keys.size() - 1;
            }
            counts.set(k, counts.get(k) + 1);
            if (counts.get(k) <= SHOWN_PER_MESSAGE) {
                line(text("report.finding", Phrases.kind(f, language), Phrases.message(report, f, language, label)));
                line(text("report.evidence", Phrases.evidence(f, language, label)));
            }
        }
        for (int k = 0; k < keys.size(); k++) {
            if (counts.get(k) > SHOWN_PER_MESSAGE) {
                line(text("report.more", counts.get(k) - SHOWN_PER_MESSAGE));
            }
        }
        if (omitted > 0) {
            line(text("report.omitted", omitted));
        }
        Phrases.provenance(report, ruleId, language).ifPresent(p -> line("  " + p));
    }

    private String text(String key, Object... arguments) {
        return Messages.text(language, key, arguments);
    }

    private void line(String line) {
        out.append(line).append('\n');
    }
}
