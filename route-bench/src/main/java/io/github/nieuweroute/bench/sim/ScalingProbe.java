package io.github.nieuweroute.bench.sim;

import io.github.nieuweroute.sim.RoutePolicy;
import io.github.nieuweroute.sim.Scenario;
import io.github.nieuweroute.sim.Simulator;
import java.lang.management.ManagementFactory;
import java.util.Locale;

/**
 * Tells a slow machine from slow code: runs 100,000 cases over 52 weeks on one and on two threads, several rounds,
 * and prints for each run the case-weeks per second of wall time, the case-weeks per second of CPU time of this
 * process, and how many cores the process actually got (CPU time / wall time). On a machine shared with other
 * builds, two threads may get far less than two cores; the speed-up per core obtained is then the figure that
 * describes the code.
 *
 * <p>Run: {@code java -Xmx1g -cp route-bench/target/benchmarks.jar io.github.nieuweroute.bench.sim.ScalingProbe
 * [rounds]}.
 */
public final class ScalingProbe {

    private static final int CASES = 100_000;
    private static final int WEEKS = 52;

    private ScalingProbe() {}

    /**
     * Runs the probe.
     *
     * @param args the number of measured rounds, 5 if none
     */
    public static void main(String[] args) {
        int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 5;
        com.sun.management.OperatingSystemMXBean os =
                (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        Scenario scenario = Scenario.builder().name("scaling").policy(RoutePolicy.NEW).cohortSize(CASES)
                .horizonWeeks(WEEKS).replications(1).build();
        double caseWeeks = (double) CASES * WEEKS;
        for (int round = -2; round < rounds; round++) {
            for (int threads = 1; threads <= 2; threads++) {
                Simulator simulator = Simulator.builder().threads(threads).build();
                long cpu0 = os.getProcessCpuTime();
                long wall0 = System.nanoTime();
                simulator.run(scenario, round);
                double wall = (System.nanoTime() - wall0) / 1e9;
                double cpu = (os.getProcessCpuTime() - cpu0) / 1e9;
                if (round >= 0) {
                    System.out.printf(Locale.ROOT,
                            "round %d threads %d: %.2f M case-weeks/s wall, %.2f M case-weeks/s per CPU-second, "
                                    + "%.2f cores used, load %.2f%n",
                            round, threads, caseWeeks / wall / 1e6, caseWeeks / cpu / 1e6, cpu / wall,
                            os.getSystemLoadAverage());
                }
            }
        }
    }
}
