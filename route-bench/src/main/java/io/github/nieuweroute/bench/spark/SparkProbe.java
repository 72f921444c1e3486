package io.github.nieuweroute.bench.spark;

import io.github.nieuweroute.bench.rules.GeneratedSituations;
import io.github.nieuweroute.json.RouteJson;
import io.github.nieuweroute.model.Situation;
import io.github.nieuweroute.rule.RuleSet;
import io.github.nieuweroute.sim.Parameter;
import io.github.nieuweroute.sim.RoutePolicy;
import io.github.nieuweroute.sim.Scenario;
import io.github.nieuweroute.sim.Simulator;
import io.github.nieuweroute.sim.Sweep;
import io.github.nieuweroute.sim.SweepResult;
import io.github.nieuweroute.spark.BatchCheck;
import io.github.nieuweroute.spark.SparkSimulator;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.spark.sql.SparkSession;

/**
 * Spark in local mode against the library on its own, in one JVM, round after round so that the load of the shared
 * machine falls on both alike (a {@code main}, not JMH: a Spark job is seconds long and JMH's forks would start a
 * Spark session each):
 *
 * <ul>
 *   <li>{@code sweep}: the same 64-point sweep (old and new route x 8 values of environmentInfluence x 4 of
 *       involvementGrowth; 2,000 cases, 52 weeks, 3 replications: 20 million case-weeks) on the local
 *       {@code Simulator} with 2 threads and on {@code SparkSimulator} on {@code local[2]}; wall time of each, and
 *       a check that both wrote the same summary CSV;
 *   <li>{@code check}: situations per second of the batch check ({@code BatchCheck} on {@code local[2]}, every row
 *       computed by Spark's no-op sink) against a plain loop on one thread that reads each NDJSON line with
 *       {@code RouteJson} and checks it with {@code RuleSet.standard()}.
 * </ul>
 *
 * <p>Run (docs/benchmarks.md, "Spark"): {@code java @route-bench/spark-jvm.options -cp
 * route-bench/target/benchmarks.jar:$(cat route-bench/target/spark-classpath.txt)
 * io.github.nieuweroute.bench.spark.SparkProbe sweep|check [rounds]}.
 */
public final class SparkProbe {

    private static final int WARM_UP = 2;

    private SparkProbe() {}

    /**
     * Runs the probe.
     *
     * @param args {@code sweep} or {@code check}, then the number of measured rounds (5 if none)
     * @throws IOException if the NDJSON file cannot be written
     */
    public static void main(String[] args) throws IOException {
        String what = args.length > 0 ? args[0] : "sweep";
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 5;
        SparkSession spark = SparkSession.builder().appName("SparkProbe").master("local[2]")
                .config("spark.ui.enabled", "false").config("spark.driver.host", "localhost")
                .config("spark.driver.bindAddress", "127.0.0.1").getOrCreate();
        spark.sparkContext().setLogLevel("WARN");
        try {
            if (what.equals("sweep")) {
                sweep(spark, rounds);
            } else {
                check(spark, rounds);
            }
        } finally {
            spark.stop();
        }
    }

    static Sweep sweep64() {
        Scenario base = Scenario.builder().name("probe").cohortSize(2_000).horizonWeeks(52).replications(3).build();
        return Sweep.over(base)
                .policies(RoutePolicy.OLD, RoutePolicy.NEW)
                .vary(Parameter.ENVIRONMENT_INFLUENCE, 0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8)
                .vary(Parameter.INVOLVEMENT_GROWTH, 0.01, 0.02, 0.03, 0.04)
                .build();
    }

