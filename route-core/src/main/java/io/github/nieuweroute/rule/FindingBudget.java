package io.github.nieuweroute.rule;

/**
 * How many findings a rule may still make in full while {@link RuleSet#check} runs it: at most
 * {@link RuleSet#findingLimit()} violations of each severity and exemptions of each basis. Past that, the standard
 * rules' {@link StandardRule#violation} and {@link StandardRule#exemption} hand out a shared placeholder, which the
 * rule set counts and drops: a rule that would find a quarter of a million breaches keeps one reference per breach
 * instead of a violation with its evidence and message arguments (some 400 bytes). Outside a check (a rule called
 * directly) there is no budget and every finding is made.
 *
 * <p>Not thread-safe; each check on each thread has its own.
 */
final class FindingBudget {

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

    private FindingBudget(int limit) {
        this.limit = limit;
    }

    /**
     * Runs a rule with a fresh budget on this thread.
     *
     * @param rule the rule, not null
     * @param situation the situation, not null
     * @param limit the findings of each severity or basis to make in full
     * @return the rule's result, placeholders included
     */
    static RuleResult run(Rule rule, io.github.nieuweroute.model.Situation situation, int limit) {
        FindingBudget outer = CURRENT.get();
        CURRENT.set(new FindingBudget(limit));
        try {
            return rule.check(situation);
        } finally {
            if (outer == null) {
                CURRENT.remove();
            } else {
                CURRENT.set(outer);
            }
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
