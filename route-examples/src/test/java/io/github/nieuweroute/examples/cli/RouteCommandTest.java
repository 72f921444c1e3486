package io.github.nieuweroute.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.nieuweroute.json.RouteJson;
import io.github.nieuweroute.seed.SeedCases;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
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
        assertThat(run.out()).as(run.err()).contains("0 violation");
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
        Run run = route("classify", "--seed", "saartje-wop");
        assertThat(run.code()).isZero();
        assertThat(run.out()).contains("route now: NEW", "decision brother-admission", "nobody_co_decided");
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
        assertThat(out.resolve("tiny-old-timeseries.csv")).exists();
        assertThat(out.resolve("tiny-new-summary.csv")).exists();
        assertThat(Files.readString(out.resolve("tiny-new-result.json"))).startsWith("{\"formatVersion\":1,"
                + "\"kind\":\"simulation-result\",\"scenario\":{\"name\":\"tiny-new\",\"policy\":\"new\"");
        assertThat(Files.readString(out.resolve("chart-professionalHours.svg"))).contains("tiny-old", "tiny-new");
        assertThat(Files.readString(out.resolve("chart-regieViolated.svg"))).contains("Regie violated");
        assertThat(Files.readString(out.resolve("tiny-new-summary.csv"))).contains(",ruleErrors,violations,");
        assertThat(run.out()).contains("simulating tiny-old", "100%");
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
            assertThat(files.map(p -> p.getFileName().toString())).contains("demo-new-timeseries.csv",
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
