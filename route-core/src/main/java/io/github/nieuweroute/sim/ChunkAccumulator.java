package io.github.nieuweroute.sim;

import io.github.nieuweroute.route.Route;
import java.util.Arrays;

/**
 * Sums of every metric per route and week over a fixed range of cases (a chunk), or over the whole cohort of one
 * replication. Layout: {@code sums[((route * weeks) + week) * metrics + metric]}, {@code counts[route * weeks + week]}
 * with {@code route} the ordinal of {@link Route}. Not thread-safe: one thread fills a chunk.
 */
final class ChunkAccumulator {

    static final int ROUTES = Route.values().length;
    static final int METRICS = Metric.values().length;

    final int weeks;
    final double[] sums;
    final long[] counts;

    ChunkAccumulator(int weeks) {
        this.weeks = weeks;
        this.sums = new double[ROUTES * weeks * METRICS];
        this.counts = new long[ROUTES * weeks];
    }

    /** Adds another accumulator's sums to these, element by element. */
    void add(ChunkAccumulator other) {
        double[] s = other.sums;
        for (int i = 0; i < sums.length; i++) {
            sums[i] += s[i];
        }
        long[] c = other.counts;
        for (int i = 0; i < counts.length; i++) {
            counts[i] += c[i];
        }
    }

    void clear() {
        Arrays.fill(sums, 0);
        Arrays.fill(counts, 0);
    }
}
