package io.github.nieuweroute.rule;

import java.util.Comparator;
import java.util.Objects;

/**
 * A breach of a rule found in a situation (nl: overtreding): rule id, {@link Severity}, message key with arguments,
 * and the {@link Evidence}. Its {@code toString} cites ids and enum values only.
 *
 * <p>Example: {@code Violation.of("R-01", Severity.ERROR, evidence, "R-01.performer-did-not-co-decide", "a1", "p2",
 * "d1", "CONSENTED")}.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class Violation extends Finding {

    private final Severity severity;

    private Violation(String ruleId, Severity severity, Evidence evidence, String messageKey, Object... arguments) {
        super("Violation", ruleId, evidence, messageKey, arguments);
        this.severity = Objects.requireNonNull(severity, "severity");
    }

    /** Orders violations: rule id, then severity, evidence, message key and arguments. */
    public static final Comparator<Violation> ORDER = (a, b) -> {
        int c = a.ruleId().compareTo(b.ruleId());
        if (c == 0) {
            c = a.severity().compareTo(b.severity());
        }
        return c != 0 ? c : Finding.compareRest(a, b);
    };

    /** @return how serious it is, never null */
    public Severity severity() {
        return severity;
    }

    /**
     * Makes a violation.
     *
     * @param ruleId the rule's id, not null
     * @param severity how serious, not null
     * @param evidence the ids involved, not null
     * @param messageKey the message key, not null
     * @param arguments the message arguments (ids, enum values, counts), each turned into text; not null
     * @return the violation, never null
     * @throws InvalidRuleDataException if the rule id or message key is malformed
     */
    public static Violation of(String ruleId, Severity severity, Evidence evidence, String messageKey,
            Object... arguments) {
        return new Violation(ruleId, severity, evidence, messageKey, arguments);
    }

    @Override
    public boolean equals(Object o) {
        return this == o || o instanceof Violation && severity == ((Violation) o).severity && sameAs((Violation) o);
    }

    @Override
    public int hashCode() {
        return 31 * baseHash() + severity.hashCode();
    }

    @Override
    public String toString() {
        return "[" + severity() + "] " + ruleId() + " " + messageKey() + arguments() + " " + evidence();
    }
}
