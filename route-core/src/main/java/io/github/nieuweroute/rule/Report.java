package io.github.nieuweroute.rule;

import io.github.nieuweroute.route.Route;
import io.github.nieuweroute.route.SituationClassification;
import io.github.nieuweroute.model.Situation;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.immutables.value.Value;

/**
 * The outcome of checking a situation against a {@link RuleSet} (nl: rapport): the situation's route classification
 * and every violation and recorded exemption, sorted deterministically (by rule id, severity or basis, evidence,
 * message key and arguments), so that equal findings give equal reports whatever order the records were in.
 *
 * <p>{@link #render(Language)} prints it in Dutch or English; it cites ids and enum values only. Only
 * {@link #orThrow()} throws.
 *
 * <pre>{@code
 * Report report = RuleSet.standard().check(situation);
 * report.route();                        // Route.OLD
 * report.violations("R-01");             // the regie violations
 * System.out.println(report.render(Language.DUTCH));
 * report.orThrow();                      // RuleViolationException if anything was violated
 * }</pre>
 *
 * <p>Two reports are equal when their situation id, classification, violations and exemptions are equal. This class
 * is immutable and thread-safe.
 */
@Value.Immutable
public abstract class Report {

    Report() {}

    /** @return the id of the checked situation, never null */
    public abstract String situationId();

    /** @return the route classification of the situation, never null */
    public abstract SituationClassification classification();

    /** @return all violations, sorted, never null */
    public abstract List<Violation> violations();

    /** @return all recorded exemptions, sorted, never null */
    public abstract List<Exemption> exemptions();

    /**
     * Returns how many violations of each rule the report does not list, because the rule found more than the rule
     * set's {@link RuleSet#findingLimit()} of one severity. Empty in all but very large reports.
     *
     * @return rule id to the number of violations not listed (at least one), ordered by rule id; never null
     */
    public abstract Map<String, Integer> omittedViolations();

    /**
     * Returns how many exemptions of each rule the report does not list, because the rule found more than the rule
     * set's {@link RuleSet#findingLimit()} on one basis.
     *
     * @return rule id to the number of exemptions not listed (at least one), ordered by rule id; never null
     */
    public abstract Map<String, Integer> omittedExemptions();

    /**
     * Returns the number of violations found, listed or not.
     *
     * @return {@code violations().size()} plus the omitted violations
     */
    public final long violationCount() {
        return violations().size() + omittedViolations().values().stream().mapToLong(Integer::longValue).sum();
    }

    /**
     * Returns the number of recorded exemptions found, listed or not.
     *
     * @return {@code exemptions().size()} plus the omitted exemptions
     */
    public final long exemptionCount() {
        return exemptions().size() + omittedExemptions().values().stream().mapToLong(Integer::longValue).sum();
    }

    /** The rules that were checked, for titles and messages; not part of equality. */
    @Value.Auxiliary
    abstract List<Rule> rules();

    /**
     * Returns the current route of the situation, a shortcut for {@code classification().current()}.
     *
     * @return the route, never null
     */
    public final Route route() {
        return classification().current();
    }

    /**
     * Tells whether any rule was violated.
     *
     * @return true if there is at least one violation
     */
    public final boolean hasViolations() {
        return !violations().isEmpty() || !omittedViolations().isEmpty();
    }

    /**
     * Returns the violations of one rule.
     *
     * @param ruleId the rule's id, not null
     * @return the violations, sorted, never null
     */
    public final List<Violation> violations(String ruleId) {
        Objects.requireNonNull(ruleId, "ruleId");
        return violations().stream().filter(v -> v.ruleId().equals(ruleId)).collect(Collectors.toUnmodifiableList());
    }

    /**
     * Returns the violations at least as serious as a severity.
     *
     * @param atLeast the least severity, not null
     * @return the violations, sorted, never null
     */
    public final List<Violation> violations(Severity atLeast) {
        Objects.requireNonNull(atLeast, "atLeast");
        return violations().stream().filter(v -> v.severity().isAtLeast(atLeast))
                .collect(Collectors.toUnmodifiableList());
    }

    /**
     * Returns the recorded exemptions from one rule.
     *
     * @param ruleId the rule's id, not null
     * @return the exemptions, sorted, never null
     */
    public final List<Exemption> exemptions(String ruleId) {
        Objects.requireNonNull(ruleId, "ruleId");
        return exemptions().stream().filter(e -> e.ruleId().equals(ruleId)).collect(Collectors.toUnmodifiableList());
    }

    /**
     * Returns this report, or throws if there is any violation.
     *
     * @return this report, when nothing was violated
     * @throws RuleViolationException if there is a violation
     */
    public final Report orThrow() {
        return orThrow(Severity.INFO);
    }

    /**
     * Returns this report, or throws if there is a violation at least as serious as a severity.
     *
     * @param atLeast the least severity that throws, not null
     * @return this report, when no such violation exists
     * @throws RuleViolationException if there is such a violation
     */
    public final Report orThrow(Severity atLeast) {
        if (!violations(atLeast).isEmpty()) {
            throw new RuleViolationException(this);
        }
        return this;
    }

