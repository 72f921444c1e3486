package io.github.nieuweroute.examples.cli;

import io.github.nieuweroute.design.Design;
import io.github.nieuweroute.sim.Metric;
import io.github.nieuweroute.sim.Sweep;
import java.util.List;
import java.util.Optional;

/**
 * What {@code route simulate} runs: a named sweep (one point for a plain scenario), the design it came from when that
 * was a Latin hypercube, Morris or Sobol design, the metrics to analyse, the seed (the command line's, else the
 * scenario file's, else 1), and the scenario file's text that reproduces the run.
 */
final class RunPlan {

    final String name;
    final Sweep sweep;
    final Optional<Design> design;
    final List<Metric> analysed;
    final int resamples;
    final long seed;
    /** The lines of a scenario file that runs exactly this again, every parameter written out. */
    final List<String> scenarioFile;

    RunPlan(String name, Sweep sweep, Optional<Design> design, List<Metric> analysed, int resamples,
            long seed, List<String> scenarioFile) {
        this.name = name;
        this.sweep = sweep;
        this.design = design;
        this.analysed = List.copyOf(analysed);
        this.resamples = resamples;
        this.seed = seed;
        this.scenarioFile = List.copyOf(scenarioFile);
    }

    RunPlan withSeed(long newSeed) {
        return new RunPlan(name, sweep, design, analysed, resamples, newSeed, scenarioFile);
    }
}
