package io.github.nieuweroute.model;

import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A request to someone in the situation (nl: verzoek): to think along, to co-decide, to help execute, to volunteer.
 *
 * <p>The textbook case is the care home asking Mevrouw de Vries's daughter "of ik vrijwilliger wil worden in het
 * verzorgingstehuis. Dan mag ik koffie gaan schenken en zo." ({@code 000_003bca9ac70bd78f.txt:207}): a request to
 * execute without a say, where Eigen Kracht "is hier verworpen van 'het recht om mee te besluiten' tot 'de plicht om
 * mee te helpen'" ({@code 000_003bca9ac70bd78f.txt:239}).
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class Request {

    Request() {}

    /** @return the id, unique in the situation, never null */
    public abstract String id();

    /** @return the date of the request, never null */
    public abstract LocalDate date();

    /** @return the participant who asked, never null */
    public abstract String from();

    /** @return the participant who was asked, never null */
    public abstract String to();

    /** @return what was asked, never null */
    public abstract RequestKind kind();

    /** @return the request in words, free text the library never prints; empty if not recorded */
    @Value.Redacted
    public abstract Optional<String> description();

    /** @return a new builder, never null */
    public static Builder builder() {
        return ImmutableRequest.builder();
    }

    /** Builds a {@link Request}. Not thread-safe. */
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
        Builder kind(RequestKind kind);

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
         * @return the request, never null
         * @throws ModelValidationException if a field is missing or malformed
         */
        Request build();
    }

    @Value.Check
    void check() {
        Checks.id("Request", null, "id", id());
        Checks.id("Request", id(), "from", from());
        Checks.id("Request", id(), "to", to());
        Checks.notBlank("Request", id(), "description", description());
        Checks.value(!from().equals(to()), "Request", id(), "to", "a participant does not ask themselves");
    }
}
