package io.github.nieuweroute.sim;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A grid of scenarios (nl: parametersweep): a base scenario and, for some parameters (and optionally the route
 * policy), the values to try. The points are every combination, the last axis varying fastest.
 *
 * <p>Building the sweep builds every point's scenario, so a value out of range fails here with a
 * {@link SimulationParameterException} naming the parameter, before anything runs.
 *
 * <p>Example:
 * <pre>{@code
 * Sweep sweep = Sweep.over(base)
 *         .policies(RoutePolicy.OLD, RoutePolicy.DEAD_END, RoutePolicy.NEW)
 *         .vary(Parameter.INVOLVEMENT_GROWTH, 0.01, 0.02, 0.04)
 *         .build();
 * SweepResult result = simulator.sweep(sweep, 42);
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 */
public final class Sweep {

    /**
     * The most points a sweep may have: each is a whole simulation, and the points are built before anything runs,
     * so a careless grid (300 x 300 x 300 values) would fill the heap instead of failing.
     */
    public static final int MAX_POINTS = 100_000;

    private final Scenario base;
    private final List<RoutePolicy> policies;
    private final Map<Parameter, List<Double>> axes;
    private final List<Point> points;

    private Sweep(Scenario base, List<RoutePolicy> policies, Map<Parameter, List<Double>> axes) {
        this.base = base;
        this.policies = policies;
        this.axes = axes;
        this.points = Collections.unmodifiableList(grid());
    }

    /**
     * Starts a sweep around a base scenario.
     *
     * @param base the scenario whose settings every point shares, not null
     * @return a builder, never null
     */
    public static Builder over(Scenario base) {
        return new Builder(Objects.requireNonNull(base, "base"));
    }

    private List<Point> grid() {
        List<Point> result = new ArrayList<>();
        List<Parameter> parameters = new ArrayList<>(axes.keySet());
        int[] index = new int[parameters.size()];
        for (RoutePolicy policy : policies) {
            while (true) {
                Map<Parameter, Double> values = new EnumMap<>(Parameter.class);
                for (int a = 0; a < index.length; a++) {
                    values.put(parameters.get(a), axes.get(parameters.get(a)).get(index[a]));
                }
                Scenario s = base.toBuilder().policy(policy).parameters(base.parameters().with(values)).build();
                result.add(new Point(result.size(), policy, Collections.unmodifiableMap(values), s));
                int a = index.length - 1;
                while (a >= 0 && ++index[a] == axes.get(parameters.get(a)).size()) {
                    index[a--] = 0;
                }
                if (a < 0) {
                    break;
                }
            }
        }
        return result;
    }

    /** @return the base scenario, never null */
    public Scenario base() {
        return base;
    }

    /** @return the swept parameters in the order they were added, never null */
    public List<Parameter> parameters() {
        return List.copyOf(axes.keySet());
    }

    /** @return the points of the grid, never null */
    public List<Point> points() {
        return points;
    }

    /** One point of the grid: its index, policy, the values of the swept parameters and the scenario to run. */
    public static final class Point {
        private final int index;
        private final RoutePolicy policy;
        private final Map<Parameter, Double> values;
        private final Scenario scenario;

        Point(int index, RoutePolicy policy, Map<Parameter, Double> values, Scenario scenario) {
            this.index = index;
            this.policy = policy;
            this.values = values;
            this.scenario = scenario;
        }

        /** @return the position in the grid, from 0 */
        public int index() {
            return index;
        }

        /** @return the route policy of the point, never null */
        public RoutePolicy policy() {
            return policy;
        }

        /** @return the values of the swept parameters, never null */
        public Map<Parameter, Double> values() {
            return values;
        }

        /** @return the scenario of the point, never null */
        public Scenario scenario() {
            return scenario;
        }

        @Override
        public String toString() {
            return "Point " + index + " " + policy + " " + values;
        }
    }

    /** Builds a {@link Sweep}. Not thread-safe. */
    public static final class Builder {
        private final Scenario base;
        private final Map<Parameter, List<Double>> axes = new LinkedHashMap<>();
        private List<RoutePolicy> policies;

        private Builder(Scenario base) {
            this.base = base;
            this.policies = List.of(base.policy());
        }

        /**
         * Adds an axis: the values to try for one parameter.
         *
         * @param parameter the parameter, not null, not yet swept
         * @param values at least one value, each within the parameter's range
         * @return this builder
         * @throws SimulationParameterException if a value is out of range
         * @throws IllegalArgumentException if the parameter is already swept or no value is given
         */
        public Builder vary(Parameter parameter, double... values) {
            Objects.requireNonNull(parameter, "parameter");
            Objects.requireNonNull(values, "values");
            if (values.length == 0 || axes.containsKey(parameter)) {
                throw new IllegalArgumentException("Sweep axis '" + parameter.key()
                        + "' needs at least one value and may be given only once");
            }
            List<Double> checked = new ArrayList<>(values.length);
            for (double v : values) {
                checked.add(parameter.check(v));
            }
            axes.put(parameter, List.copyOf(checked));
            return this;
        }

        /**
         * Sets the route policies to try; the base scenario's policy unless set.
         *
         * @param policies at least one policy, not null
         * @return this builder
         */
        public Builder policies(RoutePolicy... policies) {
            if (policies.length == 0) {
                throw new IllegalArgumentException("A sweep needs at least one route policy");
            }
            this.policies = List.of(policies);
            return this;
        }

        /**
         * Builds the sweep and every point's scenario.
         *
         * @return the sweep, never null
         * @throws SimulationParameterException if a combination of values is invalid
         * @throws IllegalArgumentException if the grid has more than {@link #MAX_POINTS} points
         */
        public Sweep build() {
            long points = policies.size();
            for (List<Double> values : axes.values()) {
                points = Math.min(points * values.size(), (long) MAX_POINTS + 1);
            }
            if (points > MAX_POINTS) {
                throw new IllegalArgumentException("A sweep may have at most " + MAX_POINTS + " points (policies x "
                        + "values of every axis); this one has more");
            }
            return new Sweep(base, policies, new LinkedHashMap<>(axes));
        }
    }
}
