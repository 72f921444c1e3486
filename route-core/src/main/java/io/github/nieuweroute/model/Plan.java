package io.github.nieuweroute.model;

import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A plan (nl: plan): the agreements that together say what will be done. In the Nieuwe Route it is "een gedragen
 * plan", "een plan waar iedereen achter staat" ({@code 001_efdc3dbc7d93ff68.txt:36}), owned by the person it is
 * about: "het plan van Saartje" ({@code 000_003bca9ac70bd78f.txt:272}).
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class Plan {

    Plan() {}

    /** @return the id, unique in the situation, never null */
    public abstract String id();

    /** @return the participant whose plan it is, empty if not recorded */
    public abstract Optional<String> owner();

    /** @return the agreements, in order, never null */
    public abstract List<Agreement> agreements();

    /** @return a new builder, never null */
    public static Builder builder() {
        return ImmutablePlan.builder();
    }

    /** Builds a {@link Plan}. Not thread-safe. */
    public interface Builder {
        /**
         * @param id not null
         * @return this builder
         */
        Builder id(String id);

        /**
         * @param owner a participant id, not null
         * @return this builder
         */
        Builder owner(String owner);

        /**
         * @param owner a participant id, not null
         * @return this builder
         */
        Builder owner(Optional<String> owner);

        /**
         * @param agreement not null
         * @return this builder
         */
        Builder addAgreement(Agreement agreement);

        /**
         * @param agreements not null
         * @return this builder
         */
        Builder addAgreements(Agreement... agreements);

        /**
         * @param agreements not null
         * @return this builder
         */
        Builder addAllAgreements(Iterable<? extends Agreement> agreements);

        /**
         * @return the plan, never null
         * @throws ModelValidationException if a field is missing or malformed
         */
        Plan build();
    }

    @Value.Check
    void check() {
        Checks.id("Plan", null, "id", id());
        Checks.id("Plan", id(), "owner", owner());
    }
}
