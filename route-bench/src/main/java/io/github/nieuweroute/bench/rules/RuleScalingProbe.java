package io.github.nieuweroute.bench.rules;

import io.github.nieuweroute.model.Situation;
import io.github.nieuweroute.rule.RuleSet;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Locale;

/**
 * Checks, on a shared machine, how the cost of the standard rule set grows with the size of a situation: in one JVM,
 * round after round, it checks generated situations of each given size and builds each anew (which validates it and
 * resolves its references, {@code situation.toBuilder().build()}), and times every run by the CPU time of the calling
 * thread. Time this thread spends waiting for a core while other processes run is thereby left out, and every size
 * meets the same disturbances, because the sizes take turns. Prints per size the median and quartiles of the
 * nanoseconds per participant, for a check and for a build, and the ratio of each size's median check to the
 * smallest size's. JMH ({@link RuleSetBenchmark}) gives the wall-clock figures; this probe tells the growth apart from
 * the machine's noise.
 *
 * <p>Run: {@code java -Xms4g -Xmx4g -cp route-bench/target/benchmarks.jar
 * io.github.nieuweroute.bench.rules.RuleScalingProbe [rounds [size ...]]}, by default 15 rounds of 100 and 100,000
 * participants. The first three rounds warm up and are not counted.
 */
public final class RuleScalingProbe {

    private static final int WARM_UP_ROUNDS = 3;
    /** About this many participants are checked per size and round, so that every run takes a similar time. */
    private static final int PARTICIPANTS_PER_RUN = 2_000_000;

    private RuleScalingProbe() {}

    /**
     * Runs the probe.
     *
     * @param args the number of rounds (15 if none), then the sizes (100 and 100,000 if none)
     */
    public static void main(String[] args) {
        int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 15;
        int[] sizes = args.length > 1 ? Arrays.stream(args, 1, args.length).mapToInt(Integer::parseInt).toArray()
                : new int[] {100, 100_000};
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        RuleSet rules = RuleSet.standard();
        Situation[] situations = new Situation[sizes.length];
        List<List<Double>> checks = new ArrayList<>();
        List<List<Double>> builds = new ArrayList<>();
        for (int i = 0; i < sizes.length; i++) {
            situations[i] = GeneratedSituations.generate(sizes[i], 42L);
            checks.add(new ArrayList<>());
            builds.add(new ArrayList<>());
        }
        for (int round = 0; round < WARM_UP_ROUNDS + rounds; round++) {
            for (int i = 0; i < sizes.length; i++) {
                int n = sizes[i];
                int repeats = Math.max(3, PARTICIPANTS_PER_RUN / n);
                long start = threads.getCurrentThreadCpuTime();
                int violations = 0;
                for (int r = 0; r < repeats; r++) {
                    violations += rules.check(situations[i]).violations().size();
                }
                long checked = threads.getCurrentThreadCpuTime();
                Situation built = situations[i];
                for (int r = 0; r < repeats; r++) {
                    built = situations[i].toBuilder().build();
                }
                long end = threads.getCurrentThreadCpuTime();
                if (violations < 0 || !built.equals(situations[i])) {
                    throw new AssertionError("unreachable: keeps the work from being optimised away");
                }
                if (round >= WARM_UP_ROUNDS) {
                    checks.get(i).add((checked - start) / (double) repeats / n);
                    builds.get(i).add((end - checked) / (double) repeats / n);
                }
            }
        }
        double base = median(checks.get(0));
        for (int i = 0; i < sizes.length; i++) {
            System.out.printf(Locale.ROOT,
                    "%,d participants: check %s, build %s ns per participant (CPU time; median [quartiles] of %d "
                            + "rounds); check ratio to %,d participants %.2f%n",
                    sizes[i], summary(checks.get(i)), summary(builds.get(i)), rounds, sizes[0],
                    median(checks.get(i)) / base);
        }
    }

    private static double median(List<Double> values) {
        List<Double> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        return sorted.get(sorted.size() / 2);
    }

    private static String summary(List<Double> values) {
        List<Double> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        return String.format(Locale.ROOT, "%,.0f [%,.0f, %,.0f]", sorted.get(sorted.size() / 2),
                sorted.get(sorted.size() / 4), sorted.get(3 * sorted.size() / 4));
    }
}
