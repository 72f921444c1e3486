package io.github.nieuweroute.sim;

import java.time.LocalDate;
import org.immutables.value.Value;

/**
 * What to simulate (nl: scenario): a route policy, the parameters, the size of the cohort, the horizon in weeks,
 * how new cases enter and how many replications to run.
 *
 * <p>Example:
 * <pre>{@code
 * Scenario s = Scenario.builder()
 *         .name("old-to-new")
 *         .policy(RoutePolicy.TRANSITION_FROM_OLD)
 *         .cohortSize(10_000)
 *         .horizonWeeks(780)          // fifteen years, 002_296212247530a523.txt:30
 *         .intakeWeeks(780)           // cases enter evenly over the horizon
 *         .replications(10)
 *         .build();
 * }</pre>
 *
 * <p>Building a scenario checks every setting and throws {@link SimulationParameterException} naming the setting and
 * its allowed range.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class Scenario {

    /** The largest cohort a scenario may have. */
    public static final int MAX_COHORT_SIZE = 100_000_000;
    /** The longest horizon a scenario may have: one hundred years. */
    public static final int MAX_HORIZON_WEEKS = 5200;
    /** The most replications a scenario may have. */
    public static final int MAX_REPLICATIONS = 10_000;

    Scenario() {}

    /** @return a name for the scenario, used in CSV output; letters, digits and {@code . _ -}; never null */
    @Value.Default
    public String name() {
        return "scenario";
    }

    /** @return the route policy, {@link RoutePolicy#OLD} unless set; never null */
    @Value.Default
    public RoutePolicy policy() {
        return RoutePolicy.OLD;
    }

    /** @return the parameters, the defaults unless set; never null */
    @Value.Default
    public Parameters parameters() {
        return Parameters.defaults();
    }

    /** @return the number of cases in the cohort, 1000 unless set */
    @Value.Default
    public int cohortSize() {
        return 1000;
    }

    /** @return the number of weekly steps, 52 unless set */
    @Value.Default
    public int horizonWeeks() {
        return 52;
    }

    /**
     * Returns over how many weeks the cases enter: case {@code i} of {@code n} enters at week
     * {@code floor(i * intakeWeeks / n)} and is simulated until the horizon. 0 (the default) means all cases enter at
     * week 0.
     *
     * @return the intake period in weeks, less than {@link #horizonWeeks()}
     */
    @Value.Default
    public int intakeWeeks() {
        return 0;
    }

    /** @return the number of replications with derived seeds, 5 unless set; two or more give confidence intervals */
    @Value.Default
    public int replications() {
        return 5;
    }

    /** @return the date of week 0, used to date the plan decisions; Monday 5 January 2026 unless set; never null */
    @Value.Default
    public LocalDate startDate() {
        return LocalDate.of(2026, 1, 5);
    }

    /**
     * Returns a copy with one parameter changed.
     *
     * @param parameter the parameter, not null
     * @param value the new value
     * @return the changed scenario, never null
     * @throws SimulationParameterException if the value is outside the parameter's range
     */
    public final Scenario withParameter(Parameter parameter, double value) {
        return toBuilder().parameters(parameters().with(parameter, value)).build();
    }

    /**
     * Returns a copy with another policy.
     *
     * @param policy the policy, not null
     * @return the changed scenario, never null
     */
    public final Scenario withPolicy(RoutePolicy policy) {
        return toBuilder().policy(policy).build();
    }

    /** @return a builder holding everything this scenario holds, never null */
    public final Builder toBuilder() {
        return builder().name(name()).policy(policy()).parameters(parameters()).cohortSize(cohortSize())
                .horizonWeeks(horizonWeeks()).intakeWeeks(intakeWeeks()).replications(replications())
                .startDate(startDate());
    }

    /** @return a new builder with every setting at its default, never null */
    public static Builder builder() {
        return ImmutableScenario.builder();
    }

    /** Builds a {@link Scenario}. Not thread-safe. */
    public interface Builder {
        /**
         * @param name letters, digits and {@code . _ -}, not null
         * @return this builder
         */
        Builder name(String name);

        /**
         * @param policy not null
         * @return this builder
         */
        Builder policy(RoutePolicy policy);

        /**
         * @param parameters not null
         * @return this builder
         */
        Builder parameters(Parameters parameters);

        /**
         * @param cohortSize in [1, {@value Scenario#MAX_COHORT_SIZE}]
         * @return this builder
         */
        Builder cohortSize(int cohortSize);

        /**
         * @param horizonWeeks in [1, {@value Scenario#MAX_HORIZON_WEEKS}]
         * @return this builder
         */
        Builder horizonWeeks(int horizonWeeks);

        /**
         * @param intakeWeeks in [0, horizonWeeks - 1]
         * @return this builder
         */
        Builder intakeWeeks(int intakeWeeks);

        /**
         * @param replications in [1, {@value Scenario#MAX_REPLICATIONS}]
         * @return this builder
         */
        Builder replications(int replications);

        /**
         * @param startDate not null
         * @return this builder
         */
        Builder startDate(LocalDate startDate);

        /**
         * @return the scenario, never null
         * @throws SimulationParameterException if a setting is outside its range
         */
        Scenario build();
    }

    @Value.Check
    void check() {
        if (!name().matches("[A-Za-z0-9._-]{1,64}")) {
            throw new IllegalArgumentException("Scenario setting 'name' must be 1 to 64 letters, digits or . _ -");
        }
        range("cohortSize", cohortSize(), 1, MAX_COHORT_SIZE);
        range("horizonWeeks", horizonWeeks(), 1, MAX_HORIZON_WEEKS);
        range("intakeWeeks", intakeWeeks(), 0, horizonWeeks() - 1);
        range("replications", replications(), 1, MAX_REPLICATIONS);
    }

    private static void range(String setting, int value, int min, int max) {
        if (value < min || value > max) {
            throw new SimulationParameterException(setting, value, "whole number in [" + min + ", " + max + "]");
        }
    }
}
