package io.github.nieuweroute.bench.rules;

import io.github.nieuweroute.model.Exchange;
import io.github.nieuweroute.rule.ExchangeGraph;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.jgrapht.Graph;
import org.jgrapht.alg.connectivity.KosarajuStrongConnectivityInspector;
import org.jgrapht.graph.DefaultDirectedGraph;
import org.jgrapht.graph.DefaultEdge;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Strongly connected components of the same exchange graphs: our {@link ExchangeGraph} (iterative Tarjan, graph built
 * from the exchanges each time) against JGraphT 1.5.3's {@link KosarajuStrongConnectivityInspector}, once with the
 * JGraphT graph built from the exchanges each time (like for like) and once on a prebuilt graph (its algorithm alone).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class SccBenchmark {

    @Param({"100", "1000", "10000", "100000"})
    public int participants;

    private List<Exchange> exchanges;
    private Graph<String, DefaultEdge> prebuilt;

    @Setup
    public void setUp() {
        exchanges = GeneratedSituations.generate(participants, 42L).exchanges();
        prebuilt = jgraphtGraph(exchanges);
        int ours = ExchangeGraph.of(exchanges).stronglyConnectedComponents().size();
        int theirs = new KosarajuStrongConnectivityInspector<>(prebuilt).stronglyConnectedSets().size();
        if (ours != theirs) {
            throw new IllegalStateException("component counts differ: " + ours + " vs " + theirs);
        }
    }

    private static Graph<String, DefaultEdge> jgraphtGraph(List<Exchange> exchanges) {
        Graph<String, DefaultEdge> g = new DefaultDirectedGraph<>(DefaultEdge.class);
        for (Exchange e : exchanges) {
            g.addVertex(e.giver());
            g.addVertex(e.receiver());
            g.addEdge(e.giver(), e.receiver());
        }
        return g;
    }

    @Benchmark
    public List<List<String>> oursBuildAndScc() {
        return ExchangeGraph.of(exchanges).stronglyConnectedComponents();
    }

    @Benchmark
    public List<Set<String>> jgraphtBuildAndKosaraju() {
        return new KosarajuStrongConnectivityInspector<>(jgraphtGraph(exchanges)).stronglyConnectedSets();
    }

    @Benchmark
    public List<Set<String>> jgraphtKosarajuOnPrebuiltGraph() {
        return new KosarajuStrongConnectivityInspector<>(prebuilt).stronglyConnectedSets();
    }
}
