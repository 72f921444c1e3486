package io.github.nieuweroute.sim;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * A set of scenarios to run with one seed (nl: parametersweep): a base scenario, the route policies to try and, for
 * some parameters, either the values to try on a grid (a full factorial design: every combination, the last axis
 * varying fastest, {@link Builder#vary}) or the rows of another design, such as a Latin hypercube sample
 * ({@link Builder#design}). Every policy runs every combination or row.
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
    private final String design;
    private final List<Point> points;

    private Sweep(Scenario base, List<RoutePolicy> policies, Map<Parameter, List<Double>> axes) {
        this.base = base;
        this.policies = policies;
        this.axes = axes;
        this.design = FULL_FACTORIAL;
        this.points = Collections.unmodifiableList(grid());
    }

    private Sweep(Scenario base, List<RoutePolicy> policies, String design, List<Parameter> parameters,
            List<double[]> rows) {
        this.base = base;
        this.policies = policies;
        this.design = design;
        Map<Parameter, List<Double>> columns = new LinkedHashMap<>();
        for (int a = 0; a < parameters.size(); a++) {
            List<Double> column = new ArrayList<>(rows.size());
            for (double[] row : rows) {
                column.add(row[a]);
            }
            columns.put(parameters.get(a), List.copyOf(column));
        }
        this.axes = columns;
        List<Point> result = new ArrayList<>();
        for (RoutePolicy policy : policies) {
            for (double[] row : rows) {
                Map<Parameter, Double> values = new EnumMap<>(Parameter.class);
                for (int a = 0; a < row.length; a++) {
                    values.put(parameters.get(a), row[a]);
                }
                result.add(point(result.size(), policy, values));
            }
        }
        this.points = Collections.unmodifiableList(result);
    }

    /** The design of a sweep built with {@link Builder#vary}: every combination of the values. */
    public static final String FULL_FACTORIAL = "full-factorial";

    private Point point(int index, RoutePolicy policy, Map<Parameter, Double> values) {
        Scenario s = base.toBuilder().policy(policy).parameters(base.parameters().with(values)).build();
        return new Point(index, policy, Collections.unmodifiableMap(values), s);
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
                result.add(point(result.size(), policy, values));
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

    /** @return the route policies, each run at every combination or row, never null */
    public List<RoutePolicy> policies() {
        return policies;
    }

    /**
     * Returns the design the points come from: {@link #FULL_FACTORIAL} for a grid, otherwise the text given to
     * {@link Builder#design}, such as {@code latin-hypercube samples=64 seed=7}.
     *
     * @return the design, never null
     */
    public String design() {
        return design;
    }

    /**
     * Returns the values each swept parameter takes: the values of its axis for a grid, its column (one value per
     * row, in row order) for another design.
     *
     * @return the values by parameter in the order the parameters were given, never null
     */
    public Map<Parameter, List<Double>> values() {
        return Collections.unmodifiableMap(axes);
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
        private String design;
        private List<Parameter> designParameters;
        private List<double[]> rows;

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
            if (design != null) {
                throw new IllegalArgumentException("A sweep takes either axes (vary) or the rows of a design");
            }
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
         * Sets the points to the rows of a design: row {@code i} gives parameter {@code parameters.get(a)} the value
         * {@code rows.get(i)[a]}. Instead of {@link #vary}, not beside it.
         *
         * @param design what the rows are, written into results, such as {@code latin-hypercube samples=64 seed=7};
         *     one line of at most 4,000 characters, not null
         * @param parameters the parameters of the columns, distinct, not null
         * @param rows at least one row of as many values as parameters, each within its parameter's range
         * @return this builder
         * @throws SimulationParameterException if a value is out of range
         * @throws IllegalArgumentException if the shape is wrong or axes were given
         */
        public Builder design(String design, List<Parameter> parameters, List<double[]> rows) {
            Objects.requireNonNull(design, "design");
            Objects.requireNonNull(parameters, "parameters");
            Objects.requireNonNull(rows, "rows");
            if (design.isBlank() || design.length() > 4000 || design.contains("\n") || design.contains("\r")
                    || design.equals(FULL_FACTORIAL)) {
                throw new IllegalArgumentException("A design is named by one line of 1 to 4,000 characters, not "
                        + FULL_FACTORIAL + " (use vary)");
            }
            if (!axes.isEmpty() || this.design != null) {
                throw new IllegalArgumentException("A sweep takes either axes (vary) or the rows of one design");
            }
            if (rows.isEmpty() || parameters.isEmpty() || Set.copyOf(parameters).size() != parameters.size()) {
                throw new IllegalArgumentException("A design needs at least one row and distinct parameters");
            }
            List<double[]> checked = new ArrayList<>(rows.size());
            for (int i = 0; i < rows.size(); i++) {
                double[] row = rows.get(i);
                if (row.length != parameters.size()) {
                    throw new IllegalArgumentException("Design row " + i + " has " + row.length + " values for "
                            + parameters.size() + " parameters");
                }
                double[] copy = new double[row.length];
                for (int a = 0; a < row.length; a++) {
                    copy[a] = parameters.get(a).check(row[a]);
                }
                checked.add(copy);
            }
            this.design = design;
            this.designParameters = List.copyOf(parameters);
            this.rows = List.copyOf(checked);
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
            if (design != null) {
                points = Math.min(points * rows.size(), (long) MAX_POINTS + 1);
            }
            for (List<Double> values : axes.values()) {
                points = Math.min(points * values.size(), (long) MAX_POINTS + 1);
            }
            if (points > MAX_POINTS) {
                throw new IllegalArgumentException("A sweep may have at most " + MAX_POINTS + " points (policies x "
                        + "values of every axis, or x rows of the design); this one has more");
            }
            if (design != null) {
                return new Sweep(base, policies, design, designParameters, rows);
            }
            return new Sweep(base, policies, new LinkedHashMap<>(axes));
        }
    }
}
