package io.github.nieuweroute.model;

import java.util.Optional;
import org.immutables.value.Value;

/**
 * A reason recorded for a decision (nl: beweegreden, onderbouwing), of a structured {@link ReasonKind} and given by a
 * participant.
 *
 * <p>Buiting asks that decisions come "vanuit de bedoeling en níét vanuit systeemwerklijkheden"
 * ({@code 002_296212247530a523.txt:38}); the De Vries daughter consents "omdat de thuiszorg dit te zwaar vindt en er
 * geen andere oplossing voor handen is" ({@code 000_003bca9ac70bd78f.txt:201}): two reasons, the first given by the
 * home care. The sources name no such record; the structure is our interpretation.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class Reason {

    Reason() {}

    /** @return the kind, never null */
    public abstract ReasonKind kind();

    /** @return the participant who gave the reason, never null */
    public abstract String givenBy();

    /** @return the reason in words, free text the library never prints; empty if not recorded */
    @Value.Redacted
    public abstract Optional<String> text();

    /**
     * Makes a reason without its wording.
     *
     * @param kind the kind, not null
     * @param givenBy who gave it, a participant id, not null
     * @return the reason, never null
     */
    public static Reason of(ReasonKind kind, String givenBy) {
        return builder().kind(kind).givenBy(givenBy).build();
    }

    /** @return a new builder, never null */
    public static Builder builder() {
        return ImmutableReason.builder();
    }

    /** Builds a {@link Reason}. Not thread-safe. */
    public interface Builder {
        /**
         * @param kind not null
         * @return this builder
         */
        Builder kind(ReasonKind kind);

        /**
         * @param givenBy a participant id, not null
         * @return this builder
         */
        Builder givenBy(String givenBy);

        /**
         * @param text not null
         * @return this builder
         */
        Builder text(String text);

        /**
         * @param text not null
         * @return this builder
         */
        Builder text(Optional<String> text);

        /**
         * @return the reason, never null
         * @throws ModelValidationException if a field is missing or malformed
         */
        Reason build();
    }

    @Value.Check
    void check() {
        Checks.id("Reason", null, "givenBy", givenBy());
        Checks.notBlank("Reason", null, "text", text());
    }
}
