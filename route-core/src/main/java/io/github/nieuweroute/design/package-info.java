/**
 * Experiment designs and sensitivity analysis for the simulation (nl: proefopzet en gevoeligheidsanalyse): which
 * points of the parameter space to run, and which parameters matter for a result.
 *
 * <p>A {@link io.github.nieuweroute.design.Design} is a list of rows in the unit cube, one column per
 * {@link io.github.nieuweroute.design.Factor} (a parameter and its range): a full factorial grid, a Latin hypercube
 * sample, Morris trajectories ({@link io.github.nieuweroute.design.Morris}) or Saltelli's sample for Sobol' indices
 * ({@link io.github.nieuweroute.design.Sobol}). {@link io.github.nieuweroute.design.Design#toSweep} turns a design
 * whose factors are simulation parameters into a {@link io.github.nieuweroute.sim.Sweep}, and
 * {@link io.github.nieuweroute.design.Outputs} reads one number per row back from the sweep's results for the
 * analysis.
 *
 * <p>Everything is deterministic for a seed: designs and bootstrap resamples draw from
 * {@link java.util.SplittableRandom}s seeded from the given seed, in a fixed order, and the simulator's results do not
 * depend on its threads, so neither do the indices. The methods and their validation against functions with known
 * indices are described in docs/simulation-model.md, section "Experiment designs and sensitivity".
 */
package io.github.nieuweroute.design;
