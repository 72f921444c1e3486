package io.github.nieuweroute.rule;

import io.github.nieuweroute.route.Route;
import io.github.nieuweroute.route.SituationClassification;
import io.github.nieuweroute.source.Provenance;
import io.github.nieuweroute.model.Situation;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
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
        return !violations().isEmpty();
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
     * Renders the report as text for a caseworker, with ids: the situation, its route and why, the number of problems
     * (errors), points of attention (warnings) and notes, then the findings grouped by rule, each with what it
     * concerns, and each rule's provenance; then the recorded exceptions. Of one rule's findings with the same
     * message at most three are written out and the rest counted.
     *
     * @param language the language, not null
     * @return the text, lines separated by {@code \n}; never null
     */
    public final String render(Language language) {
        return render(language, id -> id);
    }

    /**
     * Renders the report for a caseworker with the caller's names for the ids: the report itself holds ids only, so
     * names appear only where a caller supplies them (from its own records, or {@link
     * io.github.nieuweroute.model.Participant#name()}). Control and direction-override characters in a label are
     * dropped, so a name cannot reorder or hide the text around it.
     *
     * @param language the language, not null
     * @param label the display name of an id, or null (or blank) to print the id itself; not null
     * @return the text, several lines, never null
     */
    public final String render(Language language, Function<String, String> label) {
        Objects.requireNonNull(language, "language");
        Objects.requireNonNull(label, "label");
        return ReportText.render(this, language, label);
    }

    /** The rule of a finding, as far as the report knows it. */
    final Optional<Rule> rule(String ruleId) {
        return rules().stream().filter(r -> r.id().equals(ruleId)).findFirst();
    }

    /**
     * Returns where the rule of a finding comes from, as far as the report knows the rule: a report made by
     * {@link RuleSet#check(Situation)} or {@link #of} knows every rule of its rule set.
     *
     * @param ruleId a rule id, not null
     * @return the rule's provenance, empty if the report does not know the rule
     */
    public final Optional<Provenance> provenance(String ruleId) {
        Objects.requireNonNull(ruleId, "ruleId");
        return rule(ruleId).map(Rule::provenance);
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
        Objects.requireNonNull(classification, "classification");
        Objects.requireNonNull(rules, "rules");
        List<Violation> sortedViolations = new ArrayList<>(violations);
        FindingSort.violations(sortedViolations);
        List<Exemption> sortedExemptions = new ArrayList<>(exemptions);
        FindingSort.exemptions(sortedExemptions);
        return builder().situationId(classification.situationId()).classification(classification)
                .violations(sortedViolations).exemptions(sortedExemptions).rules(rules.rules()).build();
    }

    static ImmutableReport.Builder builder() {
        return ImmutableReport.builder();
    }

    @Value.Check
    void check() {
        InvalidRuleDataException.require(situationId().equals(classification().situationId()), "Report",
                "situationId", "the report's situation id differs from its classification's");
    }

    @Override
    public String toString() {
        return "Report " + situationId() + ": " + route() + ", " + violations().size() + " violations, "
                + exemptions().size() + " exemptions";
    }
}