    /**
     * Renders the report as text: a header with the route and counts, then one line per violation and per recorded
     * exemption, each with severity or basis, rule id and title, message and evidence.
     *
     * @param language the language, not null
     * @return the text, lines separated by {@code \n}; never null
     */
    public final String render(Language language) {
        Objects.requireNonNull(language, "language");
        Route route = route();
        String routeName = Messages.text(language, "route." + route.name());
        StringBuilder out = new StringBuilder();
        out.append(Messages.text(language, "report.header", situationId(), routeName, route.name()));
        out.append('\n').append(Messages.text(language, "report.counts", violationCount(), exemptionCount()));
        for (Violation v : violations()) {
            out.append('\n').append(line(language, Messages.text(language, "severity." + v.severity().name()), v));
        }
        omittedViolations().forEach((rule, n) -> out.append('\n')
                .append(Messages.text(language, "report.omitted-violations", rule, n)));
        if (!exemptions().isEmpty()) {
            out.append('\n').append(Messages.text(language, "report.exemptions"));
            for (Exemption e : exemptions()) {
                out.append('\n').append(line(language, Messages.text(language, "basis." + e.basis().name()), e));
            }
            omittedExemptions().forEach((rule, n) -> out.append('\n')
                    .append(Messages.text(language, "report.omitted-exemptions", rule, n)));
        }
        return out.toString();
    }

    private String line(Language language, String label, Finding f) {
        Optional<Rule> rule = rules().stream().filter(r -> r.id().equals(f.ruleId())).findFirst();
        String title = rule.map(r -> r.title(language)).orElse(f.ruleId());
        String message = Messages.finding(language, rule, f.messageKey(), f.arguments());
        return Messages.text(language, "report.line", label, f.ruleId(), title, message, f.evidence().toString());
    }

    /**
     * Makes a report from findings made elsewhere, such as a report read from JSON, with the titles and messages
     * of the standard rule set for rendering. {@link RuleSet#check(Situation)} makes reports from a situation.
     *
     * @param classification the situation's route classification, not null
     * @param violations the violations, in any order (the report sorts them), not null
     * @param exemptions the recorded exemptions, in any order, not null
     * @return the report, never null
     */
    public static Report of(SituationClassification classification, Collection<Violation> violations,
            Collection<Exemption> exemptions) {
        return of(classification, violations, exemptions, RuleSet.standard());
    }

    /**
     * Makes a report from findings made elsewhere, with the titles and messages of the given rules for rendering
     * (a finding of a rule that is not in the set renders with its rule id and message key). The rules are not part
     * of equality.
     *
     * @param classification the situation's route classification, not null
     * @param violations the violations, in any order (the report sorts them), not null
     * @param exemptions the recorded exemptions, in any order, not null
     * @param rules the rules whose titles and messages render the findings, not null
     * @return the report, never null
     */
    public static Report of(SituationClassification classification, Collection<Violation> violations,
            Collection<Exemption> exemptions, RuleSet rules) {
        return of(classification, violations, exemptions, Map.of(), Map.of(), rules);
    }

    /**
     * Makes a report from findings made elsewhere, some of which are only counted (see
     * {@link #omittedViolations()}), with the titles and messages of the given rules for rendering.
     *
     * @param classification the situation's route classification, not null
     * @param violations the violations listed, in any order (the report sorts them), not null
     * @param exemptions the recorded exemptions listed, in any order, not null
     * @param omittedViolations rule id to the number of violations not listed, each at least one; not null
     * @param omittedExemptions rule id to the number of exemptions not listed, each at least one; not null
     * @param rules the rules whose titles and messages render the findings, not null
     * @return the report, never null
     * @throws InvalidRuleDataException if a rule id is malformed or a count less than one
     */
    public static Report of(SituationClassification classification, Collection<Violation> violations,
            Collection<Exemption> exemptions, Map<String, Integer> omittedViolations,
            Map<String, Integer> omittedExemptions, RuleSet rules) {
        Objects.requireNonNull(classification, "classification");
        Objects.requireNonNull(rules, "rules");
        List<Violation> sortedViolations = new ArrayList<>(violations);
        FindingSort.violations(sortedViolations);
        List<Exemption> sortedExemptions = new ArrayList<>(exemptions);
        FindingSort.exemptions(sortedExemptions);
        return builder().situationId(classification.situationId()).classification(classification)
                .violations(sortedViolations).exemptions(sortedExemptions)
                .omittedViolations(new TreeMap<>(omittedViolations)).omittedExemptions(new TreeMap<>(omittedExemptions))
                .rules(rules.rules()).build();
    }

    static ImmutableReport.Builder builder() {
        return ImmutableReport.builder();
    }

    @Value.Check
    void check() {
        InvalidRuleDataException.require(situationId().equals(classification().situationId()), "Report",
                "situationId", "the report's situation id differs from its classification's");
        checkOmitted("omittedViolations", omittedViolations());
        checkOmitted("omittedExemptions", omittedExemptions());
    }

    private static void checkOmitted(String field, Map<String, Integer> omitted) {
        omitted.forEach((rule, n) -> {
            InvalidRuleDataException.require(InvalidRuleDataException.isRuleId(rule), "Report", field,
                    "a rule id is a letter then up to 63 letters, digits or . _ -");
            InvalidRuleDataException.require(n >= 1, "Report", field, "an omitted count is at least one");
        });
    }

    @Override
    public String toString() {
        return "Report " + situationId() + ": " + route() + ", " + violationCount() + " violations, "
                + exemptionCount() + " exemptions";
    }
}
