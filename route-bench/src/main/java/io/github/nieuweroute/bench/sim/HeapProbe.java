package io.github.nieuweroute.bench.sim;

import io.github.nieuweroute.sim.RoutePolicy;
import io.github.nieuweroute.sim.Scenario;
import io.github.nieuweroute.sim.Simulator;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.util.Locale;

/**
 * Measures the heap a run keeps in use as the cohort grows: for each cohort size it runs the transition scenario over
 * 52 weeks on two threads and, at every tenth of the run, collects garbage and records the heap in use. If results
 * are streamed, the peak is the same for 100,000 and 1,000,000 cases.
 *
 * <p>Run: {@code java -Xmx256m -cp route-bench/target/benchmarks.jar io.github.nieuweroute.bench.sim.HeapProbe}
 * (optionally with cohort sizes as arguments).
 */
public final class HeapProbe {

    private HeapProbe() {}

    /**
     * Runs the probe.
     *
     * @param args cohort sizes; 100000 and 1000000 if none
     */
    public static void main(String[] args) {
        long[] sizes = args.length == 0 ? new long[] {100_000, 1_000_000}
                : java.util.Arrays.stream(args).mapToLong(Long::parseLong).toArray();
        MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
        for (long size : sizes) {
            long[] peak = {0};
            long[] nextSample = {0};
            Simulator simulator = Simulator.builder().threads(2).progressListener(p -> {
                if (p.casesDone() >= nextSample[0]) {
                    nextSample[0] += p.casesTotal() / 10;
                    System.gc();
                    peak[0] = Math.max(peak[0], memory.getHeapMemoryUsage().getUsed());
                }
            }).build();
            Scenario scenario = Scenario.builder().name("heap").policy(RoutePolicy.TRANSITION_FROM_OLD)
                    .cohortSize((int) size).horizonWeeks(52).replications(1).build();
            long start = System.nanoTime();
            simulator.run(scenario, 1);
            double seconds = (System.nanoTime() - start) / 1e9;
            System.out.printf(Locale.ROOT, "cases %,d: peak heap in use after GC %.1f MiB (max heap %.0f MiB), %.1f s%n",
                    size, peak[0] / 1048576.0, Runtime.getRuntime().maxMemory() / 1048576.0, seconds);
        }
    }
}
