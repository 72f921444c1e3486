package io.github.nieuweroute.bench.sim;

import io.github.nieuweroute.route.Route;
import io.github.nieuweroute.sim.PlanDecision;
import java.time.LocalDate;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * What it costs that a simulated case is a real Situation at each plan decision: building the minimal Situation and
 * classifying it with the real RouteClassifier, per decision.
 *
 * <p>Run: {@code java -jar route-bench/target/benchmarks.jar PlanDecisionBenchmark}.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
@State(Scope.Benchmark)
public class PlanDecisionBenchmark {

    private static final LocalDate DATE = LocalDate.of(2026, 1, 5);

    /** The route the case is meant for. */
    @Param({"OLD", "DEAD_END", "NEW"})
    public Route intended;

    /**
     * Builds and classifies one plan decision.
     *
     * @return the decision, so it is not eliminated
     */
    @Benchmark
    public PlanDecision buildAndClassify() {
        return PlanDecision.make(intended, true, DATE);
    }
}
