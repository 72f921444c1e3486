package io.github.nieuweroute.model;

import io.github.nieuweroute.model.ModelValidationException.Problem;
import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * An initiative someone took in the situation (nl: initiatief), and who took it over, if anyone: "Neem
 * burgerinitiatieven niet over" ({@code 001_efdc3dbc7d93ff68.txt:51}); "Neem de regie niet over"
 * ({@code 001_efdc3dbc7d93ff68.txt:41}). Esther and Jeffrey "kwamen zelf met het idee" of a family group plan
 * ({@code 000_003bca9ac70bd78f.txt:264}).
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class Initiative {

    Initiative() {}

    /** @return the id, unique in the situation, never null */
    public abstract String id();

    /** @return the participant whose initiative it is, never null */
    public abstract String owner();

    /** @return what the initiative is, free text the library never prints; empty if not recorded */
    @Value.Redacted
    public abstract Optional<String> description();

    /** @return when it was taken, empty if not recorded */
    public abstract Optional<LocalDate> date();

    /** @return the participant who took it over, empty if nobody did */
    public abstract Optional<String> takenOverBy();

    /** @return when it was taken over, empty if not recorded or not taken over */
    public abstract Optional<LocalDate> takenOverOn();

    /** @return a new builder, never null */
    public static Builder builder() {
        return ImmutableInitiative.builder();
    }

    /** Builds an {@link Initiative}. Not thread-safe. */
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
         * @param date not null
         * @return this builder
         */
        Builder date(LocalDate date);

        /**
         * @param date not null
         * @return this builder
         */
        Builder date(Optional<? extends LocalDate> date);

        /**
         * @param participant a participant id, not null
         * @return this builder
         */
        Builder takenOverBy(String participant);

        /**
         * @param participant a participant id, not null
         * @return this builder
         */
        Builder takenOverBy(Optional<String> participant);

        /**
         * @param date not null
         * @return this builder
         */
        Builder takenOverOn(LocalDate date);

        /**
         * @param date not null
         * @return this builder
         */
        Builder takenOverOn(Optional<? extends LocalDate> date);

        /**
         * @return the initiative, never null
         * @throws ModelValidationException if a field is missing or malformed
         */
        Initiative build();
    }

    @Value.Check
    void check() {
        String type = "Initiative";
        Checks.id(type, null, "id", id());
        Checks.id(type, id(), "owner", owner());
        Checks.id(type, id(), "takenOverBy", takenOverBy());
        Checks.notBlank(type, id(), "description", description());
        Checks.value(takenOverOn().isEmpty() || takenOverBy().isPresent(), type, id(), "takenOverOn",
                "a take-over date needs takenOverBy");
        Checks.value(!takenOverBy().equals(Optional.of(owner())), type, id(), "takenOverBy",
                "an owner does not take over their own initiative");
        if (date().isPresent() && takenOverOn().isPresent() && takenOverOn().get().isBefore(date().get())) {
            throw new ModelValidationException(type, id(), "takenOverOn", Problem.DATE_ORDER,
                    "taken over before the initiative was taken");
        }
    }
}
