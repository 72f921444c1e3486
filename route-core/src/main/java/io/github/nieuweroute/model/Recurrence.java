package io.github.nieuweroute.model;

import java.util.Optional;
import org.immutables.value.Value;

/**
 * How an agreement recurs (nl: herhaling), such as "Elke eerste vrijdag van de maand eten we samen patat"
 * ({@code 000_003bca9ac70bd78f.txt:268}): a {@link Frequency} and, optionally, the rule in words.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class Recurrence {

    Recurrence() {}

    /** @return how often, never null */
    @Value.Parameter
    public abstract Frequency frequency();

    /**
     * Returns the rule in words, such as "first Friday of the month": free text the library never prints.
     *
     * @return the rule, empty if not recorded
     */
    @Value.Parameter
    @Value.Redacted
    public abstract Optional<String> rule();

    /**
     * Makes a recurrence without a rule in words.
     *
     * @param frequency how often, not null
     * @return the recurrence, never null
     */
    public static Recurrence of(Frequency frequency) {
        return ImmutableRecurrence.of(frequency, Optional.empty());
    }

    /**
     * Makes a recurrence with a rule in words.
     *
     * @param frequency how often, not null
     * @param rule the rule in words, not null
     * @return the recurrence, never null
     */
    public static Recurrence of(Frequency frequency, String rule) {
        return ImmutableRecurrence.of(frequency, Optional.of(rule));
    }

    @Value.Check
    void check() {
        Checks.notBlank("Recurrence", null, "rule", rule());
    }
}
