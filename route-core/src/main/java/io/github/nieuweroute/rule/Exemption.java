package io.github.nieuweroute.rule;

import java.util.Comparator;
import org.immutables.value.Value;

/**
 * A recorded exception (nl: vastgelegde uitzondering): a record that would break a rule, but where the person it
 * concerns refused consent or a safety frame applies. Reported apart from violations, with its
 * {@link ExemptionBasis} and the ids involved (the safety frame's id among them).
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class Exemption extends Finding {

    Exemption() {}

    /** Orders exemptions: rule id, then basis, evidence, message key and arguments. */
    public static final Comparator<Exemption> ORDER = (a, b) -> {
        int c = a.ruleId().compareTo(b.ruleId());
        if (c == 0) {
            c = a.basis().compareTo(b.basis());
        }
        return c != 0 ? c : Finding.compareRest(a, b);
    };

    /** @return why it is not a violation, never null */
    public abstract ExemptionBasis basis();

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
        return ImmutableExemption.builder().ruleId(ruleId).basis(basis).evidence(evidence).messageKey(messageKey)
                .arguments(texts(arguments)).build();
    }

    @Value.Check
    void check() {
        validate("Exemption");
    }

    @Override
    public String toString() {
        return "[" + basis() + "] " + ruleId() + " " + messageKey() + arguments() + " " + evidence();
    }
}
