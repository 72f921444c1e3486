package io.github.nieuweroute.model;

import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A result the plan is meant to achieve for a person, and how far it was met (nl: beoogd resultaat). Agreements name
 * the outcomes they serve ({@link Agreement#outcomes()}); assessments record how far it was met, when and with whom.
 *
 * <p>The K2 report: "Het denken in resultaten maakt de compensatieplicht concreet", with the eight results of the
 * Kanteling ({@code 004_5944939a3c113dbb.txt:2724-2751}, {@link KantelingResult}, one optional vocabulary), and
 * "Vooraf zijn goede afspraken gemaakt over de te behalen resultaten, waarover achteraf verantwoording wordt afgelegd"
 * ({@code 004_5944939a3c113dbb.txt:4280-4281}). Siegers names no outcome record; this one is our interpretation.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class Outcome {

    Outcome() {}

    /** @return the id, unique in the situation, never null */
    public abstract String id();

    /** @return the participant the result is for, empty if not recorded */
    public abstract Optional<String> person();

    /** @return which of the Kanteling's eight results it is, empty if it is none or not recorded */
    public abstract Optional<KantelingResult> kantelingResult();

    /** @return the result in words, free text the library never prints; empty if not recorded */
    @Value.Redacted
    public abstract Optional<String> description();

    /** @return the assessments, in recorded order, never null */
    public abstract List<OutcomeAssessment> assessments();

    /**
     * Returns how far the outcome was met at its latest assessment: of the assessments on the latest date, the least
     * met, so that the answer does not depend on the order they were recorded in.
     *
     * @return the status, empty if the outcome was never assessed
     */
    @Value.Lazy
    public Optional<OutcomeStatus> latestStatus() {
        OutcomeAssessment latest = null;
        for (OutcomeAssessment a : assessments()) {
            if (latest == null || a.date().isAfter(latest.date())
                    || a.date().equals(latest.date()) && a.status().compareTo(latest.status()) > 0) {
                latest = a;
            }
        }
        return latest == null ? Optional.empty() : Optional.of(latest.status());
    }

    /** @return a new builder, never null */
    public static Builder builder() {
        return ImmutableOutcome.builder();
    }

    /** Builds an {@link Outcome}. Not thread-safe. */
    public interface Builder {
        /**
         * @param id not null
         * @return this builder
         */
        Builder id(String id);

        /**
         * @param person a participant id, not null
         * @return this builder
         */
        Builder person(String person);

        /**
         * @param person a participant id, not null
         * @return this builder
         */
        Builder person(Optional<String> person);

        /**
         * @param result not null
         * @return this builder
         */
        Builder kantelingResult(KantelingResult result);

        /**
         * @param result not null
         * @return this builder
         */
        Builder kantelingResult(Optional<? extends KantelingResult> result);

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
         * @param assessment not null
         * @return this builder
         */
        Builder addAssessment(OutcomeAssessment assessment);

        /**
         * @param assessments not null
         * @return this builder
         */
        Builder addAllAssessments(Iterable<? extends OutcomeAssessment> assessments);

        /**
         * @return the outcome, never null
         * @throws ModelValidationException if a field is missing or malformed
         */
        Outcome build();
    }

    @Value.Check
    void check() {
        Checks.id("Outcome", null, "id", id());
        Checks.id("Outcome", id(), "person", person());
        Checks.notBlank("Outcome", id(), "description", description());
    }
}
