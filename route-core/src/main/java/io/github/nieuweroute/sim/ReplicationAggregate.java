package io.github.nieuweroute.sim;

/**
 * Folds the totals of replications, one after the other in replication order, into means and sums of squared
 * deviations (Welford) per route group, week and metric, and keeps each replication's mean over the horizon. Its size
 * depends on the horizon, the metrics and the replications, never on the cohort size. Not thread-safe.
 */
final class ReplicationAggregate {

    static final int GROUPS = RouteGroup.values().length;
    private static final int M = ChunkAccumulator.METRICS;
    private static final int ROUTES = ChunkAccumulator.ROUTES;

    final int weeks;
    final int replications;
    /** Replications with cases, per group and week: {@code [group * weeks + week]}. */
    final int[] n;
    /** {@code [(group * weeks + week) * metrics + metric]}. */
    final double[] mean;
    final double[] m2;
    /** Cases summed over replications, per group and week. */
    final double[] cases;
    /** Each replication's mean over the horizon: {@code [(replication * groups + group) * metrics + metric]}. */
    final double[] horizon;
    private int added;

    ReplicationAggregate(int weeks, int replications) {
        this.weeks = weeks;
        this.replications = replications;
        this.n = new int[GROUPS * weeks];
        this.mean = new double[GROUPS * weeks * M];
        this.m2 = new double[GROUPS * weeks * M];
        this.cases = new double[GROUPS * weeks];
        this.horizon = new double[replications * GROUPS * M];
    }

    /** Adds the next replication's totals. */
    void add(ChunkAccumulator total) {
        int r = added++;
        double[] groupSums = new double[M];
        long[] groupCounts = new long[GROUPS];
        double[][] horizonSums = new double[GROUPS][M];
        double[] all = new double[M];
        for (int w = 0; w < weeks; w++) {
            java.util.Arrays.fill(all, 0);
            long allCount = 0;
            for (int route = 0; route < ROUTES; route++) {
                int cell = route * weeks + w;
                long count = total.counts[cell];
                allCount += count;
                for (int m = 0; m < M; m++) {
                    groupSums[m] = total.sums[cell * M + m];
                    all[m] += groupSums[m];
                }
                record(route + 1, w, count, groupSums, horizonSums, groupCounts);
            }
            record(RouteGroup.ALL.ordinal(), w, allCount, all, horizonSums, groupCounts);
        }
        for (int g = 0; g < GROUPS; g++) {
            for (int m = 0; m < M; m++) {
                horizon[(r * GROUPS + g) * M + m] = groupCounts[g] == 0 ? Double.NaN
                        : horizonSums[g][m] / groupCounts[g];
            }
        }
    }

    private void record(int group, int week, long count, double[] sums, double[][] horizonSums,
            long[] groupCounts) {
        if (count == 0) {
            return;
        }
        int cell = group * weeks + week;
        int k = ++n[cell];
        cases[cell] += count;
        groupCounts[group] += count;
        for (int m = 0; m < M; m++) {
            horizonSums[group][m] += sums[m];
            double x = sums[m] / count;
            int at = cell * M + m;
            double delta = x - mean[at];
            mean[at] += delta / k;
            m2[at] += delta * (x - mean[at]);
        }
    }

    Estimate weekly(RouteGroup group, Metric metric, int week) {
        int cell = group.ordinal() * weeks + week;
        int at = cell * M + metric.ordinal();
        return Estimate.of(n[cell], mean[at], m2[at]);
    }

    double meanCases(RouteGroup group, int week) {
        return cases[group.ordinal() * weeks + week] / replications;
    }

    double replicationMean(RouteGroup group, Metric metric, int replication) {
        return horizon[(replication * GROUPS + group.ordinal()) * M + metric.ordinal()];
    }

    Estimate overHorizon(RouteGroup group, Metric metric) {
        int k = 0;
        double mu = 0;
        double sq = 0;
        for (int r = 0; r < replications; r++) {
            double x = horizon[(r * GROUPS + group.ordinal()) * M + metric.ordinal()];
            if (!Double.isNaN(x)) {
                k++;
                double delta = x - mu;
                mu += delta / k;
                sq += delta * (x - mu);
            }
        }
        return Estimate.of(k, mu, sq);
    }
}
