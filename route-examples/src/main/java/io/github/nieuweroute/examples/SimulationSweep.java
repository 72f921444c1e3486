package io.github.nieuweroute.examples;

import io.github.nieuweroute.sim.Parameter;
import io.github.nieuweroute.sim.RoutePolicy;
import io.github.nieuweroute.sim.Scenario;
import io.github.nieuweroute.sim.Simulator;
import io.github.nieuweroute.sim.Sweep;
import io.github.nieuweroute.sim.SweepResult;
import java.io.IOException;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A researcher's first simulation: sweep the three routes over an assumed rate and write the means over the horizon
 * as tidy CSV for R or pandas. The code between the markers is meant to be quoted in README.md.
 */
public final class SimulationSweep {

    private SimulationSweep() {}

    /**
     * Runs the sweep and writes {@code sweep.csv}, or the file named by the first argument.
     *
     * @param args an optional output file
     * @throws IOException if the CSV cannot be written
     */
    public static void main(String[] args) throws IOException {
        run(Path.of(args.length > 0 ? args[0] : "sweep.csv"), 10_000);
    }

    /**
     * Runs the sweep and writes its CSV.
     *
     * @param csv the file to write, not null
     * @param cases cases per replication
     * @return the result, never null
     * @throws IOException if the CSV cannot be written
     */
    public static SweepResult run(Path csv, int cases) throws IOException {
        // @example:sweep:begin
        Scenario base = Scenario.builder()
                .name("involvement")
                .cohortSize(cases)              // cases per replication
                .horizonWeeks(104)              // two years of weekly steps
                .replications(5)                // seeds derived from the run's seed
                .build();
        Sweep sweep = Sweep.over(base)
                .policies(RoutePolicy.OLD, RoutePolicy.DEAD_END, RoutePolicy.NEW)
                .vary(Parameter.INVOLVEMENT_GROWTH, 0.02, 0.04, 0.08)   // an assumption: vary it
                .build();
        Simulator simulator = Simulator.builder()
                .progressListener(p -> { if (p.casesDone() == p.casesTotal()) System.err.println(p); })
                .build();
        SweepResult result = simulator.sweep(sweep, 42);   // same seed, same numbers, any thread count
        try (Writer out = Files.newBufferedWriter(csv)) {
            result.writeSummaryCsv(out);                    // long format: one row per point, route, metric
        }
        // @example:sweep:end
        return result;
    }
}
