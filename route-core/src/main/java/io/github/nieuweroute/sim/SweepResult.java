package io.github.nieuweroute.sim;

import java.io.IOException;
import java.util.List;
import java.util.Objects;

/**
 * The results of every point of a {@link Sweep} (nl: sweepresultaat), with tidy CSV output that has one column per
 * swept parameter.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class SweepResult {

    private final Sweep sweep;
    private final long seed;
    private final List<Point> points;

    SweepResult(Sweep sweep, long seed, List<Point> points) {
        this.sweep = sweep;
        this.seed = seed;
        this.points = List.copyOf(points);
    }

    /**
     * Puts together the results of a sweep whose points were run one by one (with a progress display of one's own,
     * or elsewhere, such as on a cluster), as {@link Simulator#sweep(Sweep, long)} would return them.
     *
     * @param sweep the sweep, not null
     * @param seed the seed every point ran with
     * @param results one result per point, in the order of {@link Sweep#points()}, each of that point's scenario
     *     and the seed, not null
     * @return the sweep's results, never null
     * @throws IllegalArgumentException if a result does not belong to its point or the seed
     */
    public static SweepResult of(Sweep sweep, long seed, List<SimulationResult> results) {
        Objects.requireNonNull(sweep, "sweep");
        Objects.requireNonNull(results, "results");
        if (results.size() != sweep.points().size()) {
            throw new IllegalArgumentException("The sweep has " + sweep.points().size() + " points but "
                    + results.size() + " results were given");
        }
        List<Point> points = new java.util.ArrayList<>(results.size());
        for (int i = 0; i < results.size(); i++) {
            SimulationResult r = Objects.requireNonNull(results.get(i), "result");
            Sweep.Point p = sweep.points().get(i);
            if (r.seed() != seed || !r.scenario().equals(p.scenario())) {
                throw new IllegalArgumentException("Result " + i + " is not the run of point " + i + " with seed "
                        + seed);
            }
            points.add(new Point(p, r));
        }
        return new SweepResult(sweep, seed, points);
    }

    /** @return the sweep that was run, never null */
    public Sweep sweep() {
        return sweep;
    }

    /** @return the seed every point ran with */
    public long seed() {
        return seed;
    }

    /** @return the results, in the order of {@link Sweep#points()}, never null */
    public List<Point> points() {
        return points;
    }

    /**
     * Writes the means over the horizon of every point as tidy CSV. Columns: {@code point}, one column per swept
     * parameter named by its {@link Parameter#key()} (its unit is {@link Parameter#unit()}), then the columns of
     * {@link SimulationResult#writeSummaryCsv(Appendable)}.
     *
     * @param out where to write, not null
     * @throws IOException if writing fails
     */
    public void writeSummaryCsv(Appendable out) throws IOException {
        out.append(header()).append(Csv.SUMMARY_HEADER).append('\n');
        for (Point p : points) {
            Csv.summary(p.result(), prefix(p), out);
        }
    }

    /**
     * Writes the weekly time series of every point as tidy CSV: the columns of
     * {@link #writeSummaryCsv(Appendable)} up to {@code unit}, then those of
     * {@link SimulationResult#writeTimeSeriesCsv(Appendable)} from {@code week} on.
     *
     * @param out where to write, not null
     * @throws IOException if writing fails
     */
    public void writeTimeSeriesCsv(Appendable out) throws IOException {
        out.append(header()).append(Csv.SERIES_HEADER).append('\n');
        for (Point p : points) {
            Csv.series(p.result(), prefix(p), out);
        }
    }

    /**
     * Writes each replication's mean over the horizon of every point as tidy CSV: the columns of
     * {@link #writeSummaryCsv(Appendable)} up to {@code unit}, then those of
     * {@link SimulationResult#writeReplicationsCsv(Appendable)} from {@code horizon_weeks} on.
     *
     * @param out where to write, not null
     * @throws IOException if writing fails
     */
    public void writeReplicationsCsv(Appendable out) throws IOException {
        out.append(header()).append(Csv.REPLICATIONS_HEADER).append('\n');
        for (Point p : points) {
            Csv.replications(p.result(), prefix(p), out);
        }
    }

    private String header() {
        StringBuilder b = new StringBuilder("point,");
        for (Parameter p : sweep.parameters()) {
            b.append(p.key()).append(',');
        }
        return b.append(Csv.KEY_HEADER).append(',').toString();
    }

    private String prefix(Point p) {
        StringBuilder b = new StringBuilder().append(p.point().index()).append(',');
        for (Parameter parameter : sweep.parameters()) {
            b.append(Csv.number(p.point().values().get(parameter))).append(',');
        }
        return b.toString();
    }

    /** One point of the sweep with its result. */
    public static final class Point {
        private final Sweep.Point point;
        private final SimulationResult result;

        Point(Sweep.Point point, SimulationResult result) {
            this.point = Objects.requireNonNull(point, "point");
            this.result = Objects.requireNonNull(result, "result");
        }

        /** @return the point of the grid, never null */
        public Sweep.Point point() {
            return point;
        }

        /** @return its result, never null */
        public SimulationResult result() {
            return result;
        }
    }
}
