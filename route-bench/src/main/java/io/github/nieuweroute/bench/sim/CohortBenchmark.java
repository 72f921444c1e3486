package io.github.nieuweroute.bench.sim;

import io.github.nieuweroute.sim.RoutePolicy;
import io.github.nieuweroute.sim.Scenario;
import io.github.nieuweroute.sim.SimulationResult;
import io.github.nieuweroute.sim.Simulator;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.AuxCounters;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Case-weeks per second of the cohort simulation: one run of 100,000 cases over 52 weeks (one replication) per
 * operation, on one or two simulator threads, sharing identical plan decisions or building each anew. The
 * {@code caseWeeks} counter reports case-weeks per second directly.
 *
 * <p>Run: {@code java -jar route-bench/target/benchmarks.jar CohortBenchmark}.
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 5)
@Measurement(iterations = 5, time = 5)
@Fork(value = 1, jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
@Threads(1)
@State(Scope.Benchmark)
public class CohortBenchmark {

    static final int CASES = 100_000;
    static final int WEEKS = 52;

    /** Simulator threads. */
    @Param({"1", "2"})
    public int threads;

    /** Route policy of every case. */
    @Param({"OLD", "DEAD_END", "NEW"})
    public RoutePolicy policy;

    /** Whether identical plan decisions are shared (the default) or each built and classified anew. */
    @Param({"true", "false"})
    public boolean reuse;

    private Simulator simulator;
    private Scenario scenario;
    private long seed;

    /** Counts the case-weeks simulated, so JMH reports them per second. */
    @State(Scope.Thread)
    @AuxCounters(AuxCounters.Type.OPERATIONS)
    public static class CaseWeeks {
        /** Case-weeks simulated in the iteration. */
        public long caseWeeks;

        /** Resets the counter. */
        @Setup(Level.Iteration)
        public void reset() {
            caseWeeks = 0;
        }
    }

    /** Builds the simulator and the scenario. */
    @Setup
    public void setUp() {
        simulator = Simulator.builder().threads(threads).reusePlanDecisions(reuse).build();
        scenario = Scenario.builder().name("bench").policy(policy).cohortSize(CASES).horizonWeeks(WEEKS)
                .replications(1).build();
    }

    /**
     * Runs the cohort once, each time with another seed.
     *
     * @param counter the case-week counter
     * @return the result, so the run is not eliminated
     */
    @Benchmark
    public SimulationResult cohort(CaseWeeks counter) {
        SimulationResult result = simulator.run(scenario, seed++);
        counter.caseWeeks += (long) CASES * WEEKS;
        return result;
    }
}
