package io.github.nieuweroute.model;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;

/**
 * Limits set for safety within which the involved decide (nl: veiligheidskader): "Veilig Thuis heeft kaders aan de
 * veiligheid gegeven zodat iedereen precies wist waar hij aan toe was." ({@code 000_003bca9ac70bd78f.txt:266}).
 * Professionals must be able to intervene when a young person's safety is at stake
 * ({@code 004_5944939a3c113dbb.txt:2937-2942}).
 *
 * <p>{@link #coveredIds()} names the decisions, agreements and information items the frame governs: there a safety
 * frame overrides ownership rules and restricts sharing, and the rules report that as a recorded exception.
 *
 * <p>{@link #conditions()} (format version 2) states what the frame forbids or requires as data: who may not be alone
 * with whom, whose contact must be supervised, what may not be decided without the frame's owner
 * ({@link #setBy()}). An agreement or decision that breaches a condition is a finding of its own (rule R-27), which
 * the frame's coverage never exempts: a frame governs what it covers, it does not excuse breaking itself.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class SafetyFrame {

    SafetyFrame() {}

    /** @return the id, unique in the situation, never null */
    public abstract String id();

    /** @return the participant who set it, such as Veilig Thuis, never null */
    public abstract String setBy();

    /** @return when it was set, empty if not recorded */
    public abstract Optional<LocalDate> date();

    /** @return the limits in words, free text the library never prints; never null */
    @Value.Redacted
    public abstract List<String> constraints();

    /**
     * @return the ids of the decisions, agreements, information items, outcomes and questions it governs, never null
     */
    public abstract Set<String> coveredIds();

    /** @return the conditions as data, in recorded order, never null */
    public abstract List<SafetyCondition> conditions();

    /** @return a new builder, never null */
    public static Builder builder() {
        return ImmutableSafetyFrame.builder();
    }

    /** Builds a {@link SafetyFrame}. Not thread-safe. */
    public interface Builder {
        /**
         * @param id not null
         * @return this builder
         */
        Builder id(String id);

        /**
         * @param setBy a participant id, not null
         * @return this builder
         */
        Builder setBy(String setBy);

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
         * @param constraint not null
         * @return this builder
         */
        Builder addConstraint(String constraint);

        /**
         * @param constraints not null
         * @return this builder
         */
        Builder addAllConstraints(Iterable<String> constraints);

        /**
         * @param id a decision, agreement or information item id, not null
         * @return this builder
         */
        Builder addCoveredId(String id);

        /**
         * @param ids decision, agreement or information item ids, not null
         * @return this builder
         */
        Builder addAllCoveredIds(Iterable<String> ids);

        /**
         * @param condition not null
         * @return this builder
         */
        Builder addCondition(SafetyCondition condition);

        /**
         * @param conditions not null
         * @return this builder
         */
        Builder addAllConditions(Iterable<? extends SafetyCondition> conditions);

        /**
         * @return the frame, never null
         * @throws ModelValidationException if a field is missing or malformed
         */
        SafetyFrame build();
    }

    @Value.Check
    void check() {
        Checks.id("SafetyFrame", null, "id", id());
        Checks.id("SafetyFrame", id(), "setBy", setBy());
        Checks.ids("SafetyFrame", id(), "coveredIds", coveredIds());
        for (String constraint : constraints()) {
            Checks.value(!constraint.isBlank(), "SafetyFrame", id(), "constraints", "a constraint is not blank");
        }
    }
}
