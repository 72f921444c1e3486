package io.github.nieuweroute.sim;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs scenarios and sweeps (nl: simulator) on a number of threads.
 *
 * <p>Reproducible: the same scenario and seed give identical numbers whatever the number of threads. Replication
 * {@code r} draws from a seed derived from the run's seed, and case {@code i} from a {@link java.util.SplittableRandom}
 * seeded from the replication's seed and {@code i}, never from a per-thread generator. Cases are simulated in chunks of
 * fixed size whose bounds do not depend on the threads, and chunks are added up in chunk order, so even the
 * floating-point sums are the same.
 *
 * <p>Streaming: a run holds the sums of a few chunks at a time, so memory does not grow with the cohort size.
 *
 * <p>Example:
 * <pre>{@code
 * Simulator simulator = Simulator.builder().threads(2).progressListener(p -> log(p)).build();
 * SimulationResult result = simulator.run(Scenario.builder().policy(RoutePolicy.NEW).build(), 42);
 * }</pre>
 *
 * <p>This class is immutable and thread-safe; each run uses its own worker threads.
 */
public final class Simulator {

    private static final Logger LOG = LoggerFactory.getLogger(Simulator.class);
    private static final AtomicInteger POOLS = new AtomicInteger();

    private final int threads;
    private final ProgressListener listener;
    private final Cancellation cancellation;
    private final boolean reusePlanDecisions;

    private Simulator(Builder b) {
        this.threads = b.threads;
        this.listener = b.listener;
        this.cancellation = b.cancellation;
        this.reusePlanDecisions = b.reusePlanDecisions;
    }

    /** @return a builder: as many threads as processors, no progress listener, a fresh cancellation token */
    public static Builder builder() {
        return new Builder();
    }

    /** @return the number of worker threads of a run */
    public int threads() {
        return threads;
    }

    /**
     * Runs a scenario.
     *
     * @param scenario the scenario, not null
     * @param seed the seed; the same seed gives the same result
     * @return the result, never null
     * @throws CancellationException if the run was cancelled through the {@link Cancellation} token
     */
    public SimulationResult run(Scenario scenario, long seed) {
        Objects.requireNonNull(scenario, "scenario");
        CaseModel model = new CaseModel(scenario, reusePlanDecisions);
        int workers = Math.max(1, Math.min(threads, model.chunks() * scenario.replications()));
        OrderedCombiner combiner = new OrderedCombiner(model, seed, 4 * workers, listener, cancellation);
        LOG.debug("Running scenario {} ({} cases x {} weeks x {} replications) on {} threads", scenario.name(),
                scenario.cohortSize(), scenario.horizonWeeks(), scenario.replications(), workers);
        if (workers == 1) {
            combiner.work();
        } else {
            runInParallel(combiner, workers);
        }
        if (!combiner.done()) {
            throw new CancellationException("Simulation of scenario '" + scenario.name() + "' was cancelled after "
                    + combiner.casesDone() + " of " + (long) scenario.cohortSize() * scenario.replications()
                    + " cases");
        }
        return new SimulationResult(scenario, seed, combiner.aggregate());
    }

    private static void runInParallel(OrderedCombiner combiner, int workers) {
        int pool = POOLS.incrementAndGet();
        AtomicInteger thread = new AtomicInteger();
        ExecutorService executor = Executors.newFixedThreadPool(workers, r -> {
            Thread t = new Thread(r, "nieuweroute-sim-" + pool + "-" + thread.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
        try {
            List<Future<?>> futures = new ArrayList<>(workers);
            for (int i = 0; i < workers; i++) {
                futures.add(executor.submit(combiner::work));
            }
            for (Future<?> f : futures) {
                await(f);
            }
        } finally {
            executor.shutdownNow();
        }
    }

    private static void await(Future<?> future) {
        try {
            future.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CancellationException("Interrupted while waiting for the simulation");
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof RuntimeException) {
                throw (RuntimeException) cause;
            }
            if (cause instanceof Error) {
                throw (Error) cause;
            }
            throw new IllegalStateException(cause);
        }
    }

    /**
     * Runs every point of a sweep with the same seed (common random numbers: differences between points come from the
     * parameters, not from chance draws).
     *
     * @param sweep the sweep, not null
     * @param seed the seed of every point's run
     * @return the results in the order of {@link Sweep#points()}, never null
     * @throws CancellationException if the sweep was cancelled through the {@link Cancellation} token
     */
    public SweepResult sweep(Sweep sweep, long seed) {
        Objects.requireNonNull(sweep, "sweep");
        List<SweepResult.Point> results = new ArrayList<>();
        for (Sweep.Point point : sweep.points()) {
            results.add(new SweepResult.Point(point, run(point.scenario(), seed)));
        }
        return new SweepResult(sweep, seed, results);
    }

    /** Builds a {@link Simulator}. Not thread-safe. */
    public static final class Builder {

        private int threads = Runtime.getRuntime().availableProcessors();
        private ProgressListener listener = ProgressListener.NONE;
        private Cancellation cancellation = new Cancellation();
        private boolean reusePlanDecisions = true;

        private Builder() {}

        /**
         * Sets the number of worker threads; results do not depend on it.
         *
         * @param threads in [1, 1024]
         * @return this builder
         * @throws SimulationParameterException if out of range
         */
        public Builder threads(int threads) {
            if (threads < 1 || threads > 1024) {
                throw new SimulationParameterException("threads", threads, "whole number in [1, 1024]");
            }
            this.threads = threads;
            return this;
        }

        /**
         * @param listener hears progress, not null
         * @return this builder
         */
        public Builder progressListener(ProgressListener listener) {
            this.listener = Objects.requireNonNull(listener, "listener");
            return this;
        }

        /**
         * @param cancellation the token that stops runs, not null
         * @return this builder
         */
        public Builder cancellation(Cancellation cancellation) {
            this.cancellation = Objects.requireNonNull(cancellation, "cancellation");
            return this;
        }

        /**
         * Sets whether cases that make the same plan decision in the same week share one built, classified and
         * checked {@link PlanDecision} (the default), or each build their own. The numbers are the same either way;
         * building each one costs about 7 µs per decision and halves the throughput (docs/benchmarks.md).
         *
         * @param reuse true to share identical plan decisions within a run
         * @return this builder
         */
        public Builder reusePlanDecisions(boolean reuse) {
            this.reusePlanDecisions = reuse;
            return this;
        }

        /** @return the simulator, never null */
        public Simulator build() {
            return new Simulator(this);
        }
    }
}
