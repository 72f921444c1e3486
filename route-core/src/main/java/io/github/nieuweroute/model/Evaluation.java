package io.github.nieuweroute.model;

import java.time.LocalDate;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;

/**
 * A joint look back at a plan (nl: evaluatie): "We evalueren samen het plan van Saartje"
 * ({@code 000_003bca9ac70bd78f.txt:272}); "het is ook belangrijk dat we samen afstemmen wat er gebeurt en wie wat
 * doet" ({@code 000_003bca9ac70bd78f.txt:276}).
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class Evaluation {

    Evaluation() {}

    /** @return the id, unique in the situation, never null */
    public abstract String id();

    /** @return the date, never null */
    public abstract LocalDate date();

    /** @return the plan evaluated, empty if not recorded */
    public abstract Optional<String> plan();

    /** @return the participants who took part, at least one, never null */
    public abstract Set<String> participants();

    /** @return a new builder, never null */
    public static Builder builder() {
        return ImmutableEvaluation.builder();
    }

    /** Builds an {@link Evaluation}. Not thread-safe. */
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
         * @param plan a plan id, not null
         * @return this builder
         */
        Builder plan(String plan);

        /**
         * @param plan a plan id, not null
         * @return this builder
         */
        Builder plan(Optional<String> plan);

        /**
         * @param participant a participant id, not null
         * @return this builder
         */
        Builder addParticipant(String participant);

        /**
         * @param participants participant ids, not null
         * @return this builder
         */
        Builder addParticipants(String... participants);

        /**
         * @param participants participant ids, not null
         * @return this builder
         */
        Builder addAllParticipants(Iterable<String> participants);

        /**
         * @return the evaluation, never null
         * @throws ModelValidationException if a field is missing or malformed
         */
        Evaluation build();
    }

    @Value.Check
    void check() {
        Checks.id("Evaluation", null, "id", id());
        Checks.id("Evaluation", id(), "plan", plan());
        Checks.value(!participants().isEmpty(), "Evaluation", id(), "participants",
                "an evaluation has at least one participant");
        Checks.ids("Evaluation", id(), "participants", participants());
    }
}
