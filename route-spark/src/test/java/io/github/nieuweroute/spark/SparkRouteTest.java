package io.github.nieuweroute.spark;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.nieuweroute.examples.cli.ScenarioFile;
import io.github.nieuweroute.sim.Simulator;
import io.github.nieuweroute.sim.SweepResult;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SparkRouteTest {

    static final Path SCENARIO = Path.of("src/test/resources/small-sweep.properties");

    private static SparkSession spark;

    @BeforeAll
    static void start() {
        spark = LocalSpark.start("SparkRouteTest");
    }

    @AfterAll
    static void stop() {
        spark.stop();
    }

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(String... args) throws IOException {
        return SparkRoute.run(spark, args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    /** The summary CSV the local simulator writes for a scenario file and seed. */
    static byte[] localSummary(Path scenario, long seed) throws IOException {
        StringBuilder csv = new StringBuilder();
        local(scenario, seed).writeSummaryCsv(csv);
        return csv.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static SweepResult local(Path scenario, long seed) {
        return Simulator.builder().threads(1).build().sweep(ScenarioFile.read(scenario).sweep(), seed);
    }

    @Test
    void sweep_writes_the_local_simulators_summary_for_the_scenario_files_seed(@TempDir Path dir)
            throws IOException {
        assertThat(run("sweep", SCENARIO.toString(), dir.toString(), "--chunks-per-task", "2")).isZero();

        assertThat(Files.readAllBytes(dir.resolve("small-summary.csv"))).isEqualTo(localSummary(SCENARIO, 9));
        StringBuilder replications = new StringBuilder();
        local(SCENARIO, 9).writeReplicationsCsv(replications);
        assertThat(Files.readString(dir.resolve("small-replications.csv"))).isEqualTo(replications.toString())
                .startsWith("point,environmentInfluence,");
        assertThat(out.toString(StandardCharsets.UTF_8)).startsWith("4 points, seed 9: ");
    }

    @Test
    void sweep_takes_another_seed_from_the_command_line(@TempDir Path dir) throws IOException {
        assertThat(run("sweep", SCENARIO.toString(), dir.toString(), "--seed", "10")).isZero();

        assertThat(Files.readAllBytes(dir.resolve("small-summary.csv"))).isEqualTo(localSummary(SCENARIO, 10))
                .isNotEqualTo(localSummary(SCENARIO, 9));
    }

    @Test
    void check_writes_the_table_as_csv_and_counts_the_invalid_lines(@TempDir Path dir) throws IOException {
        Path input = dir.resolve("in.ndjson");
        Files.write(input, BatchCheckTest.ndjson(io.github.nieuweroute.seed.SeedCases.all()
                .subList(0, 4).stream().map(c -> c.situation()).collect(Collectors.toList())), StandardCharsets.UTF_8);
        Path table = dir.resolve("table");

        assertThat(run("check", input.toString(), table.toString(), "--format", "csv")).isZero();

        assertThat(out.toString(StandardCharsets.UTF_8)).startsWith("9 lines, 5 invalid: ");
        List<String> rows;
        try (Stream<Path> files = Files.list(table)) {
            rows = files.filter(f -> f.getFileName().toString().endsWith(".csv")).flatMap(f -> {
                try {
                    return Files.readAllLines(f).stream();
                } catch (IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            }).collect(Collectors.toList());
        }
        assertThat(rows).contains("line,situation_id,route,rule,severity,count,error_code,error_pointer")
                .anyMatch(r -> r.startsWith("4,,,,,,malformed-json,"));
    }

    @Test
    void a_wrong_command_line_or_scenario_file_is_status_2_with_one_line(@TempDir Path dir) throws IOException {
        Path bad = dir.resolve("bad.properties");
        Files.write(bad, List.of("horizonWeeks=long"));

        assertThat(run("simulate", "x", "y")).isEqualTo(2);
        assertThat(run("sweep", SCENARIO.toString())).isEqualTo(2);
        assertThat(run("check", "in", "out", "--format", "json")).isEqualTo(2);
        assertThat(run("sweep", SCENARIO.toString(), dir.toString(), "--seed", "x")).isEqualTo(2);
        assertThat(run("sweep", bad.toString(), dir.toString())).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8).lines().collect(Collectors.toList())).containsExactly(
                SparkRoute.USAGE, SparkRoute.USAGE, "unknown option --format json; " + SparkRoute.USAGE,
                "--seed takes a whole number, not 'x'", bad + ": horizonWeeks must be a whole number, not 'long'");
    }
}
