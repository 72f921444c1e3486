package io.github.nieuweroute.sim;

import java.util.Arrays;

/**
 * One metric of one route group, week by week (nl: tijdreeks): the mean over replications of the weekly mean over
 * cases, with its 95% confidence interval, and the mean number of cases averaged.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class TimeSeries {

    private final RouteGroup group;
    private final Metric metric;
    private final double[] mean;
    private final double[] lower;
    private final double[] upper;
    private final double[] cases;

    TimeSeries(RouteGroup group, Metric metric, ReplicationAggregate aggregate) {
        this.group = group;
        this.metric = metric;
        int weeks = aggregate.weeks;
        mean = new double[weeks];
        lower = new double[weeks];
        upper = new double[weeks];
        cases = new double[weeks];
        for (int w = 0; w < weeks; w++) {
            Estimate e = aggregate.weekly(group, metric, w);
            mean[w] = e.mean();
            lower[w] = e.lower();
            upper[w] = e.upper();
            cases[w] = aggregate.meanCases(group, w);
        }
    }

    /** @return the route group, never null */
    public RouteGroup group() {
        return group;
    }

    /** @return the metric, never null */
    public Metric metric() {
        return metric;
    }

    /** @return the number of weeks */
    public int weeks() {
        return mean.length;
    }

    /**
     * Returns the mean in a week.
     *
     * @param week the week, from 0 to {@link #weeks()} - 1
     * @return the mean over replications, in the metric's unit; NaN if the group had no cases that week
     */
    public double mean(int week) {
        return mean[week];
    }

    /**
     * @param week the week
     * @return the lower bound of the 95% confidence interval, NaN if undefined
     */
    public double lower(int week) {
        return lower[week];
    }

    /**
     * @param week the week
     * @return the upper bound of the 95% confidence interval, NaN if undefined
     */
    public double upper(int week) {
        return upper[week];
    }

    /**
     * @param week the week
     * @return the number of cases in the group that week, averaged over replications
     */
    public double cases(int week) {
        return cases[week];
    }

    /** @return the weekly means, a copy, never null */
    public double[] means() {
        return mean.clone();
    }

    @Override
    public String toString() {
        return group + "/" + metric.key() + Arrays.toString(mean);
    }
}
