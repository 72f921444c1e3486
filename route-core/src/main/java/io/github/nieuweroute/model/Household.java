package io.github.nieuweroute.model;

import java.util.Set;
import org.immutables.value.Value;

/**
 * The people who live together in one household (nl: huishouden, gezin), such as the Van Dalen family: "moeder
 * Saskia, zoon Jeffrey van 16 jaar en dochter Amanda van 12" ({@code 004_5944939a3c113dbb.txt:173-174}). Their
 * questions are related: K2 asks that "de loketmedewerkers van de gemeente de verschillende problematieken binnen het
 * gezin in samenhang zien en oppakken" ({@code 004_5944939a3c113dbb.txt:4283-4285}); rule R-16 reads it.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class Household {

    Household() {}

    /** @return the id, unique in the situation, never null */
    public abstract String id();

    /** @return the members' participant ids, at least one, in recorded order; never null */
    public abstract Set<String> members();

    /**
     * Makes a household.
     *
     * @param id the id, not null
     * @param members participant ids, at least one, not null
     * @return the household, never null
     */
    public static Household of(String id, String... members) {
        return builder().id(id).addMembers(members).build();
    }

    /** @return a new builder, never null */
    public static Builder builder() {
        return ImmutableHousehold.builder();
    }

    /** Builds a {@link Household}. Not thread-safe. */
    public interface Builder {
        /**
         * @param id not null
         * @return this builder
         */
        Builder id(String id);

        /**
         * @param members participant ids, not null
         * @return this builder
         */
        Builder addMembers(String... members);

        /**
         * @param members participant ids, not null
         * @return this builder
         */
        Builder addAllMembers(Iterable<String> members);

        /**
         * @return the household, never null
         * @throws ModelValidationException if a field is missing or malformed, or it has no member
         */
        Household build();
    }

    @Value.Check
    void check() {
        Checks.id("Household", null, "id", id());
        Checks.value(!members().isEmpty(), "Household", id(), "members", "a household has at least one member");
        Checks.ids("Household", id(), "members", members());
    }
}
