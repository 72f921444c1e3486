package io.github.nieuweroute.rule;

import io.github.nieuweroute.route.Route;
import io.github.nieuweroute.route.RouteReason;
import java.util.Objects;
import java.util.Optional;
import java.util.StringJoiner;
import java.util.function.Function;

/**
 * The Dutch and English phrases of a report, for callers who lay a report out themselves (an HTML page, a case file
 * screen): the same words {@link Report#render(Language, Function)} uses. Ids are printed through the caller's label
 * function; without one ({@code id -> id}) a phrase cites ids only.
 *
 * <p>This class is stateless and thread-safe.
 */
public final class Phrases {

    private Phrases() {}

    /**
     * Names a route.
     *
     * @param route the route, not null
     * @param language the language, not null
     * @return such as "doodlopende route", never null
     */
    public static String route(Route route, Language language) {
        return Messages.text(language, "route." + Objects.requireNonNull(route, "route").name());
    }

    /**
     * Says a route reason in plain words.
     *
     * @param reason the reason, not null
     * @param language the language, not null
     * @return such as "de cliënt heeft niet meebeslist", never null
     */
    public static String reason(RouteReason reason, Language language) {
        return Messages.text(language, "reason." + Objects.requireNonNull(reason, "reason").name());
    }

    /**
     * Names the kind of a finding: its severity (knelpunt, aandachtspunt, opmerking) or the basis of an exemption.
     *
     * @param finding a violation or an exemption, not null
     * @param language the language, not null
     * @return the kind, never null
     */
    public static String kind(Finding finding, Language language) {
        Objects.requireNonNull(finding, "finding");
        return finding instanceof Violation
                ? Messages.text(language, "severity." + ((Violation) finding).severity().name())
                : Messages.text(language, "basis." + ((Exemption) finding).basis().name());
    }

    /**
     * Says how many problems, points of attention, notes and recorded exceptions a report lists (a very large report
     * counts some findings without listing them, see {@link Report#omittedViolations()}).
     *
     * @param report the report, not null
     * @param language the language, not null
     * @return one sentence, never null
     */
    public static String counts(Report report, Language language) {
        int errors = report.violations(Severity.ERROR).size();
        int warnings = report.violations(Severity.WARNING).size() - errors;
        int notes = report.violations().size() - errors - warnings;
        return Messages.text(language, "report.counts", errors, warnings, notes, report.exemptions().size());
    }

    /**
     * Returns the title of a finding's rule, as far as the report knows the rule.
     *
     * @param report the report, not null
     * @param ruleId the rule's id, not null
     * @param language the language, not null
     * @return the title, or the id for a rule the report does not know; never null
     */
    public static String title(Report report, String ruleId, Language language) {
        return report.rule(ruleId).map(r -> r.title(language)).orElse(ruleId);
    }

    /**
     * Formats a finding's message, enum values as words and ids through the label function.
     *
     * @param report the report the finding belongs to (for its rules' own bundles), not null
     * @param finding the finding, not null
     * @param language the language, not null
     * @param label the display name of an id, or null to print the id; not null
     * @return the message, never null
     */
    public static String message(Report report, Finding finding, Language language, Function<String, String> label) {
        return Messages.finding(language, report.rule(finding.ruleId()), finding.messageKey(), finding.arguments(),
                Objects.requireNonNull(label, "label"));
    }

    /**
     * Says what a finding concerns: its evidence by kind, such as "deelnemers a, b; besluit d1".
     *
     * @param finding the finding, not null
     * @param language the language, not null
     * @param label the display name of an id, or null to print the id; not null
     * @return the evidence in words, never null
     */
    public static String evidence(Finding finding, Language language, Function<String, String> label) {
        Evidence evidence = finding.evidence();
        StringJoiner kinds = new StringJoiner("; ");
        for (EvidenceKind kind : evidence.kinds()) {
            StringJoiner ids = new StringJoiner(", ");
            evidence.ids(kind).forEach(id -> ids.add(Messages.label(label, id)));
            kinds.add(Messages.text(language, "evidence." + kind.name(), evidence.ids(kind).size(), ids.toString()));
        }
        return kinds.toString();
    }

    /**
     * Says where a rule comes from, such as "Herkomst: een andere bron dan Siegers (Buiting, Anders vasthouden,
     * regels 38, 42)."
     *
     * @param report the report, not null
     * @param ruleId the rule's id, not null
     * @param language the language, not null
     * @return the sentence, empty for a rule the report does not know
     */
    public static Optional<String> provenance(Report report, String ruleId, Language language) {
        return report.rule(ruleId).map(r -> Messages.provenance(language, r.provenance()).strip());
    }

    /**
     * Returns the display label of an id as a report prints it: the caller's label cleaned of control and
     * direction-override characters, or the id.
     *
     * @param label the display name of an id, or null to print the id; not null
     * @param id the id, not null
     * @return the label, never null or blank
     */
    public static String label(Function<String, String> label, String id) {
        return Messages.label(Objects.requireNonNull(label, "label"), Objects.requireNonNull(id, "id"));
    }
}
