package io.github.nieuweroute.sim;

import java.io.IOException;
import java.util.Objects;

/**
 * The outcome of running a {@link Scenario} for a seed (nl: simulatieresultaat): for every {@link RouteGroup} and
 * {@link Metric}, the weekly mean over cases, averaged over replications, with a 95% confidence interval across
 * replications; and the same for the mean over the whole horizon.
 *
 * <p>A case belongs, each week, to the group of the route the classifier gave its last plan decision. Its size
 * depends on the horizon, the metrics and the replications, not on the cohort size.
 *
 * <p>Example:
 * <pre>{@code
 * SimulationResult r = Simulator.builder().threads(2).build().run(scenario, 42);
 * Estimate hours = r.horizonMean(RouteGroup.ALL, Metric.PROFESSIONAL_HOURS);
 * try (Writer w = Files.newBufferedWriter(Path.of("series.csv"))) {
 *     r.writeTimeSeriesCsv(w);
 * }
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 */
public final class SimulationResult {

    private final Scenario scenario;
    private final long seed;
    private final ReplicationAggregate aggregate;

    SimulationResult(Scenario scenario, long seed, ReplicationAggregate aggregate) {
        this.scenario = scenario;
        this.seed = seed;
        this.aggregate = aggregate;
    }

    /** @return the scenario that was run, never null */
    public Scenario scenario() {
        return scenario;
    }

    /** @return the seed of the run; replication {@code r} used a seed derived from it */
    public long seed() {
        return seed;
    }

    /**
     * Returns the weekly time series of a metric for a route group.
     *
     * @param group the route group, not null
     * @param metric the metric, not null
     * @return the series over the scenario's horizon, never null
     */
    public TimeSeries series(RouteGroup group, Metric metric) {
        return new TimeSeries(Objects.requireNonNull(group, "group"), Objects.requireNonNull(metric, "metric"),
                aggregate);
    }

    /**
     * Returns the estimate of a metric for a route group in one week.
     *
     * @param group the route group, not null
     * @param metric the metric, not null
     * @param week the week, from 0 to the horizon - 1
     * @return the mean over replications with its 95% confidence interval, never null
     * @throws IndexOutOfBoundsException if the week is outside the horizon
     */
    public Estimate weekly(RouteGroup group, Metric metric, int week) {
        Objects.checkIndex(week, aggregate.weeks);
        return aggregate.weekly(Objects.requireNonNull(group, "group"), Objects.requireNonNull(metric, "metric"),
                week);
    }

    /**
     * Returns the mean of a metric over the whole horizon: per replication the mean over all case-weeks of the
     * group, then the mean over replications with its 95% confidence interval.
     *
     * @param group the route group, not null
     * @param metric the metric, not null
     * @return the estimate, never null; its mean is NaN if the group never had a case
     */
    public Estimate horizonMean(RouteGroup group, Metric metric) {
        return aggregate.overHorizon(Objects.requireNonNull(group, "group"),
                Objects.requireNonNull(metric, "metric"));
    }

    /**
     * Returns one replication's mean of a metric over the whole horizon: the mean over all case-weeks of the group in
     * that replication. {@link #horizonMean(RouteGroup, Metric)} is the mean of these over replications.
     *
     * @param group the route group, not null
     * @param metric the metric, not null
     * @param replication the replication, from 0 to the scenario's replications - 1
     * @return the mean, NaN if the group had no case in that replication
     * @throws IndexOutOfBoundsException if the replication does not exist
     */
    public double replicationMean(RouteGroup group, Metric metric, int replication) {
        Objects.checkIndex(replication, aggregate.replications);
        return aggregate.replicationMean(Objects.requireNonNull(group, "group"),
                Objects.requireNonNull(metric, "metric"), replication);
    }

    /**
     * Tells whether a route group had any case in any week of any replication.
     *
     * @param group the group, not null
     * @return true if it had
     */
    public boolean hasCases(RouteGroup group) {
        Objects.requireNonNull(group, "group");
        for (int w = 0; w < aggregate.weeks; w++) {
            if (aggregate.meanCases(group, w) > 0) {
                return true;
            }
        }
        return false;
    }

    /**
     * Writes the weekly time series as tidy CSV, one row per route group, metric and week, with a header. Columns:
     * {@code scenario, policy, route, metric, unit} (the unit of the row's mean and bounds, such as
     * {@code hours/week}), {@code week} (weeks since the start), {@code mean, ci95_lower, ci95_upper},
     * {@code replications} (with cases that week) and {@code cases} (mean over replications). Missing values are
     * {@code NA}. Groups without cases are left out.
     *
     * @param out where to write, not null
     * @throws IOException if writing fails
     */
    public void writeTimeSeriesCsv(Appendable out) throws IOException {
        out.append(Csv.KEY_HEADER).append(',').append(Csv.SERIES_HEADER).append('\n');
        Csv.series(this, "", out);
    }

    /**
     * Writes the means over the horizon as tidy CSV, one row per route group and metric, with a header. Columns:
     * {@code scenario, policy, route, metric, unit, horizon_weeks, mean, ci95_lower, ci95_upper, replications}.
     * Policies and routes are written as their codes ({@link RoutePolicy#code()}, {@link RouteGroup#code()}),
     * numbers as {@link DecimalText}, missing values as {@code NA}.
     *
     * @param out where to write, not null
     * @throws IOException if writing fails
     */
    public void writeSummaryCsv(Appendable out) throws IOException {
        out.append(Csv.KEY_HEADER).append(',').append(Csv.SUMMARY_HEADER).append('\n');
        Csv.summary(this, "", out);
    }

    /**
     * Writes each replication's mean over the horizon as tidy CSV, one row per route group, metric and replication,
     * for statistics of one's own. Columns: {@code scenario, policy, route, metric, unit, horizon_weeks,
     * replication} (from 0), {@code value} ({@code NA} if the group had no case in that replication).
     *
     * @param out where to write, not null
     * @throws IOException if writing fails
     */
    public void writeReplicationsCsv(Appendable out) throws IOException {
        out.append(Csv.KEY_HEADER).append(',').append(Csv.REPLICATIONS_HEADER).append('\n');
        Csv.replications(this, "", out);
    }

    @Override
    public String toString() {
        return "SimulationResult{" + scenario.name() + ", " + scenario.policy() + ", seed " + seed + ", "
                + scenario.replications() + " replications of " + scenario.cohortSize() + " cases over "
                + scenario.horizonWeeks() + " weeks}";
    }
}
