package io.github.nieuweroute.sim;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * Runs a scenario in pieces that can be computed anywhere (nl: run in delen), for engines that spread work over
 * machines, such as Apache Spark (module {@code route-spark}): the same chunks of cases, the same seeds and the same
 * order of addition as {@link Simulator#run(Scenario, long)}, so that the combined result is identical to the local
 * simulator's, down to the last bit of every double.
 *
 * <p>The work of a run is every chunk of {@link #chunkSize()} cases of every replication. {@link #simulate(int, int,
 * int)} computes the sums of a range of chunks of one replication (on any machine, in any order); the seeds come
 * from the run's seed, the replication and the case index, exactly as the local simulator derives them, never from
 * where or when a piece runs. {@link #combine(List)} adds the pieces of each replication in chunk order and folds
 * the replications in replication order. Floating-point addition is not associative, so the pieces of one
 * replication must be its first chunks (any number, from chunk 0) followed by single chunks; {@code combine}
 * rejects anything else rather than return numbers that differ from the local simulator's in the last bits.
 *
 * <p>Example:
 * <pre>{@code
 * ChunkedRun run = ChunkedRun.of(scenario, 42);
 * List<ChunkedRun.Part> parts = new ArrayList<>();
 * for (int r = 0; r < run.replications(); r++) {
 *     parts.add(run.simulate(r, 0, run.chunks()));           // or one chunk per task elsewhere
 * }
 * SimulationResult result = run.combine(parts);              // equal to Simulator's run(scenario, 42)
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 */
public final class ChunkedRun {

    private final CaseModel model;
    private final long seed;

    private ChunkedRun(Scenario scenario, long seed) {
        this.model = new CaseModel(scenario, true);
        this.seed = seed;
    }

    /**
     * Prepares the run of a scenario for a seed.
     *
     * @param scenario the scenario, not null
     * @param seed the run's seed, as given to {@link Simulator#run(Scenario, long)}
     * @return the run, never null
     */
    public static ChunkedRun of(Scenario scenario, long seed) {
        return new ChunkedRun(Objects.requireNonNull(scenario, "scenario"), seed);
    }

    /** @return the scenario, never null */
    public Scenario scenario() {
        return model.scenario();
    }

    /** @return the run's seed */
    public long seed() {
        return seed;
    }

    /** @return the number of replications */
    public int replications() {
        return model.scenario().replications();
    }

    /** @return the number of chunks of every replication: the cohort size divided by {@link #chunkSize()}, up */
    public int chunks() {
        return model.chunks();
    }

    /** @return the number of cases in a chunk (the last chunk of a replication may hold fewer) */
    public static int chunkSize() {
        return CaseModel.CHUNK_SIZE;
    }

    /**
     * Simulates the cases of chunks {@code fromChunk} to {@code toChunk - 1} of one replication, in case order, and
     * returns their sums. Depends only on the scenario, the seed, the replication and the chunks.
     *
     * @param replication the replication, from 0
     * @param fromChunk the first chunk, from 0
     * @param toChunk one past the last chunk, above {@code fromChunk} and at most {@link #chunks()}
     * @return the sums, never null
     * @throws IndexOutOfBoundsException if the replication or the chunks are out of range
     */
    public Part simulate(int replication, int fromChunk, int toChunk) {
        Objects.checkIndex(replication, replications());
        Objects.checkFromToIndex(fromChunk, toChunk, chunks());
        if (fromChunk == toChunk) {
            throw new IndexOutOfBoundsException("A part needs at least one chunk");
        }
        ChunkAccumulator sums = new ChunkAccumulator(model.scenario().horizonWeeks());
        long replicationSeed = Seeds.replication(seed, replication);
        ChunkAccumulator chunk = toChunk - fromChunk == 1 ? sums : new ChunkAccumulator(sums.weeks);
        for (int c = fromChunk; c < toChunk; c++) {
            if (chunk != sums) {
                chunk.clear();
            }
            model.simulateChunk(replicationSeed, c, chunk);
            if (chunk != sums) {
                // as the local simulator does: each chunk is summed on its own, then added to the running total
                sums.add(chunk);
            }
        }
        return new Part(replication, fromChunk, toChunk, sums);
    }

    /**
     * Combines the parts of every replication into the run's result, as {@link Simulator#run(Scenario, long)} does.
     * The parts may come in any order.
     *
     * @param parts the parts of this run: for every replication, parts that cover its chunks exactly once, the first
     *     starting at chunk 0 and every later one a single chunk; not null
     * @return the result, never null; equal, number for number, to the local simulator's for the same seed
     * @throws IllegalArgumentException if the parts do not cover every chunk exactly once in that shape, or do not
     *     fit this run's horizon
     */
    public SimulationResult combine(List<Part> parts) {
        Objects.requireNonNull(parts, "parts");
        int weeks = model.scenario().horizonWeeks();
        List<Part> sorted = new ArrayList<>(parts);
        for (Part p : sorted) {
            Objects.requireNonNull(p, "part");
            if (p.sums.weeks != weeks || p.replication >= replications() || p.toChunk > chunks()) {
                throw new IllegalArgumentException("Part " + p + " does not belong to this run of "
                        + replications() + " replications of " + chunks() + " chunks over " + weeks + " weeks");
            }
        }
        sorted.sort(Comparator.comparingInt(Part::replication).thenComparingInt(Part::fromChunk));
        ReplicationAggregate aggregate = new ReplicationAggregate(weeks, replications());
        ChunkAccumulator total = new ChunkAccumulator(weeks);
        int i = 0;
        for (int r = 0; r < replications(); r++) {
            int next = 0;
            total.clear();
            while (i < sorted.size() && sorted.get(i).replication == r) {
                Part p = sorted.get(i++);
                if (p.fromChunk != next || (next > 0 && p.toChunk - p.fromChunk != 1)) {
                    throw new IllegalArgumentException("Replication " + r + ": part " + p + " does not follow chunk "
                            + (next - 1) + " (the parts of a replication are its first chunks from chunk 0, then "
                            + "single chunks, each exactly once)");
                }
                total.add(p.sums);
                next = p.toChunk;
            }
            if (next != chunks()) {
                throw new IllegalArgumentException("Replication " + r + " is missing chunks " + next + " to "
                        + (chunks() - 1));
            }
            aggregate.add(total);
        }
        return new SimulationResult(model.scenario(), seed, aggregate);
    }

    /**
     * The sums of every metric per route and week over a range of chunks of one replication: what a task of a
     * distributed run sends back. {@link #sums()} and {@link #counts()} give the numbers as arrays, and
     * {@link #of(int, int, int, int, double[], long[])} puts them together again, so that a part can travel in any
     * format.
     *
     * <p>This class is immutable and thread-safe.
     */
    public static final class Part {
        private final int replication;
        private final int fromChunk;
        private final int toChunk;
        private final ChunkAccumulator sums;

        private Part(int replication, int fromChunk, int toChunk, ChunkAccumulator sums) {
            this.replication = replication;
            this.fromChunk = fromChunk;
            this.toChunk = toChunk;
            this.sums = sums;
        }

        /**
         * Puts together a part from the arrays of {@link #sums()} and {@link #counts()}.
         *
         * @param replication the replication, from 0
         * @param fromChunk the first chunk, from 0
         * @param toChunk one past the last chunk, above {@code fromChunk}
         * @param weeks the scenario's horizon in weeks, at least 1
         * @param sums the sums as {@link #sums()} gives them, not null; copied
         * @param counts the counts as {@link #counts()} gives them, not null; copied
         * @return the part, never null
         * @throws IllegalArgumentException if a number is out of range or an array does not fit the horizon
         */
        public static Part of(int replication, int fromChunk, int toChunk, int weeks, double[] sums, long[] counts) {
            Objects.requireNonNull(sums, "sums");
            Objects.requireNonNull(counts, "counts");
            if (replication < 0 || fromChunk < 0 || toChunk <= fromChunk || weeks < 1
                    || weeks > Scenario.MAX_HORIZON_WEEKS) {
                throw new IllegalArgumentException("A part needs replication >= 0, 0 <= fromChunk < toChunk and a "
                        + "horizon of 1 to " + Scenario.MAX_HORIZON_WEEKS + " weeks");
            }
            ChunkAccumulator acc = new ChunkAccumulator(weeks);
            if (sums.length != acc.sums.length || counts.length != acc.counts.length) {
                throw new IllegalArgumentException("A part over " + weeks + " weeks has " + acc.sums.length
                        + " sums and " + acc.counts.length + " counts, not " + sums.length + " and "
                        + counts.length);
            }
            System.arraycopy(sums, 0, acc.sums, 0, sums.length);
            System.arraycopy(counts, 0, acc.counts, 0, counts.length);
            return new Part(replication, fromChunk, toChunk, acc);
        }

        /** @return the replication, from 0 */
        public int replication() {
            return replication;
        }

        /** @return the first chunk, from 0 */
        public int fromChunk() {
            return fromChunk;
        }

        /** @return one past the last chunk */
        public int toChunk() {
            return toChunk;
        }

        /** @return the horizon in weeks */
        public int weeks() {
            return sums.weeks;
        }

        /**
         * @return a copy of the sums, {@code [((route * weeks) + week) * metrics + metric]} with {@code route} the
         *     ordinal of {@link io.github.nieuweroute.route.Route} and {@code metric} that of {@link Metric}
         */
        public double[] sums() {
            return sums.sums.clone();
        }

        /** @return a copy of the case-weeks counted, {@code [route * weeks + week]} */
        public long[] counts() {
            return sums.counts.clone();
        }

        @Override
        public String toString() {
            return "Part{replication " + replication + ", chunks " + fromChunk + " to " + (toChunk - 1) + "}";
        }
    }
}
