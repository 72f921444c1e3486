package io.github.nieuweroute.examples.cli;

import io.github.nieuweroute.examples.SeedCaseDemo;
import io.github.nieuweroute.examples.render.DemoIndex;
import io.github.nieuweroute.examples.render.HtmlReport;
import io.github.nieuweroute.examples.render.NetworkMap;
import io.github.nieuweroute.examples.render.Pictures;
import io.github.nieuweroute.json.RouteJson;
import io.github.nieuweroute.rule.Language;
import io.github.nieuweroute.rule.Report;
import io.github.nieuweroute.rule.RuleSet;
import io.github.nieuweroute.seed.SeedCase;
import io.github.nieuweroute.seed.SeedCases;
import java.io.IOException;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.CancellationException;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code route demo}: the main job. */
@Command(name = "demo", mixinStandardHelpOptions = true,
        description = "Runs every seed case of the sources through classification and the rules, runs a small "
                + "simulation, and writes reports, the situations as JSON, network maps, CSV and charts into one "
                + "folder.",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:done", "1:a seed case's route differs from the expected one", "3:cannot write",
            "4:out of memory", "130:interrupted"},
        footer = {"", "Example:", "  java -jar route-examples/target/route.jar demo --out route-demo"})
final class DemoCommand implements Callable<Integer> {

    @Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--out", defaultValue = "route-demo", paramLabel = "DIR",
            description = "The folder to write into (default: ${DEFAULT-VALUE}).")
    Path out;

    @Option(names = "--seed", defaultValue = "1", description = "Seed of the simulation (default: ${DEFAULT-VALUE}).")
    long seed;

    @Override
    public Integer call() {
        PrintWriter w = spec.commandLine().getOut();
        PrintStream text = new PrintStream(new WriterOutputStream(w), true, StandardCharsets.UTF_8);
        int mismatches = SeedCaseDemo.print(text);
        text.flush();
        SimulationRun run = new SimulationRun(w, false);
        Interrupts interrupts = Interrupts.cancelOnCtrlC(run.cancellation());
        try {
            List<Path> written = writeSeedCases(out);
            w.println();
            written.addAll(run.run(ScenarioInput.preset("demo", java.util.OptionalLong.of(seed)),
                    Runtime.getRuntime().availableProcessors(), out.resolve("simulation")));
            w.println();
            w.println("Wrote " + written.size() + " files into " + out.toAbsolutePath() + ":");
            w.println("  index.html   a page that links every seed case's report");
            w.println("  reports/     a rule report per seed case (.nl.html, .en.html, .nl.txt, .en.txt, .json)");
            w.println("  situations/  each seed case in the JSON format");
            w.println("  maps/        each seed case's network map (SVG)");
            w.println("  simulation/  old, dead-end and new route: CSV of every metric, the results as JSON, charts of the main ones (SVG)");
            return mismatches == 0 ? ExitCodes.OK : ExitCodes.FINDINGS;
        } catch (IOException e) {
            spec.commandLine().getErr().println("route: cannot write into " + out + ": " + RouteCommand.describe(e));
            return ExitCodes.IO_FAILURE;
        } catch (Inputs.InvalidInput e) {
            return Inputs.report(e, spec.commandLine().getErr());
        } catch (CancellationException e) {
            spec.commandLine().getErr().println("route: interrupted; the files already written are complete");
            return ExitCodes.INTERRUPTED;
        } finally {
            interrupts.close();
        }
    }

    private static List<Path> writeSeedCases(Path dir) throws IOException {
        List<Path> written = new ArrayList<>();
        RouteJson json = RouteJson.create().withPrettyPrinting(true);
        for (SeedCase seed : SeedCases.all()) {
            Report report = RuleSet.standard().check(seed.situation());
            for (Language language : Language.values()) {
                Path file = dir.resolve("reports").resolve(seed.key() + "." + (language == Language.DUTCH ? "nl" : "en")
                        + ".txt");
                Pictures.write(file, report.render(language) + System.lineSeparator());
                written.add(file);
            }
            for (Language language : Language.values()) {
                Path html = dir.resolve("reports").resolve(seed.key() + "." + (language == Language.DUTCH ? "nl" : "en")
                        + ".html");
                Pictures.write(html, HtmlReport.render(seed.situation(), report, language, true));
                written.add(html);
            }
            Path reportJson = dir.resolve("reports").resolve(seed.key() + ".json");
            Pictures.write(reportJson, json.writeReport(report));
            Path situation = dir.resolve("situations").resolve(seed.key() + ".json");
            Pictures.write(situation, json.writeSituation(seed.situation()));
            Path map = dir.resolve("maps").resolve(seed.key() + ".svg");
            Pictures.writeMap(seed.situation(), Locale.ENGLISH, NetworkMap.Labels.NAMES, map);
            written.add(reportJson);
            written.add(situation);
            written.add(map);
        }
        Path index = dir.resolve("index.html");
        Pictures.write(index, DemoIndex.render(SeedCases.all()));
        written.add(index);
        return written;
    }
}
