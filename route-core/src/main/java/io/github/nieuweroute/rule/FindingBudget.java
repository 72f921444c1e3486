package io.github.nieuweroute.rule;

/**
 * How many findings a rule may still make in full while {@link RuleSet#check} runs it: at most
 * {@link RuleSet#findingLimit()} violations of each severity and exemptions of each basis. Past that, the standard
 * rules' {@link StandardRule#violation} and {@link StandardRule#exemption} hand out a shared placeholder, which the
 * rule set counts and drops: a rule that would find a quarter of a million breaches keeps one reference per breach
 * instead of a violation with its evidence and message arguments (some 400 bytes). Outside a check (a rule called
 * directly) there is no budget and every finding is made.
 *
 * <p>A check opens one budget, runs each rule with it and closes it. Not thread-safe; each check on each thread has
 * its own.
 */
final class FindingBudget implements AutoCloseable {

    private static final ThreadLocal<FindingBudget> CURRENT = new ThreadLocal<>();

    /** The placeholder of a violation past the limit; never part of a report. */
    static final Violation OMITTED_VIOLATION = Violation.of("omitted", Severity.INFO,
            Evidence.builder().add(EvidenceKind.SITUATION, "omitted").build(), "rule.omitted");
    /** The placeholder of an exemption past the limit; never part of a report. */
    static final Exemption OMITTED_EXEMPTION = Exemption.of("omitted", ExemptionBasis.SAFETY_FRAME,
            Evidence.builder().add(EvidenceKind.SITUATION, "omitted").build(), "rule.omitted");

    private final int limit;
    private final int[] violations = new int[Severity.values().length];
    private final int[] exemptions = new int[ExemptionBasis.values().length];
    /** The budget of the check this one is nested in (a rule that runs a check of its own), or null. */
    private final FindingBudget outer;

    private FindingBudget(int limit, FindingBudget outer) {
        this.limit = limit;
        this.outer = outer;
    }

    /**
     * Makes the budget of a check current on this thread, until {@link #close()}.
     *
     * @param limit the findings of each severity or basis to make in full
     * @return the budget, to run each rule of the check with
     */
    static FindingBudget open(int limit) {
        FindingBudget budget = new FindingBudget(limit, CURRENT.get());
        CURRENT.set(budget);
        return budget;
    }

    /**
     * Runs a rule with the whole budget: the counts start again for each rule.
     *
     * @param rule the rule, not null
     * @param situation the situation, not null
     * @return the rule's result, placeholders included
     */
    RuleResult run(Rule rule, io.github.nieuweroute.model.Situation situation) {
        java.util.Arrays.fill(violations, 0);
        java.util.Arrays.fill(exemptions, 0);
        return rule.check(situation);
    }

    /** Ends the check: the budget it was nested in, if any, is current again. */
    @Override
    public void close() {
        if (outer == null) {
            CURRENT.remove();
        } else {
            CURRENT.set(outer);
        }
    }

    /** @return true if a violation of this severity may still be made in full on this thread */
    static boolean allowsViolation(Severity severity) {
        // a budget that allows more (a mutant of the count) changes no report: RuleSet.check caps the findings again
        FindingBudget b = CURRENT.get();
        return b == null || b.violations[severity.ordinal()]++ < b.limit;
    }

    /** @return true if an exemption on this basis may still be made in full on this thread */
    static boolean allowsExemption(ExemptionBasis basis) {
        FindingBudget b = CURRENT.get();
        return b == null || b.exemptions[basis.ordinal()]++ < b.limit;
    }
}
