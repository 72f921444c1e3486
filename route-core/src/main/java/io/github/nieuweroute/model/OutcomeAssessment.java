package io.github.nieuweroute.model;

import java.time.LocalDate;
import java.util.Set;
import org.immutables.value.Value;

/**
 * One assessment of how far an {@link Outcome} was met (nl: beoordeling van het resultaat): when, with what status,
 * and with whom. "Vooraf zijn goede afspraken gemaakt over de te behalen resultaten, waarover achteraf verantwoording
 * wordt afgelegd" ({@code 004_5944939a3c113dbb.txt:4280-4281}); "We evalueren samen het plan van Saartje"
 * ({@code 000_003bca9ac70bd78f.txt:272}). The record is our interpretation of those passages.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class OutcomeAssessment {

    OutcomeAssessment() {}

    /** @return the day of the assessment, never null */
    public abstract LocalDate date();

    /** @return how far the outcome was met, never null */
    public abstract OutcomeStatus status();

    /** @return the participants who assessed it, in recorded order, empty if not recorded; never null */
    public abstract Set<String> assessedWith();

    /**
     * Makes an assessment.
     *
     * @param date the day, not null
     * @param status how far the outcome was met, not null
     * @param assessedWith participant ids, not null
     * @return the assessment, never null
     */
    public static OutcomeAssessment of(LocalDate date, OutcomeStatus status, String... assessedWith) {
        return builder().date(date).status(status).addAssessedWith(assessedWith).build();
    }

    /** @return a new builder, never null */
    public static Builder builder() {
        return ImmutableOutcomeAssessment.builder();
    }

    /** Builds an {@link OutcomeAssessment}. Not thread-safe. */
    public interface Builder {
        /**
         * @param date not null
         * @return this builder
         */
        Builder date(LocalDate date);

        /**
         * @param status not null
         * @return this builder
         */
        Builder status(OutcomeStatus status);

        /**
         * @param participants participant ids, not null
         * @return this builder
         */
        Builder addAssessedWith(String... participants);

        /**
         * @param participants participant ids, not null
         * @return this builder
         */
        Builder addAllAssessedWith(Iterable<String> participants);

        /**
         * @return the assessment, never null
         * @throws ModelValidationException if a field is missing or malformed
         */
        OutcomeAssessment build();
    }

    @Value.Check
    void check() {
        Checks.ids("OutcomeAssessment", null, "assessedWith", assessedWith());
    }
}
