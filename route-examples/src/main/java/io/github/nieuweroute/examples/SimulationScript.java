package io.github.nieuweroute.examples;

import io.github.nieuweroute.sim.Parameter;
import io.github.nieuweroute.sim.RoutePolicy;
import io.github.nieuweroute.sim.Scenario;
import io.github.nieuweroute.sim.Simulator;
import io.github.nieuweroute.sim.Sweep;
import io.github.nieuweroute.sim.SweepResult;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A researcher's script: sweep the environment's influence under the old and the new route and write tidy CSV for R
 * or pandas. The code between the markers is quoted in README.md; a test keeps the two identical.
 */
public final class SimulationScript {

    private SimulationScript() {}

    /**
     * Runs the sweep and writes {@code sweep-summary.csv} into the folder given as the first argument (default: the
     * working folder).
     *
     * @param args optionally the output folder
     * @throws IOException if the CSV cannot be written
     */
    public static void main(String[] args) throws IOException {
        Path out = Path.of(args.length > 0 ? args[0] : ".").resolve("sweep-summary.csv");
        run(out, 2_000);
        System.out.println("wrote " + out.toAbsolutePath());
    }

    static void run(Path csv, int cohortSize) throws IOException {
        // @example:sweep:begin
        Scenario base = Scenario.builder()
                .name("influence")
                .cohortSize(cohortSize)        // cases per replication
                .horizonWeeks(104)             // two years in weekly steps
                .replications(5)               // for confidence intervals
                .build();
        Sweep sweep = Sweep.over(base)
                .policies(RoutePolicy.OLD, RoutePolicy.NEW)
                .vary(Parameter.ENVIRONMENT_INFLUENCE, 0.2, 0.4, 0.6)   // 0.4 is the source's 40 %
                .build();
        SweepResult result = Simulator.builder().threads(2).build().sweep(sweep, 42L);   // same seed, same numbers
        try (Writer out = Files.newBufferedWriter(csv, StandardCharsets.UTF_8)) {
            result.writeSummaryCsv(out);                                 // long format, units in the header
        }
        // @example:sweep:end
    }
}
