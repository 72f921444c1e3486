package io.github.nieuweroute.examples.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CancellationException;
import picocli.CommandLine;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code route simulate}: runs scenarios and writes CSV, JSON and charts. */
@Command(name = "simulate", mixinStandardHelpOptions = true,
        description = "Simulates cohorts of cases under the old, dead-end or new route (or a transition) and writes "
                + "tidy CSV of every metric (long format, units in the header), the results as JSON and an SVG chart "
                + "of each main one.",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:done", "2:invalid scenario or options", "3:cannot read the scenario or write the results",
            "4:out of memory", "130:interrupted; files already written are kept"},
        footer = {"", "Presets: demo (small), compare-routes, transition.",
            "A scenario file is a Java properties file: name, policy (old, dead_end, new, transition_from_old, ...;",
            "a comma-separated list runs each), cohortSize, horizonWeeks, intakeWeeks, replications, startDate,",
            "and any parameter by key (see docs/simulation-model.md), such as environmentInfluence=0.4.",
            "", "Examples:", "  java -jar route.jar simulate --preset compare-routes --out results --seed 7",
            "  java -jar route.jar simulate --scenario my.properties --out results --threads 2"})
final class SimulateCommand implements Callable<Integer> {

    @Spec
    CommandLine.Model.CommandSpec spec;

    /** Where the scenarios come from: one of the two. */
    static final class Source {
        @Option(names = "--scenario", paramLabel = "FILE", description = "A scenario file (properties format).")
        Path file;

        @Option(names = "--preset", paramLabel = "NAME", description = "A preset: demo, compare-routes, transition.")
        String preset;
    }

    @ArgGroup(exclusive = true, multiplicity = "1")
    Source source;

    @Option(names = "--out", required = true, paramLabel = "DIR", description = "The folder to write into.")
    Path out;

    @Option(names = "--seed", defaultValue = "1", description = "The seed; the same seed gives the same numbers "
            + "(default: ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--threads", defaultValue = "0", description = "Worker threads; 0 means one per processor. The "
            + "numbers do not depend on it.")
    int threads;

    @Override
    public Integer call() {
        CommandLine cl = spec.commandLine();
        SimulationRun run = new SimulationRun(cl.getOut(), System.console() != null);
        Interrupts interrupts = Interrupts.cancelOnCtrlC(run.cancellation());
        try {
            List<io.github.nieuweroute.sim.Scenario> scenarios = source.file != null
                    ? ScenarioInput.read(source.file) : ScenarioInput.preset(source.preset);
            List<Path> written = run.run(scenarios, seed, threads > 0 ? threads
                    : Runtime.getRuntime().availableProcessors(), out);
            cl.getOut().println("wrote " + written.size() + " files into " + out.toAbsolutePath());
            return ExitCodes.OK;
        } catch (Inputs.InvalidInput e) {
            return Inputs.report(e, cl.getErr());
        } catch (IllegalArgumentException e) {
            cl.getErr().println("route: " + e.getMessage());
            return ExitCodes.INVALID_INPUT;
        } catch (CancellationException e) {
            cl.getErr().println("route: interrupted; the files already in " + out.toAbsolutePath() + " are complete");
            return ExitCodes.INTERRUPTED;
        } catch (IOException e) {
            cl.getErr().println("route: cannot write into " + out + ": " + RouteCommand.describe(e));
            return ExitCodes.IO_FAILURE;
        } finally {
            interrupts.close();
        }
    }
}
