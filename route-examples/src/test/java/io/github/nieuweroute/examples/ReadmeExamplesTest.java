package io.github.nieuweroute.examples;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.nieuweroute.json.RouteJson;
import io.github.nieuweroute.model.Situation;
import io.github.nieuweroute.route.RouteClassifier;
import io.github.nieuweroute.rule.Report;
import io.github.nieuweroute.rule.RuleSet;
import io.github.nieuweroute.seed.SeedCases;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The embedding and simulation examples work, and the README quotes them exactly. */
class ReadmeExamplesTest {

    private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();
    private static final Path EXAMPLES = ROOT.resolve("route-examples/src/main/java/io/github/nieuweroute/examples");

    @TempDir
    Path dir;

    @Test
    void embedding_turns_json_into_a_dutch_report_and_a_json_report() {
        String out = EmbeddingExample.check(RouteJson.create().writeSituation(SeedCases.deVries().situation()));
        assertThat(out).contains("oude route", "R-01", "\"kind\": \"report\"");
    }

    @Test
    void embedding_reports_bad_input_with_its_json_pointer() {
        assertThat(EmbeddingExample.check("{\"formatVersion\":1,\"id\":\"s\",\"participants\":[],\"colour\":1}"))
                .startsWith("invalid input at /");
    }

    @Test
    void the_readme_shows_the_dutch_report_of_the_example_exactly() throws IOException {
        String readme = Files.readString(ROOT.resolve("README.md"));
        Situation situation = RouteJson.create().readSituation(Files.readString(
                ROOT.resolve("docs/examples/example-situation.json")));

        String dutch = RuleSet.standard().check(situation).render(io.github.nieuweroute.rule.Language.DUTCH);

        assertThat(readme).contains("```text\n" + dutch + "\n```");
    }

    @Test
    void the_readme_example_json_is_the_example_file_and_reads_checks_and_round_trips() throws IOException {
        String readme = Files.readString(ROOT.resolve("README.md"), StandardCharsets.UTF_8);
        String example = Files.readString(ROOT.resolve("docs/examples/example-situation.json"), StandardCharsets.UTF_8);
        assertThat(readme).contains("```json\n" + example + "```");

        String out = EmbeddingExample.check(example);

        assertThat(out).contains("Route: doodlopende route", "(R-01)", "\"kind\": \"report\"",
                "\"rule\": \"R-01\"");
        Situation situation = RouteJson.create().readSituation(example);
        assertThat(RouteClassifier.classify(situation)).as("the first example's situation").isEqualTo(QuickStart.run());
        Report report = RuleSet.standard().check(situation);
        assertThat(report.violations("R-01")).hasSize(2);
        assertThat(RouteJson.create().readReport(RouteJson.create().writeReport(report))).isEqualTo(report);
    }

    @Test
    void embedding_main_reads_a_file_given_as_argument() throws IOException {
        assertThat(runEmbeddingMain(ROOT.resolve("docs/examples/example-situation.json").toString()))
                .contains("Situatie example", "shopping");
    }

    @Test
    void embedding_main_prints_the_report() throws IOException {
        assertThat(runEmbeddingMain()).contains("volunteer-request");
    }

    private static String runEmbeddingMain(String... args) throws IOException {
        PrintStream original = System.out;
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        System.setOut(new PrintStream(bytes, true, StandardCharsets.UTF_8));
        try {
            EmbeddingExample.main(args);
        } finally {
            System.setOut(original);
        }
        return bytes.toString(StandardCharsets.UTF_8);
    }

    @Test
    void the_sweep_script_writes_a_tidy_csv_with_every_point() throws IOException {
        Path csv = dir.resolve("sweep.csv");
        SimulationScript.run(csv, 200);
        List<String> lines = Files.readAllLines(csv);
        assertThat(lines.get(0)).contains(",");
        assertThat(String.join("\n", lines)).contains("environmentInfluence").containsIgnoringCase("new")
                .containsIgnoringCase("old");
        assertThat(lines.size()).isGreaterThan(6);
    }

    @Test
    void the_readme_quotes_the_embedding_and_sweep_code_exactly() throws IOException {
        String readme = Files.readString(ROOT.resolve("README.md"), StandardCharsets.UTF_8);
        assertThat(readme).contains(Snippets.between(Files.readString(EXAMPLES.resolve("EmbeddingExample.java")),
                "embedding"));
        assertThat(readme).contains(Snippets.between(Files.readString(EXAMPLES.resolve("SimulationScript.java")),
                "sweep"));
    }
}
