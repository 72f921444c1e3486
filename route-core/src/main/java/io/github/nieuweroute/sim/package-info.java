/**
 * Cohort simulation of the three routes, for researchers: what happens to professional workload, network
 * involvement, informal carers' overload and effect when a municipality moves to the Nieuwe Route.
 *
 * <p>A {@link io.github.nieuweroute.sim.Scenario} names a {@link io.github.nieuweroute.sim.RoutePolicy}, the
 * {@link io.github.nieuweroute.sim.Parameters} (population and mechanisms; nearly every default is an assumption,
 * see {@link io.github.nieuweroute.sim.Parameter}), the cohort size and the horizon in weeks. A
 * {@link io.github.nieuweroute.sim.Simulator} runs it for a seed and returns a
 * {@link io.github.nieuweroute.sim.SimulationResult}: time series per {@link io.github.nieuweroute.sim.Metric} per
 * {@link io.github.nieuweroute.sim.RouteGroup}, with means and 95% confidence intervals over replications, and tidy
 * CSV output. A {@link io.github.nieuweroute.sim.Sweep} runs a grid of parameter values or the rows of a design
 * ({@link io.github.nieuweroute.design}).
 *
 * <p>At every plan decision a simulated case is a real {@link io.github.nieuweroute.model.Situation} classified by
 * the real {@link io.github.nieuweroute.route.RouteClassifier} and checked by the standard
 * {@link io.github.nieuweroute.rule.RuleSet} ({@link io.github.nieuweroute.sim.PlanDecision}).
 * Results are identical for the same seed whatever the number of threads. The mechanisms, their sources and their
 * equations are in docs/simulation-model.md.
 */
@RouteStyle
package io.github.nieuweroute.sim;

import io.github.nieuweroute.model.RouteStyle;
