package io.github.nieuweroute.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.nieuweroute.json.RouteJson;
import io.github.nieuweroute.sim.Metric;
import io.github.nieuweroute.seed.SeedCases;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RouteCommandTest {

    @TempDir
    Path dir;

    /** The outcome of one run of the tool. */
    record Run(int code, String out, String err) {}

    static Run route(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = RouteCommand.run(new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8), args);
        return new Run(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    private Path file(String name, String content) throws IOException {
        return Files.writeString(dir.resolve(name), content, StandardCharsets.UTF_8);
    }

    private Path seedFile(String key) throws IOException {
        return file(key + ".json", RouteJson.create().writeSituation(SeedCases.byKey(key).orElseThrow().situation()));
    }

    @Test
    void check_exits_1_with_a_report_when_there_are_violations() throws IOException {
        Run run = route("check", seedFile("de-vries").toString());
        assertThat(run.code()).isEqualTo(1);
        assertThat(run.out()).contains("R-01", "volunteer-request");
        assertThat(route("check", "--seed", "de-vries", "--lang", "nl").out()).contains("oude route");
    }

    @Test
    void check_exits_0_when_there_are_no_violations() throws IOException {
        Path clean = file("clean.json", "{\"formatVersion\":1,\"id\":\"s\",\"participants\":"
                + "[{\"id\":\"f\",\"sphere\":\"focus-person\"}]}");
        Run run = route("check", clean.toString());
        assertThat(run.out()).as(run.err()).contains("Findings: no problems, no points of attention, no notes");
        assertThat(run.code()).isZero();
    }

    @Test
    void check_writes_the_report_as_json_on_request() {
        Run run = route("check", "--seed", "esther-and-jeffrey", "--format", "json");
        assertThat(run.out()).contains("\"kind\": \"report\"", "\"route\": \"new\"");
    }

    @Test
    void check_on_a_broken_file_exits_2_and_points_at_the_problem() throws IOException {
        Path broken = file("broken.json", "{\"formatVersion\":1,\"id\":\"s\",\"participants\":"
                + "[{\"id\":\"f\",\"sphere\":\"focus-person\"}],\"decisions\":[{\"id\":\"d\",\"date\":\"2016-13-01\"}]}");
        Run run = route("check", broken.toString());
        assertThat(run.code()).isEqualTo(2);
        assertThat(run.err()).contains("/decisions/0/date").doesNotContain("Exception");
        assertThat(route("check", dir.resolve("missing.json").toString()).err()).contains("no such file");
        assertThat(route("check").code()).isEqualTo(2);
        assertThat(route("check", "--seed", "nobody").err()).contains("de-vries");
        assertThat(route("check", "--seed", "de-vries", "--lang", "fr").err()).contains("nl or en");
    }

    @Test
    void classify_prints_the_route_per_decision_and_over_time() {
        Run run = route("classify", "--seed", "buiting-boy");
        assertThat(run.code()).isZero();
        assertThat(run.out()).contains("route now: UNCLASSIFIED", "decision coupling", "nobody_co_decided");
    }

    @Test
    void render_writes_a_network_map() throws IOException {
        Path map = dir.resolve("map.svg");
        Run run = route("render", "--seed", "esther-and-jeffrey", "--out", map.toString(), "--lang", "nl");
        assertThat(run.code()).as(run.err()).isZero();
        assertThat(Files.readString(map)).contains("<svg", "Legenda", "class=\"exchange circle\"");
    }

    @Test
    void simulate_runs_a_scenario_file_and_writes_csv_json_and_charts() throws IOException {
        Path scenario = file("s.properties", "name=tiny\npolicy=old,new\ncohortSize=200\nhorizonWeeks=10\n"
                + "replications=2\nenvironmentInfluence=0.4\n");
        Path out = dir.resolve("out");
        Run run = route("simulate", "--scenario", scenario.toString(), "--out", out.toString(), "--seed", "3",
                "--threads", "2");
        assertThat(run.code()).as(run.err()).isZero();
        assertThat(out.resolve("tiny-timeseries.csv")).exists();
        assertThat(Files.readString(out.resolve("tiny-result.json"))).startsWith("{\n  \"formatVersion\": 1,\n"
                + "  \"kind\": \"sweep-result\",\n  \"library\": {");
        assertThat(Files.readString(out.resolve("chart-professionalHours.svg"))).contains("tiny-old", "tiny-new");
        assertThat(Files.readString(out.resolve("chart-regieViolated.svg"))).contains("Regie violated");
        List<String> summary = Files.readAllLines(out.resolve("tiny-summary.csv"));
        assertThat(summary.get(0)).isEqualTo("point,scenario,policy,route,metric,unit,horizon_weeks,mean,ci95_lower,"
                + "ci95_upper,replications");
        assertThat(summary).anySatisfy(l -> assertThat(l).startsWith("0,tiny,old,all,ruleErrors,violations,10,3,"))
                .anySatisfy(l -> assertThat(l).startsWith("1,tiny,new,new,"));
        assertThat(Files.readAllLines(out.resolve("tiny-replications.csv")).get(0)).endsWith(",replication,value");
        assertThat(run.out()).contains("simulating tiny-old", "100%");
    }

    @Test
    void simulate_sweeps_lists_and_ranges_of_a_scenario_file_in_one_tidy_csv_and_writes_how_to_run_it_again()
            throws IOException {
        Path scenario = file("sweep.properties", "name=sweep\npolicy=old,new\ncohortSize=100\nhorizonWeeks=8\n"
                + "replications=2\nseed=5\nenvironmentInfluence=0.2:0.6:0.2\nmemberHoursPerWeek=1, 3\n");
        Path out = dir.resolve("sweep");
        Run run = route("simulate", "--scenario", scenario.toString(), "--out", out.toString(), "--threads", "1");
        assertThat(run.code()).as(run.err()).isZero();

        List<String> summary = Files.readAllLines(out.resolve("sweep-summary.csv"));
        assertThat(summary.get(0)).startsWith("point,environmentInfluence,memberHoursPerWeek,scenario,policy,");
        // 2 policies x 3 x 2 values, decimal steps without binary residue
        assertThat(summary).anySatisfy(l -> assertThat(l).startsWith("11,0.6,3,sweep,new,all,"));
        assertThat(summary).anySatisfy(l -> assertThat(l).startsWith("2,0.4,1,sweep,old,all,"));
        String again = Files.readString(out.resolve("sweep-run.properties"));
        assertThat(again).contains("library.version=", "seed=5", "environmentInfluence=0.2:0.6:0.2",
                "memberHoursPerWeek=1, 3", "networkSizeMax=32", "design=full-factorial");

        Path rerun = dir.resolve("rerun");
        assertThat(route("simulate", "--scenario", out.resolve("sweep-run.properties").toString(), "--out",
                rerun.toString(), "--threads", "2").code()).isZero();
        assertThat(Files.readAllLines(rerun.resolve("sweep-summary.csv"))).isEqualTo(summary);
    }

    @Test
    void the_readme_scenario_file_gives_the_same_summary_as_the_readme_script() throws IOException {
        // docs/examples/sweep.properties with a smaller cohort, against SimulationScript with the same cohort
        String file = Files.readString(Path.of("../docs/examples/sweep.properties"));
        assertThat(file).contains("cohortSize=2000\n");
        Path scenario = file("readme.properties", file.replace("cohortSize=2000\n", "cohortSize=150\n"));
        Path out = dir.resolve("readme");
        assertThat(route("simulate", "--scenario", scenario.toString(), "--out", out.toString()).code()).isZero();
        Path script = dir.resolve("script.csv");
        io.github.nieuweroute.examples.SimulationScriptAccess.run(script, 150);

        assertThat(Files.readString(out.resolve("influence-summary.csv"))).isEqualTo(Files.readString(script));
    }

    @Test
    void simulate_runs_a_sobol_design_and_writes_the_indices() throws IOException {
        Path scenario = file("sobol.properties", "name=sens\ncohortSize=40\nhorizonWeeks=6\nreplications=1\n"
                + "design=sobol\nsamples=8\nresamples=20\nanalyse=acceptance, effect\n"
                + "environmentInfluence=0.2:0.6\nacceptanceConsulted=0.4:0.8\n");
        Path out = dir.resolve("sobol");
        Run run = route("simulate", "--scenario", scenario.toString(), "--out", out.toString(), "--seed", "2");
        assertThat(run.code()).as(run.err()).isZero();

        List<String> sobol = Files.readAllLines(out.resolve("sens-sobol.csv"));
        assertThat(sobol.get(0)).isEqualTo(io.github.nieuweroute.design.SensitivityCsv.SOBOL_HEADER);
        assertThat(sobol).hasSize(1 + 2 * 2);
        assertThat(sobol.get(1)).startsWith("old,all,acceptance,share,acceptanceConsulted,");  // keys in sorted order
        assertThat(Files.readAllLines(out.resolve("sens-summary.csv"))).hasSize(1 + 8 * 4 * 2 * Metric.values().length);
        assertThat(Files.readString(out.resolve("sens-run.properties"))).contains("design=sobol", "samples=8",
                "designSeed=2", "environmentInfluence=0.2:0.6");
        assertThat(out.resolve("sens-timeseries.csv")).doesNotExist();
    }

    @Test
    void simulate_refuses_a_list_where_a_design_needs_an_interval_and_an_old_policy_spelling() throws IOException {
        Path out = dir.resolve("bad");
        assertThat(route("simulate", "--scenario", file("c.properties", "design=latin-hypercube\nsamples=4\n"
                + "environmentInfluence=0.2,0.4\n").toString(), "--out", out.toString()).err())
                .contains("environmentInfluence", "interval low:high");
        assertThat(route("simulate", "--scenario", file("d.properties", "environmentInfluence=0.2:0.4\n")
                .toString(), "--out", out.toString()).err()).contains("only a design takes");
        assertThat(route("simulate", "--scenario", file("e.properties", "policy=dead_end\n").toString(), "--out",
                out.toString()).err()).contains("'dead_end' is none of: old, dead-end, new");
    }

    @Test
    void simulate_refuses_a_bad_scenario_with_exit_2_naming_the_problem() throws IOException {
        Path out = dir.resolve("out");
        assertThat(route("simulate", "--scenario", file("a.properties", "colour=red\n").toString(), "--out",
                out.toString()).err()).contains("unknown key 'colour'");
        Run negative = route("simulate", "--scenario", file("b.properties", "cohortSize=-5\n").toString(), "--out",
                out.toString());
        assertThat(negative.code()).isEqualTo(2);
        assertThat(negative.err()).contains("cohortSize");
        assertThat(route("simulate", "--preset", "nope", "--out", out.toString()).err()).contains("compare-routes");
        assertThat(route("simulate", "--out", out.toString()).code()).isEqualTo(2);
    }

    @Test
    void demo_writes_reports_situations_maps_csv_and_charts_into_one_folder() throws IOException {
        Path out = dir.resolve("demo");
        Run run = route("demo", "--out", out.toString());
        assertThat(run.code()).as(run.err()).isZero();
        assertThat(run.out()).contains("6 seed cases, 0 differ", "Wrote");
        for (String key : new String[] {"de-vries", "esther-and-jeffrey", "saartje-wop", "van-dalen-before",
            "van-dalen-after", "buiting-boy"}) {
            assertThat(out.resolve("reports/" + key + ".nl.txt")).exists();
            assertThat(out.resolve("reports/" + key + ".json")).exists();
            assertThat(out.resolve("maps/" + key + ".svg")).exists();
            assertThat(RouteJson.create().readSituation(out.resolve("situations/" + key + ".json")))
                    .isEqualTo(SeedCases.byKey(key).orElseThrow().situation());
        }
        try (Stream<Path> files = Files.list(out.resolve("simulation"))) {
            assertThat(files.map(p -> p.getFileName().toString())).contains("demo-timeseries.csv",
                    "chart-effect.svg");
        }
    }

    @Test
    void every_command_has_help_with_an_example() {
        for (String command : new String[] {"demo", "check", "classify", "render", "simulate"}) {
            Run run = route(command, "--help");
            assertThat(run.code()).isZero();
            assertThat(run.out()).as(command).contains("Example");
        }
    }
}
