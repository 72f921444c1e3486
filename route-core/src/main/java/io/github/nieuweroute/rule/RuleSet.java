package io.github.nieuweroute.rule;

import io.github.nieuweroute.model.Situation;
import io.github.nieuweroute.route.RouteClassifier;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A set of rules with unique ids, checked together (nl: regelset): {@link #standard()} is the Nieuwe Route set;
 * {@link #with(Rule...)}, {@link #with(RuleSet)} and {@link #without(String...)} compose new sets, and a caller's
 * own rules are reported exactly like the standard ones.
 *
 * <pre>{@code
 * Report report = RuleSet.standard().without("R-06").with(myMunicipalityRule).check(situation);
 * }</pre>
 *
 * <p>A report lists at most {@link #findingLimit()} (by default {@value #DEFAULT_FINDING_LIMIT}) violations of each
 * severity and exemptions of each basis per rule, the first the rule finds; the rest are counted per rule in
 * {@link Report#omittedViolations()} and {@link Report#omittedExemptions()}. A situation of a few megabytes can
 * otherwise make a quarter of a million findings and a report a hundred times its size; with the limit, a standard
 * rule's findings past it cost one reference each while the rule runs, and the report is bounded whatever the
 * input ({@link #withFindingLimit(int)} changes it).
 *
 * <p>{@link #check(Situation)} never throws on a valid situation: a caller's rule that throws is reported as a
 * violation {@code rule.failed} of that rule (the exception's class and, at DEBUG, the frame it was thrown at are
 * logged, never its message). Cost is the sum
 * of the rules' costs; every standard rule is linear in the size of the situation.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class RuleSet {

    private static final Logger LOG = LoggerFactory.getLogger(RuleSet.class);

    /** The default of {@link #findingLimit()}. */
    public static final int DEFAULT_FINDING_LIMIT = 1_000;

    private static final RuleSet STANDARD = new RuleSet(StandardRules.all());

    private final Map<String, Rule> rules;
    private final int findingLimit;

    private RuleSet(Collection<? extends Rule> rules) {
        this(rules, DEFAULT_FINDING_LIMIT);
    }

    private RuleSet(Collection<? extends Rule> rules, int findingLimit) {
        Map<String, Rule> byId = new LinkedHashMap<>();
        for (Rule r : rules) {
            Objects.requireNonNull(r, "rule");
            if (byId.putIfAbsent(r.id(), r) != null) {
                throw new InvalidRuleDataException("RuleSet", "rules", "rule id '" + r.id() + "' occurs twice");
            }
        }
        this.rules = java.util.Collections.unmodifiableMap(byId);
        this.findingLimit = findingLimit;
    }

    /**
     * Returns the standard Nieuwe Route rule set: every rule of {@link StandardRules#all()}.
     *
     * @return the standard set, never null
     */
    public static RuleSet standard() {
        return STANDARD;
    }

    /**
     * Makes a set of the given rules.
     *
     * @param rules the rules, with unique ids, not null
     * @return the set, never null
     * @throws InvalidRuleDataException if two rules share an id
     */
    public static RuleSet of(Rule... rules) {
        return new RuleSet(Arrays.asList(rules));
    }

    /**
     * Makes a set of the given rules.
     *
     * @param rules the rules, with unique ids, not null
     * @return the set, never null
     * @throws InvalidRuleDataException if two rules share an id
     */
    public static RuleSet of(Collection<? extends Rule> rules) {
        return new RuleSet(List.copyOf(rules));
    }

    /**
     * Returns a set with these rules added.
     *
     * @param more the rules to add, not null
     * @return a new set, never null
     * @throws InvalidRuleDataException if an id is already in the set
     */
    public RuleSet with(Rule... more) {
        List<Rule> all = new ArrayList<>(rules.values());
        all.addAll(Arrays.asList(more));
        return new RuleSet(all, findingLimit);
    }

    /**
     * Returns the union of this set and another.
     *
     * @param other the other set, not null
     * @return a new set, never null
     * @throws InvalidRuleDataException if both sets hold a rule with the same id
     */
    public RuleSet with(RuleSet other) {
        return with(other.rules.values().toArray(new Rule[0]));
    }

    /**
     * Returns a set without the rules with these ids.
     *
     * @param ids the ids to remove, each in this set, not null
     * @return a new set, never null
     * @throws InvalidRuleDataException if an id is not in this set (a typo would otherwise pass silently)
     */
    public RuleSet without(String... ids) {
        Map<String, Rule> left = new LinkedHashMap<>(rules);
        for (String id : ids) {
            if (left.remove(Objects.requireNonNull(id, "id")) == null) {
                throw new InvalidRuleDataException("RuleSet", "rules", "no rule with id '" + id + "' in the set");
            }
        }
        return new RuleSet(left.values(), findingLimit);
    }

    /**
     * Returns how many violations of each severity, and exemptions of each basis, a report lists per rule.
     *
     * @return the limit, at least one
     */
    public int findingLimit() {
        return findingLimit;
    }

    /**
     * Returns a set with the same rules and another finding limit.
     *
     * @param perRule the violations of each severity and exemptions of each basis a report lists per rule, at least
     *     one
     * @return a new set, never null
     * @throws InvalidRuleDataException if the limit is less than one
     */
    public RuleSet withFindingLimit(int perRule) {
        InvalidRuleDataException.require(perRule >= 1, "RuleSet", "findingLimit", "the limit is at least one");
        return new RuleSet(rules.values(), perRule);
    }

    /**
     * Returns the rules.
     *
     * @return the rules in the order they were added, never null
     */
    public List<Rule> rules() {
        return List.copyOf(rules.values());
    }

    /**
     * Finds a rule by id.
     *
     * @param id the id, not null
     * @return the rule, empty if the set has none with that id
     */
    public Optional<Rule> rule(String id) {
        return Optional.ofNullable(rules.get(Objects.requireNonNull(id, "id")));
    }

    /**
     * Checks a situation against every rule and classifies its route.
     *
     * @param situation a valid situation, not null
     * @return the report, never null
     */
    public Report check(Situation situation) {
        Objects.requireNonNull(situation, "situation");
        List<Violation> violations = new ArrayList<>();
        List<Exemption> exemptions = new ArrayList<>();
        Map<String, Integer> omittedViolations = new TreeMap<>();
        Map<String, Integer> omittedExemptions = new TreeMap<>();
        try (FindingBudget budget = FindingBudget.open(findingLimit)) {
            for (Rule rule : rules.values()) {
                RuleResult result;
                try {
                    result = budget.run(rule, situation);
                } catch (RuntimeException e) {
                    LOG.warn("Rule {} threw {} on situation {}", rule.id(), e.getClass().getName(), situation.id());
                    // the frame, not the exception: a caller's exception message can quote the situation's free text
                    LOG.debug("Rule {} failed at {}", rule.id(), e.getStackTrace().length == 0 ? "an unknown place"
                            : e.getStackTrace()[0]);
                    result = RuleResult.of(List.of(Violation.of(rule.id(), Severity.ERROR,
                            Evidence.builder().add(EvidenceKind.SITUATION, situation.id()).build(), "rule.failed",
                            rule.id(), e.getClass().getName())));
                }
                count(omittedViolations, rule.id(), keep(result.violations(), FindingBudget.OMITTED_VIOLATION,
                        v -> v.severity().ordinal(), Severity.values().length, violations));
                count(omittedExemptions, rule.id(), keep(result.exemptions(), FindingBudget.OMITTED_EXEMPTION,
                        e -> e.basis().ordinal(), ExemptionBasis.values().length, exemptions));
            }
        }
        FindingSort.violations(violations);
        FindingSort.exemptions(exemptions);
        return Report.builder().situationId(situation.id()).classification(RouteClassifier.classify(situation))
                .violations(violations).exemptions(exemptions).omittedViolations(omittedViolations)
                .omittedExemptions(omittedExemptions).rules(rules.values()).build();
    }

    /**
     * Adds to {@code into} the first {@link #findingLimit} findings of each kind (severity or basis), skipping
     * placeholders.
     *
     * @return how many were not added
     */
    private <F extends Finding> int keep(List<F> found, F placeholder, java.util.function.ToIntFunction<F> kind,
            int kinds, List<F> into) {
        int[] kept = new int[kinds];
        int omitted = 0;
        for (F f : found) {
            if (f != placeholder && kept[kind.applyAsInt(f)]++ < findingLimit) {
                into.add(f);
            } else {
                omitted++;
            }
        }
        return omitted;
    }

    private static void count(Map<String, Integer> omitted, String ruleId, int count) {
        if (count > 0) {
            omitted.put(ruleId, count);
        }
    }

    @Override
    public String toString() {
        return "RuleSet" + rules.keySet() + (findingLimit == DEFAULT_FINDING_LIMIT ? ""
                : " (at most " + findingLimit + " findings per rule and kind)");
    }
}
