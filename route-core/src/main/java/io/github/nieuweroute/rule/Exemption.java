package io.github.nieuweroute.rule;

import java.util.Comparator;
import java.util.Objects;

/**
 * A recorded exception (nl: vastgelegde uitzondering): a record that would break a rule, but where the person it
 * concerns refused consent or a safety frame applies. Reported apart from violations, with its
 * {@link ExemptionBasis} and the ids involved (the safety frame's id among them).
 *
 * <p>This class is immutable and thread-safe.
 */
public final class Exemption extends Finding {

    private final ExemptionBasis basis;

    private Exemption(String ruleId, ExemptionBasis basis, Evidence evidence, String messageKey, Object... arguments) {
        super("Exemption", ruleId, evidence, messageKey, arguments);
        this.basis = Objects.requireNonNull(basis, "basis");
    }

    /** Orders exemptions: rule id, then basis, evidence, message key and arguments. */
    public static final Comparator<Exemption> ORDER = (a, b) -> {
        int c = a.ruleId().compareTo(b.ruleId());
        if (c == 0) {
            c = a.basis().compareTo(b.basis());
        }
        return c != 0 ? c : Finding.compareRest(a, b);
    };

    /** @return why it is not a violation, never null */
    public ExemptionBasis basis() {
        return basis;
    }

    /**
     * Makes an exemption.
     *
     * @param ruleId the id of the rule that would otherwise be broken, not null
     * @param basis why it is exempt, not null
     * @param evidence the ids involved, not null
     * @param messageKey the message key, not null
     * @param arguments the message arguments (ids, enum values, counts); not null
     * @return the exemption, never null
     * @throws InvalidRuleDataException if the rule id or message key is malformed
     */
    public static Exemption of(String ruleId, ExemptionBasis basis, Evidence evidence, String messageKey,
            Object... arguments) {
        return new Exemption(ruleId, basis, evidence, messageKey, arguments);
    }

    @Override
    public boolean equals(Object o) {
        return this == o || o instanceof Exemption && basis == ((Exemption) o).basis && sameAs((Exemption) o);
    }

    @Override
    public int hashCode() {
        return 31 * baseHash() + basis.hashCode();
    }

    @Override
    public String toString() {
        return "[" + basis() + "] " + ruleId() + " " + messageKey() + arguments() + " " + evidence();
    }
}
