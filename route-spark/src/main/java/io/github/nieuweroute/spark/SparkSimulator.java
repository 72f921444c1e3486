package io.github.nieuweroute.spark;

import io.github.nieuweroute.sim.ChunkedRun;
import io.github.nieuweroute.sim.Scenario;
import io.github.nieuweroute.sim.SimulationResult;
import io.github.nieuweroute.sim.Simulator;
import io.github.nieuweroute.sim.Sweep;
import io.github.nieuweroute.sim.SweepResult;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.SparkSession;

/**
 * Runs scenarios, sweeps and designs on Apache Spark (nl: simulator op Spark), with results identical to the local
 * {@link Simulator}'s for the same seed: the same numbers, so the same CSV, byte for byte.
 *
 * <p>The work of a sweep is every chunk of {@link ChunkedRun#chunkSize()} cases of every replication of every
 * point, in that order. A Spark task takes {@link Builder#chunksPerTask(int) a number} of consecutive chunks
 * (one chunk per task if asked); the seeds of its cases come from the run's seed, the replication and the case
 * index, exactly as the local simulator derives them, never from the partition, the executor or the order in which
 * tasks finish. The driver collects every task's sums and adds them in chunk order, then replication order
 * ({@link ChunkedRun#combine(List)}), so the floating-point sums are the local simulator's too. A design
 * ({@link io.github.nieuweroute.design.Design#toSweep}) is a sweep, so Latin hypercube, Morris and Sobol designs run
 * the same way; analyse their results with {@link io.github.nieuweroute.design.Outputs} as after a local run.
 *
 * <p>Example:
 * <pre>{@code
 * SparkSession spark = SparkSession.builder().master("local[2]").getOrCreate();
 * SweepResult result = SparkSimulator.on(spark).build().sweep(sweep, 42);
 * result.writeSummaryCsv(out);     // the same bytes as Simulator.builder().build().sweep(sweep, 42)
 * }</pre>
 *
 * <p>This class is immutable and thread-safe; every run is one Spark job.
 */
public final class SparkSimulator {

    private final SparkSession spark;
    private final int chunksPerTask;
    private final int tasksPerCore;

    private SparkSimulator(Builder b) {
        this.spark = b.spark;
        this.chunksPerTask = b.chunksPerTask;
        this.tasksPerCore = b.tasksPerCore;
    }

    /**
     * Starts a simulator on a Spark session.
     *
     * @param spark the session, not null
     * @return a builder, never null
     */
    public static Builder on(SparkSession spark) {
        return new Builder(Objects.requireNonNull(spark, "spark"));
    }

    /**
     * Runs a scenario.
     *
     * @param scenario the scenario, not null
     * @param seed the seed; the same seed gives the local simulator's result
     * @return the result, never null
     */
    public SimulationResult run(Scenario scenario, long seed) {
        Objects.requireNonNull(scenario, "scenario");
        return runAll(List.of(scenario), seed).get(0);
    }

    /**
     * Runs every point of a sweep with the same seed, as {@link Simulator#sweep(Sweep, long)} does.
     *
     * @param sweep the sweep, not null
     * @param seed the seed of every point's run
     * @return the results in the order of {@link Sweep#points()}, never null
     */
    public SweepResult sweep(Sweep sweep, long seed) {
        Objects.requireNonNull(sweep, "sweep");
        List<Scenario> scenarios = new ArrayList<>();
        for (Sweep.Point p : sweep.points()) {
            scenarios.add(p.scenario());
        }
        return SweepResult.of(sweep, seed, runAll(scenarios, seed));
    }

