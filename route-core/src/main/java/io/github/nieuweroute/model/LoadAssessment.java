package io.github.nieuweroute.model;

import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * An assessment of a person's load against their capacity on a day, as recorded in the case (nl: inschatting van
 * draaglast en draagkracht), such as of an informal carer.
 *
 * <p>Source: the K2 report's "Draaglast en zelfredzaamheid?": "De draaglast van burgers kan nogal verschillen: dit
 * gaat over belasting, belastbaarheid en overbelasting" ({@code 004_5944939a3c113dbb.txt:1131-1150}); SPEC uses the
 * definition of overload as a predicate for informal carers such as the De Vries daughter. The report gives no scale,
 * so an assessment records only the comparison ({@link LoadBalance}), never an amount; recording it as a dated
 * assessment is our interpretation.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class LoadAssessment {

    LoadAssessment() {}

    /** @return the day of the assessment, never null */
    public abstract LocalDate date();

    /** @return how the load stood to the capacity, never null */
    public abstract LoadBalance balance();

    /** @return the participant who made the assessment (the person themself or someone else), empty if not recorded */
    public abstract Optional<String> assessedBy();

    /**
     * Makes an assessment without its assessor.
     *
     * @param date the day, not null
     * @param balance how the load stood to the capacity, not null
     * @return the assessment, never null
     */
    public static LoadAssessment of(LocalDate date, LoadBalance balance) {
        return builder().date(date).balance(balance).build();
    }

    /** @return a new builder, never null */
    public static Builder builder() {
        return ImmutableLoadAssessment.builder();
    }

    /** Builds a {@link LoadAssessment}. Not thread-safe. */
    public interface Builder {
        /**
         * @param date not null
         * @return this builder
         */
        Builder date(LocalDate date);

        /**
         * @param balance not null
         * @return this builder
         */
        Builder balance(LoadBalance balance);

        /**
         * @param assessedBy a participant id, not null
         * @return this builder
         */
        Builder assessedBy(String assessedBy);

        /**
         * @param assessedBy a participant id, not null
         * @return this builder
         */
        Builder assessedBy(Optional<String> assessedBy);

        /**
         * @return the assessment, never null
         * @throws ModelValidationException if a field is missing or malformed
         */
        LoadAssessment build();
    }

    @Value.Check
    void check() {
        Checks.id("LoadAssessment", null, "assessedBy", assessedBy());
    }
}
