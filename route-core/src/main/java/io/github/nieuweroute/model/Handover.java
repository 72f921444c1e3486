package io.github.nieuweroute.model;

import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A handover or referral between professionals (nl: overdracht, doorverwijzing), such as home care handing Mevrouw
 * de Vries over to the care-home staff ({@code 000_003bca9ac70bd78f.txt:203}).
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class Handover {

    Handover() {}

    /** @return the id, unique in the situation, never null */
    public abstract String id();

    /** @return the date, never null */
    public abstract LocalDate date();

    /** @return the participant handing over, never null */
    public abstract String from();

    /** @return the participant taking over or added, never null */
    public abstract String to();

    /** @return what kind of handover, never null */
    public abstract HandoverKind kind();

    /**
     * Returns the consent of the focus person, for a referral: "met toestemming van de cliënt"
     * ({@code 004_5944939a3c113dbb.txt:4412}).
     *
     * @return the consent, empty if not recorded
     */
    public abstract Optional<ConsentStatus> consent();

    /** @return a new builder, never null */
    public static Builder builder() {
        return ImmutableHandover.builder();
    }

    /** Builds a {@link Handover}. Not thread-safe. */
    public interface Builder {
        /**
         * @param id not null
         * @return this builder
         */
        Builder id(String id);

        /**
         * @param date not null
         * @return this builder
         */
        Builder date(LocalDate date);

        /**
         * @param from a participant id, not null
         * @return this builder
         */
        Builder from(String from);

        /**
         * @param to a participant id, not null
         * @return this builder
         */
        Builder to(String to);

        /**
         * @param kind not null
         * @return this builder
         */
        Builder kind(HandoverKind kind);

        /**
         * @param consent not null
         * @return this builder
         */
        Builder consent(ConsentStatus consent);

        /**
         * @param consent not null
         * @return this builder
         */
        Builder consent(Optional<? extends ConsentStatus> consent);

        /**
         * @return the handover, never null
         * @throws ModelValidationException if a field is missing or malformed
         */
        Handover build();
    }

    @Value.Check
    void check() {
        Checks.id("Handover", null, "id", id());
        Checks.id("Handover", id(), "from", from());
        Checks.id("Handover", id(), "to", to());
        Checks.value(!from().equals(to()), "Handover", id(), "to", "a participant does not hand over to themselves");
    }
}
