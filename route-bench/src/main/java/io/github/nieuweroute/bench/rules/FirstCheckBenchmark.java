package io.github.nieuweroute.bench.rules;

import io.github.nieuweroute.model.Situation;
import io.github.nieuweroute.rule.Report;
import io.github.nieuweroute.rule.RuleSet;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * The first check of a freshly built situation, whatever is made once per situation on first use included: each
 * iteration generates a new situation (another seed) and times one check of it. {@link RuleSetBenchmark} times
 * repeated checks of one situation; the difference is what a situation computes once.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class FirstCheckBenchmark {

    @Param({"100000"})
    public int participants;

    private long seed = 1000;
    private Situation situation;

    @Setup(Level.Iteration)
    public void freshSituation() {
        situation = GeneratedSituations.generate(participants, seed++);
    }

    @Benchmark
    public Report firstCheck() {
        return RuleSet.standard().check(situation);
    }
}
