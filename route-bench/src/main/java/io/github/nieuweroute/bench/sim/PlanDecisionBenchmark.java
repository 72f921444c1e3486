package io.github.nieuweroute.bench.sim;

import io.github.nieuweroute.route.Route;
import io.github.nieuweroute.rule.Report;
import io.github.nieuweroute.rule.RuleSet;
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
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * What it costs that a simulated case is a real Situation at each plan decision: building the minimal Situation,
 * classifying it with the real RouteClassifier and checking it with the standard rule set, per decision; and the
 * rule check alone, on a situation built once.
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

    private PlanDecision built;

    /** Builds one decision of the route, for the rule check alone. */
    @Setup
    public void setUp() {
        built = PlanDecision.make(intended, true, DATE);
    }

    /**
     * Builds, classifies and checks one plan decision: what a simulated case costs at a plan decision.
     *
     * @return the decision, so it is not eliminated
     */
    @Benchmark
    public PlanDecision buildClassifyAndCheck() {
        return PlanDecision.make(intended, true, DATE);
    }

    /**
     * Checks an already built plan decision's situation with the standard rule set: the part of
     * {@link #buildClassifyAndCheck()} the rules add.
     *
     * @return the report, so it is not eliminated
     */
    @Benchmark
    public Report checkRulesOnly() {
        return RuleSet.standard().check(built.situation());
    }
}
