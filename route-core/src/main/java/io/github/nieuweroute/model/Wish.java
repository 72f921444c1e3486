package io.github.nieuweroute.model;

import java.util.Optional;
import org.immutables.value.Value;

/**
 * A person's own wish about a decision, recorded apart from the decision itself (nl: wens), with who conveyed it and
 * how the decision relates to it.
 *
 * <p>In the De Vries case the wish and the decision differ, and the wish reaches the table second-hand: "De dochter
 * zegt dat haar moeder liever nog thuis zou blijven wonen, maar stemt in" ({@code 000_003bca9ac70bd78f.txt:201}).
 * The daughter's consent is recorded as her {@link ParticipationLevel}; the mother's wish, conveyed by the daughter,
 * is this value. The sources name no such record; modelling it is our interpretation of that passage.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class Wish {

    Wish() {}

    /** @return the participant whose wish it is, never null */
    public abstract String holder();

    /**
     * Returns who voiced the wish: the holder themself, or someone speaking for them (the De Vries daughter).
     *
     * @return a participant id, never null
     */
    public abstract String conveyedBy();

    /** @return how the decision relates to the wish, never null */
    public abstract WishOutcome outcome();

    /** @return the wish in words, free text the library never prints; empty if not recorded */
    @Value.Redacted
    public abstract Optional<String> text();

    /**
     * Tells whether the holder voiced the wish themself.
     *
     * @return true if {@link #conveyedBy()} is {@link #holder()}
     */
    public final boolean voicedByHolder() {
        return holder().equals(conveyedBy());
    }

    /**
     * Makes a wish without its wording.
     *
     * @param holder whose wish it is, a participant id, not null
     * @param conveyedBy who voiced it, a participant id, not null
     * @param outcome how the decision relates to it, not null
     * @return the wish, never null
     */
    public static Wish of(String holder, String conveyedBy, WishOutcome outcome) {
        return builder().holder(holder).conveyedBy(conveyedBy).outcome(outcome).build();
    }

    /** @return a new builder, never null */
    public static Builder builder() {
        return ImmutableWish.builder();
    }

    /** Builds a {@link Wish}. Not thread-safe. */
    public interface Builder {
        /**
         * @param holder a participant id, not null
         * @return this builder
         */
        Builder holder(String holder);

        /**
         * @param conveyedBy a participant id, not null
         * @return this builder
         */
        Builder conveyedBy(String conveyedBy);

        /**
         * @param outcome not null
         * @return this builder
         */
        Builder outcome(WishOutcome outcome);

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
         * @return the wish, never null
         * @throws ModelValidationException if a field is missing or malformed
         */
        Wish build();
    }

    @Value.Check
    void check() {
        Checks.id("Wish", null, "holder", holder());
        Checks.id("Wish", null, "conveyedBy", conveyedBy());
        Checks.notBlank("Wish", null, "text", text());
    }
}
