package io.github.nieuweroute.model;

import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;

/**
 * An agreement in a plan (nl: afspraak): what is to be done, who performs it, who proposed it, and the decision that
 * made it. "Doordat we echt goede afspraken hebben gemaakt waar we ons aan houden, wonen de jongste kinderen nog bij
 * ons." ({@code 000_003bca9ac70bd78f.txt:268}).
 *
 * <p>In the Nieuwe Route professionals carry out the plan "waar nodig" ({@code 001_efdc3dbc7d93ff68.txt:24}):
 * {@link #recordedNeed()} holds why a professional's task is needed. The link from performers to the deciders of
 * {@link #decision()} is what the regie rule checks: people take responsibility only when they may co-decide
 * ({@code 000_003bca9ac70bd78f.txt:43}). {@link #offer()} records where the help comes from (R-11, "aanbodgericht",
 * {@code 000_003bca9ac70bd78f.txt:250}).
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class Agreement {

    Agreement() {}

    /** @return the id, unique in the situation, never null */
    public abstract String id();

    /** @return what is agreed, free text the library never prints; empty if not recorded */
    @Value.Redacted
    public abstract Optional<String> description();

    /** @return the decision that made this agreement, never null */
    public abstract String decision();

    /** @return the participants who carry it out, at least one, never null */
    public abstract Set<String> performers();

    /** @return the participant who proposed it, empty if not recorded */
    public abstract Optional<String> proposer();

    /** @return how it recurs, empty for a one-off agreement */
    public abstract Optional<Recurrence> recurrence();

    /**
     * Returns why a professional's part is needed ("waar nodig", {@code 001_efdc3dbc7d93ff68.txt:24}). Free text the
     * library never prints.
     *
     * @return the recorded need, empty if none was recorded
     */
    @Value.Redacted
    public abstract Optional<String> recordedNeed();

    /**
     * Returns the offer the agreement draws on: purchased, tailor-made, informal or collective
     * ({@code 000_003bca9ac70bd78f.txt:250}, {@code 002_296212247530a523.txt:58-60}); R-11 reads it.
     *
     * @return the offer, empty if not recorded
     */
    public abstract Optional<Offer> offer();

    /**
     * Returns the outcomes this agreement is meant to achieve (R-17, "de te behalen resultaten",
     * {@code 004_5944939a3c113dbb.txt:4280-4281}).
     *
     * @return outcome ids, in recorded order, empty if none is recorded; never null
     */
    public abstract Set<String> outcomes();

    /** @return a new builder, never null */
    public static Builder builder() {
        return ImmutableAgreement.builder();
    }

    /** Builds an {@link Agreement}. Not thread-safe. */
    public interface Builder {
        /**
         * @param id not null
         * @return this builder
         */
        Builder id(String id);

        /**
         * @param description not null
         * @return this builder
         */
        Builder description(String description);

        /**
         * @param description not null
         * @return this builder
         */
        Builder description(Optional<String> description);

        /**
         * @param decision a decision id, not null
         * @return this builder
         */
        Builder decision(String decision);

        /**
         * @param performer a participant id, not null
         * @return this builder
         */
        Builder addPerformer(String performer);

        /**
         * @param performers participant ids, not null
         * @return this builder
         */
        Builder addPerformers(String... performers);

        /**
         * @param performers participant ids, not null
         * @return this builder
         */
        Builder addAllPerformers(Iterable<String> performers);

        /**
         * @param proposer a participant id, not null
         * @return this builder
         */
        Builder proposer(String proposer);

        /**
         * @param proposer a participant id, not null
         * @return this builder
         */
        Builder proposer(Optional<String> proposer);

        /**
         * @param recurrence not null
         * @return this builder
         */
        Builder recurrence(Recurrence recurrence);

        /**
         * @param recurrence not null
         * @return this builder
         */
        Builder recurrence(Optional<? extends Recurrence> recurrence);

        /**
         * @param need not null
         * @return this builder
         */
        Builder recordedNeed(String need);

        /**
         * @param need not null
         * @return this builder
         */
        Builder recordedNeed(Optional<String> need);

        /**
         * @param offer not null
         * @return this builder
         */
        Builder offer(Offer offer);

        /**
         * @param offer not null
         * @return this builder
         */
        Builder offer(Optional<? extends Offer> offer);

        /**
         * @param outcome an outcome id, not null
         * @return this builder
         */
        Builder addOutcome(String outcome);

        /**
         * @param outcomes outcome ids, not null
         * @return this builder
         */
        Builder addAllOutcomes(Iterable<String> outcomes);

        /**
         * @return the agreement, never null
         * @throws ModelValidationException if a field is missing or malformed
         */
        Agreement build();
    }

    @Value.Check
    void check() {
        String type = "Agreement";
        Checks.id(type, null, "id", id());
        Checks.id(type, id(), "decision", decision());
        Checks.value(!performers().isEmpty(), type, id(), "performers", "an agreement has at least one performer");
        Checks.ids(type, id(), "performers", performers());
        Checks.ids(type, id(), "outcomes", outcomes());
        Checks.id(type, id(), "proposer", proposer());
        Checks.notBlank(type, id(), "description", description());
        Checks.notBlank(type, id(), "recordedNeed", recordedNeed());
    }
}