    private static void sweep(SparkSession spark, int rounds) throws IOException {
        Sweep sweep = sweep64();
        Simulator local = Simulator.builder().threads(2).build();
        SparkSimulator distributed = SparkSimulator.on(spark).build();
        List<Double> localSeconds = new ArrayList<>();
        List<Double> sparkSeconds = new ArrayList<>();
        List<Double> ratios = new ArrayList<>();
        for (int round = -WARM_UP; round < rounds; round++) {
            long t0 = System.nanoTime();
            SweepResult a = local.sweep(sweep, round);
            double l = (System.nanoTime() - t0) / 1e9;
            t0 = System.nanoTime();
            SweepResult b = distributed.sweep(sweep, round);
            double s = (System.nanoTime() - t0) / 1e9;
            if (!csv(a).equals(csv(b))) {
                throw new IllegalStateException("Spark's summary differs from the local simulator's in round " + round);
            }
            if (round >= 0) {
                localSeconds.add(l);
                sparkSeconds.add(s);
                ratios.add(s / l);
            }
            System.out.printf(Locale.ROOT, "round %d: local %.2f s, spark local[2] %.2f s, ratio %.2f, load %.1f%s%n",
                    round, l, s, s / l, load(), round < 0 ? " (warm-up)" : "");
        }
        System.out.println(sweep.points().size() + " points; local " + stats(localSeconds) + " s; spark "
                + stats(sparkSeconds) + " s; ratio spark/local " + stats(ratios));
    }

    private static String csv(SweepResult r) throws IOException {
        StringBuilder out = new StringBuilder();
        r.writeSummaryCsv(out);
        return out.toString();
    }

    private static void check(SparkSession spark, int rounds) throws IOException {
        int n = 20_000;
        RouteJson json = RouteJson.create().withPrettyPrinting(false);
        Path file = Files.createTempFile("probe", ".ndjson");
        file.toFile().deleteOnExit();
        List<String> lines = new ArrayList<>(n);
        for (int i = 0; i < 100; i++) {
            // 100 distinct situations of 32 participants (the size of Esther & Jeffrey's group), repeated
            lines.add(json.writeSituation(GeneratedSituations.generate(32, i)));
        }
        List<String> all = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            all.add(lines.get(i % lines.size()));
        }
        Files.write(file, all, StandardCharsets.UTF_8);
        List<Double> plain = new ArrayList<>();
        List<Double> onSpark = new ArrayList<>();
        for (int round = -WARM_UP; round < rounds; round++) {
            long t0 = System.nanoTime();
            long findings = plainLoop(file);
            double p = n / ((System.nanoTime() - t0) / 1e9);
            t0 = System.nanoTime();
            BatchCheck.check(spark, file.toString()).write().format("noop").mode("overwrite").save();
            double s = n / ((System.nanoTime() - t0) / 1e9);
            if (round >= 0) {
                plain.add(p);
                onSpark.add(s);
            }
            System.out.printf(Locale.ROOT, "round %d: plain loop %.0f situations/s (%d findings), spark local[2] "
                    + "%.0f situations/s, load %.1f%s%n", round, p, findings, s, load(), round < 0 ? " (warm-up)" : "");
        }
        System.out.println(n + " situations of 32 participants; plain loop " + stats(plain) + " /s; spark "
                + stats(onSpark) + " /s");
    }

    private static long plainLoop(Path file) {
        RouteJson json = RouteJson.create();
        RuleSet rules = RuleSet.standard();
        long findings = 0;
        try (var lines = Files.lines(file, StandardCharsets.UTF_8)) {
            for (var it = lines.iterator(); it.hasNext();) {
                Situation s = json.readSituation(it.next().getBytes(StandardCharsets.UTF_8));
                findings += rules.check(s).violationCount();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return findings;
    }

    private static double load() {
        return java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
    }

    /** Median, then minimum to maximum. */
    private static String stats(List<Double> values) {
        double[] v = values.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        double median = v.length % 2 == 1 ? v[v.length / 2] : (v[v.length / 2 - 1] + v[v.length / 2]) / 2;
        return String.format(Locale.ROOT, "median %.2f (%.2f to %.2f, %d rounds)", median, v[0], v[v.length - 1],
                v.length);
    }
}
