package io.github.nieuweroute.bench.rules;

import io.github.nieuweroute.model.Situation;
import io.github.nieuweroute.rule.Rule;
import io.github.nieuweroute.rule.RuleResult;
import io.github.nieuweroute.rule.StandardRules;
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
 * A caller's rule made with {@code Rule.of} beside the standard rule it copies (R-02, {@link OwnSideRules}): read
 * through the situation's index, it should run at the standard rule's speed; looked up by id, it shows what the index
 * saves.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public class CustomRuleBenchmark {

    @Param({"32", "1000", "100000"})
    public int participants;

    private Situation situation;
    private final Rule standard = StandardRules.DECIDING_TOGETHER;
    private final Rule index = OwnSideRules.readingTheIndex();
    private final Rule byId = OwnSideRules.lookingUpIds();

    @Setup
    public void setUp() {
        situation = GeneratedSituations.generate(participants, 42L);
        situation.index();
    }

    @Benchmark
    public RuleResult standardRule() {
        return standard.check(situation);
    }

    @Benchmark
    public RuleResult ownRuleReadingTheIndex() {
        return index.check(situation);
    }

    @Benchmark
    public RuleResult ownRuleLookingUpIds() {
        return byId.check(situation);
    }
}
