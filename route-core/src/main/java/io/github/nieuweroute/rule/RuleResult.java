package io.github.nieuweroute.rule;

import java.util.List;
import org.immutables.value.Value;

/**
 * What one rule found in a situation (nl: uitkomst van een regel): its violations and its recorded exemptions.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class RuleResult {

    private static final RuleResult EMPTY = ImmutableRuleResult.of(List.of(), List.of());

    RuleResult() {}

    /** @return the violations, never null */
    @Value.Parameter
    public abstract List<Violation> violations();

    /** @return the recorded exemptions, never null */
    @Value.Parameter
    public abstract List<Exemption> exemptions();

    /** @return a result with nothing found, never null */
    public static RuleResult empty() {
        return EMPTY;
    }

    /**
     * Makes a result.
     *
     * @param violations the violations, not null
     * @param exemptions the recorded exemptions, not null
     * @return the result, never null
     */
    public static RuleResult of(List<Violation> violations, List<Exemption> exemptions) {
        return ImmutableRuleResult.of(violations, exemptions);
    }

    /**
     * Makes a result with violations only.
     *
     * @param violations the violations, not null
     * @return the result, never null
     */
    public static RuleResult of(List<Violation> violations) {
        return ImmutableRuleResult.of(violations, List.of());
    }
}
