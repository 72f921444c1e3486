package io.github.nieuweroute.bench.rules;

import io.github.nieuweroute.model.Situation;
import io.github.nieuweroute.rule.Report;
import io.github.nieuweroute.rule.RuleSet;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * The full standard rule set ({@link RuleSet#standard()}), route classification and report sorting included, on
 * generated situations of 32 (the size of Esther &amp; Jeffrey's group) to 100,000 participants. Divide the score by
 * the size for the time per participant.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public class RuleSetBenchmark {

    @Param({"32", "100", "1000", "10000", "100000"})
    public int participants;

    private Situation situation;

    @Setup
    public void setUp() {
        situation = GeneratedSituations.generate(participants, 42L);
        RuleSet.standard().check(situation);
    }

    @Benchmark
    public Report standardRuleSet() {
        return RuleSet.standard().check(situation);
    }
}
