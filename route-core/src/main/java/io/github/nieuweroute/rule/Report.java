package io.github.nieuweroute.rule;

import io.github.nieuweroute.route.Route;
import io.github.nieuweroute.route.SituationClassification;
import io.github.nieuweroute.source.Provenance;
import io.github.nieuweroute.model.Situation;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
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

    /**
     * Returns the violations grouped by rule, as a report for a caseworker lays them out.
     *
     * @return rule id to its violations, in rule-id order, each list in the report's order; never null
     */
    public final Map<String, List<Violation>> violationsByRule() {
        return byRule(violations());
    }

    /**
     * Returns the recorded exemptions grouped by rule.
     *
     * @return rule id to its exemptions, in rule-id order, each list in the report's order; never null
     */
    public final Map<String, List<Exemption>> exemptionsByRule() {
        return byRule(exemptions());
    }

    private static <F extends Finding> Map<String, List<F>> byRule(List<F> findings) {
        Map<String, List<F>> groups = new LinkedHashMap<>();
        for (F f : findings) {
            groups.computeIfAbsent(f.ruleId(), k -> new ArrayList<>()).add(f);
        }
        groups.replaceAll((rule, list) -> Collections.unmodifiableList(list));
        return Collections.unmodifiableMap(groups);
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