    private List<SimulationResult> runAll(List<Scenario> scenarios, long seed) {
        List<ScenarioSpec> specs = new ArrayList<>(scenarios.size());
        List<ChunkedRun> runs = new ArrayList<>(scenarios.size());
        long totalChunks = 0;
        for (Scenario s : scenarios) {
            specs.add(ScenarioSpec.of(s));
            ChunkedRun run = ChunkedRun.of(s, seed);
            runs.add(run);
            totalChunks += (long) run.replications() * run.chunks();
        }
        JavaSparkContext jsc = JavaSparkContext.fromSparkContext(spark.sparkContext());
        int perTask = chunksPerTask > 0 ? chunksPerTask
                : (int) Math.max(1, Math.min(Integer.MAX_VALUE,
                        (totalChunks + (long) tasksPerCore * jsc.defaultParallelism() - 1)
                                / ((long) tasksPerCore * jsc.defaultParallelism())));
        List<ChunkTask> tasks = ChunkTask.plan(runs, perTask);
        Broadcast<List<ScenarioSpec>> shipped = jsc.broadcast(specs);
        try {
            jsc.setJobDescription("nieuweroute: " + scenarios.size() + " scenario(s), " + totalChunks + " chunks in "
                    + tasks.size() + " tasks");
            List<PartData> collected = jsc.parallelize(tasks, tasks.size())
                    .flatMap(new RunTask(shipped, seed))
                    .collect();
            Map<Integer, List<ChunkedRun.Part>> byScenario = new HashMap<>();
            for (PartData d : collected) {
                byScenario.computeIfAbsent(d.scenario, k -> new ArrayList<>()).add(d.toPart());
            }
            List<SimulationResult> results = new ArrayList<>(runs.size());
            for (int i = 0; i < runs.size(); i++) {
                results.add(runs.get(i).combine(byScenario.getOrDefault(i, List.of())));
            }
            return results;
        } finally {
            jsc.setJobDescription(null);
            shipped.destroy();
        }
    }

    /** Runs the parts of one task on an executor. */
    private static final class RunTask
            implements org.apache.spark.api.java.function.FlatMapFunction<ChunkTask, PartData> {
        private static final long serialVersionUID = 1L;
        private final Broadcast<List<ScenarioSpec>> specs;
        private final long seed;

        RunTask(Broadcast<List<ScenarioSpec>> specs, long seed) {
            this.specs = specs;
            this.seed = seed;
        }

        @Override
        public java.util.Iterator<PartData> call(ChunkTask task) {
            return task.run(specs.value(), seed).iterator();
        }
    }

    /** The sums of one part, as they travel from an executor to the driver. */
    static final class PartData implements Serializable {
        private static final long serialVersionUID = 1L;
        final int scenario;
        final int replication;
        final int fromChunk;
        final int toChunk;
        final int weeks;
        final double[] sums;
        final long[] counts;

        PartData(int scenario, ChunkedRun.Part part) {
            this.scenario = scenario;
            this.replication = part.replication();
            this.fromChunk = part.fromChunk();
            this.toChunk = part.toChunk();
            this.weeks = part.weeks();
            this.sums = part.sums();
            this.counts = part.counts();
        }

        ChunkedRun.Part toPart() {
            return ChunkedRun.Part.of(replication, fromChunk, toChunk, weeks, sums, counts);
        }
    }

    /** Builds a {@link SparkSimulator}. Not thread-safe. */
    public static final class Builder {
        private final SparkSession spark;
        private int chunksPerTask;
        private int tasksPerCore = 4;

        private Builder(SparkSession spark) {
            this.spark = spark;
        }

        /**
         * Sets how many consecutive chunks one Spark task simulates; results do not depend on it. Unless set, the
         * chunks are spread over {@link #tasksPerCore(int)} tasks per core of the session's default parallelism.
         * One chunk per task spreads the work finest, at the cost of Spark's overhead per task.
         *
         * @param chunks at least 1
         * @return this builder
         * @throws IllegalArgumentException if less than 1
         */
        public Builder chunksPerTask(int chunks) {
            if (chunks < 1) {
                throw new IllegalArgumentException("chunksPerTask must be at least 1, not " + chunks);
            }
            this.chunksPerTask = chunks;
            return this;
        }

        /**
         * Sets how many tasks per core of the session's default parallelism a run is cut into, when
         * {@link #chunksPerTask(int)} is not set: 4 unless set. More tasks balance the load better and cost more
         * overhead; results do not depend on it.
         *
         * @param tasks in [1, 1000]
         * @return this builder
         * @throws IllegalArgumentException if out of range
         */
        public Builder tasksPerCore(int tasks) {
            if (tasks < 1 || tasks > 1000) {
                throw new IllegalArgumentException("tasksPerCore must be in [1, 1000], not " + tasks);
            }
            this.tasksPerCore = tasks;
            return this;
        }

        /** @return the simulator, never null */
        public SparkSimulator build() {
            return new SparkSimulator(this);
        }
    }
}
