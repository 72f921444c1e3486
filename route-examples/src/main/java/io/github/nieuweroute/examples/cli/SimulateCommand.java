package io.github.nieuweroute.examples.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.OptionalLong;
import java.util.concurrent.Callable;
import java.util.concurrent.CancellationException;
import picocli.CommandLine;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code route simulate}: runs scenarios and writes CSV, JSON and charts. */
@Command(name = "simulate", mixinStandardHelpOptions = true,
        description = "Simulates cohorts of cases under the old, dead-end or new route (or a transition), over a "
                + "sweep or design of parameter values, and writes tidy CSV (the means over the horizon, each "
                + "replication's, the weekly series), the results as JSON, SVG charts, Sobol or Morris indices for "
                + "those designs, and a scenario file that runs it again.",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:done", "2:invalid scenario or options", "3:cannot read the scenario or write the results",
            "4:out of memory", "130:interrupted; files already written are kept"},
        footer = {"", "Presets: demo (small), compare-routes, transition.",
            "A scenario file is a Java properties file: name, policy (old, dead-end, new, transition-from-old,",
            "transition-from-dead-end; a comma-separated list runs each), cohortSize, horizonWeeks, intakeWeeks,",
            "replications, startDate, seed, and any parameter by key (docs/simulation-model.md): one value",
            "(environmentInfluence=0.4), a list (0.2, 0.4, 0.6), a range start:stop:step (0.2:0.6:0.1) or, for",
            "a design, an interval low:high. design=full-factorial (default; with levels=N over intervals),",
            "latin-hypercube (samples=N), morris (trajectories=N, levels=4) or sobol (samples=N), designSeed,",
            "analyse (metric keys for morris and sobol), resamples (bootstrap, 1000).",
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

    @Option(names = "--seed", description = "The seed; the same seed gives the same numbers (default: the "
            + "scenario file's seed, else 1).")
    Long seed;

    @Option(names = "--threads", defaultValue = "0", description = "Worker threads; 0 means one per processor. The "
            + "numbers do not depend on it.")
    int threads;

    @Override
    public Integer call() {
        CommandLine cl = spec.commandLine();
        SimulationRun run = new SimulationRun(cl.getOut(), System.console() != null);
        Interrupts interrupts = Interrupts.cancelOnCtrlC(run.cancellation());
        try {
            OptionalLong given = seed == null ? OptionalLong.empty() : OptionalLong.of(seed);
            RunPlan plan = source.file != null ? ScenarioInput.read(source.file, given)
                    : ScenarioInput.preset(source.preset, given);
            List<Path> written = run.run(plan, threads > 0 ? threads : Runtime.getRuntime().availableProcessors(),
                    out);
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
