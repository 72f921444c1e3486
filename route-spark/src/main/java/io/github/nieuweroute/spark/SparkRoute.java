package io.github.nieuweroute.spark;

import io.github.nieuweroute.examples.cli.ScenarioFile;
import io.github.nieuweroute.sim.SweepResult;
import java.io.IOException;
import java.io.PrintStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;

/**
 * The entry point for {@code spark-submit}: a sweep or design from a scenario file, or the batch rule check of an
 * NDJSON file.
 *
 * <pre>
 * sweep SCENARIO.properties OUT-DIR [--seed N] [--chunks-per-task N]
 *     runs the scenario file's sweep (or design) on the cluster and writes, on the driver, OUT-DIR/NAME-summary.csv
 *     and OUT-DIR/NAME-replications.csv: the same bytes as {@code route simulate} writes for the same file and seed
 * check SITUATIONS.ndjson OUT-DIR [--format parquet|csv]
 *     checks every line and writes the table ({@link BatchCheck}) with Spark's writer into OUT-DIR
 * </pre>
 *
 * <p>Exit status 0 on success, 2 for a wrong command line or an invalid scenario file (one line on standard error).
 */
public final class SparkRoute {

    static final String USAGE = "usage: sweep SCENARIO.properties OUT-DIR [--seed N] [--chunks-per-task N]"
            + " | check SITUATIONS.ndjson OUT-DIR [--format parquet|csv]";

    private SparkRoute() {}

    /**
     * Runs a command on the session {@code spark-submit} configures, then stops it.
     *
     * @param args the command and its arguments, see the class documentation
     * @throws IOException if an output file cannot be written
     */
    public static void main(String[] args) throws IOException {
        SparkSession spark = SparkSession.builder().appName("nieuweroute " + String.join(" ", args)).getOrCreate();
        int status;
        try {
            status = run(spark, args, System.out, System.err);
        } finally {
            spark.stop();
        }
        if (status != 0) {
            System.exit(status);
        }
    }

    /**
     * Runs a command on a session.
     *
     * @param spark the session, not null
     * @param args the command and its arguments
     * @param out where the summary line goes, not null
     * @param err where a usage error goes, not null
     * @return the exit status: 0 on success, 2 for a wrong command line or invalid input
     * @throws IOException if an output file cannot be written
     */
    static int run(SparkSession spark, String[] args, PrintStream out, PrintStream err) throws IOException {
        try {
            if (args.length < 3 || (args.length - 3) % 2 != 0) {
                throw new IllegalArgumentException(USAGE);
            }
            Path input = Path.of(args[1]);
            Path outDir = Path.of(args[2]);
            switch (args[0]) {
                case "sweep":
                    sweep(spark, input, outDir, args, out);
                    return 0;
                case "check":
                    check(spark, input, outDir, args, out);
                    return 0;
                default:
                    throw new IllegalArgumentException(USAGE);
            }
        } catch (IllegalArgumentException e) {
            err.println(e.getMessage());
            return 2;
        }
    }

    private static void sweep(SparkSession spark, Path file, Path outDir, String[] args, PrintStream out)
            throws IOException {
        ScenarioFile scenario = ScenarioFile.read(file);
        long seed = scenario.seed();
        SparkSimulator.Builder simulator = SparkSimulator.on(spark);
        for (int i = 3; i < args.length; i += 2) {
            switch (args[i]) {
                case "--seed": seed = number(args[i], args[i + 1]); break;
                case "--chunks-per-task": simulator.chunksPerTask((int) number(args[i], args[i + 1])); break;
                default: throw new IllegalArgumentException("unknown option " + args[i] + "; " + USAGE);
            }
        }
        SweepResult result = simulator.build().sweep(scenario.sweep(), seed);
        Files.createDirectories(outDir);
        Path summary = outDir.resolve(scenario.name() + "-summary.csv");
        try (Writer w = Files.newBufferedWriter(summary, StandardCharsets.UTF_8)) {
            result.writeSummaryCsv(w);
        }
        try (Writer w = Files.newBufferedWriter(outDir.resolve(scenario.name() + "-replications.csv"),
                StandardCharsets.UTF_8)) {
            result.writeReplicationsCsv(w);
        }
        out.println(result.points().size() + " points, seed " + seed + ": " + summary);
    }

    private static void check(SparkSession spark, Path file, Path outDir, String[] args, PrintStream out) {
        String format = "parquet";
        for (int i = 3; i < args.length; i += 2) {
            if (!args[i].equals("--format") || !(args[i + 1].equals("parquet") || args[i + 1].equals("csv"))) {
                throw new IllegalArgumentException("unknown option " + args[i] + " " + args[i + 1] + "; " + USAGE);
            }
            format = args[i + 1];
        }
        Dataset<Row> table = BatchCheck.check(spark, file.toString()).cache();
        try {
            if (format.equals("csv")) {
                table.write().option("header", "true").csv(outDir.toString());
            } else {
                table.write().parquet(outDir.toString());
            }
            long lines = table.select("line").distinct().count();
            long invalid = table.filter("error_code is not null").count();
            out.println(String.format(Locale.ROOT, "%d lines, %d invalid: %s (%s)", lines, invalid, outDir, format));
        } finally {
            table.unpersist();
        }
    }

    private static long number(String option, String value) {
        try {
            return Long.parseLong(value);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(option + " takes a whole number, not '" + value + "'", e);
        }
    }
}
