package io.github.nieuweroute.model;

import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * Something one participant gives another (nl: uitwisseling): help, care, attention, a favour. Exchanges make the
 * graph in which reciprocity is read: "Wederkerigheid wijst op een evenwicht tussen het geven en nemen of ontvangen"
 * ({@code 004_5944939a3c113dbb.txt:3667-3668}); Esther looks after the rabbits and the cat of the aunt and the
 * neighbour who keep an eye on her family ({@code 000_003bca9ac70bd78f.txt:268}).
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class Exchange {

    Exchange() {}

    /** @return the id, unique in the situation, never null */
    public abstract String id();

    /** @return the participant who gives, never null */
    public abstract String giver();

    /** @return the participant who receives, never null */
    public abstract String receiver();

    /** @return what is given, free text the library never prints; empty if not recorded */
    @Value.Redacted
    public abstract Optional<String> what();

    /** @return when, empty if not recorded (or ongoing) */
    public abstract Optional<LocalDate> date();

    /**
     * Makes an exchange.
     *
     * @param id the id, not null
     * @param giver the giver's id, not null
     * @param receiver the receiver's id, not null
     * @return the exchange, never null
     */
    public static Exchange of(String id, String giver, String receiver) {
        return builder().id(id).giver(giver).receiver(receiver).build();
    }

    /** @return a new builder, never null */
    public static Builder builder() {
        return ImmutableExchange.builder();
    }

    /** Builds an {@link Exchange}. Not thread-safe. */
    public interface Builder {
        /**
         * @param id not null
         * @return this builder
         */
        Builder id(String id);

        /**
         * @param giver a participant id, not null
         * @return this builder
         */
        Builder giver(String giver);

        /**
         * @param receiver a participant id, not null
         * @return this builder
         */
        Builder receiver(String receiver);

        /**
         * @param what not null
         * @return this builder
         */
        Builder what(String what);

        /**
         * @param what not null
         * @return this builder
         */
        Builder what(Optional<String> what);

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
         * @return the exchange, never null
         * @throws ModelValidationException if a field is missing or malformed
         */
        Exchange build();
    }

    @Value.Check
    void check() {
        Checks.id("Exchange", null, "id", id());
        Checks.id("Exchange", id(), "giver", giver());
        Checks.id("Exchange", id(), "receiver", receiver());
        Checks.notBlank("Exchange", id(), "what", what());
        Checks.value(!giver().equals(receiver()), "Exchange", id(), "receiver",
                "giver and receiver are different participants");
    }
}
