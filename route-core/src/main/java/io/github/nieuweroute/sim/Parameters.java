package io.github.nieuweroute.sim;

import java.util.Arrays;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;

/**
 * A full set of simulation parameter values (nl: parameterset): every {@link Parameter} has a value, its default
 * unless set.
 *
 * <p>Every value is checked against its range when it is set, and pairs that must be ordered (the smallest network
 * not above the largest) are checked too: a bad value throws {@link SimulationParameterException} naming the
 * parameter and its allowed range.
 *
 * <p>Example:
 * <pre>{@code
 * Parameters p = Parameters.defaults()
 *         .with(Parameter.INVOLVEMENT_GROWTH, 0.02)
 *         .with(Parameter.NETWORK_SIZE_MAX, 20);
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 */
public final class Parameters {

    private static final Parameter[] ALL = Parameter.values();
    private static final Parameters DEFAULTS = new Parameters(defaultValues());

    private final double[] values;

    private Parameters(double[] values) {
        this.values = values;
    }

    private static double[] defaultValues() {
        double[] v = new double[ALL.length];
        for (Parameter p : ALL) {
            v[p.ordinal()] = p.check(p.defaultValue());
        }
        return v;
    }

    /**
     * Returns the defaults: the numbers from the sources where they give one, assumptions elsewhere.
     *
     * @return the default parameters, never null
     */
    public static Parameters defaults() {
        return DEFAULTS;
    }

    /**
     * Returns a copy with one value changed.
     *
     * @param parameter the parameter, not null
     * @param value the new value
     * @return the changed copy, never null
     * @throws SimulationParameterException if the value is outside the parameter's range, or contradicts a related
     *     parameter (networkSizeMin above networkSizeMax)
     */
    public Parameters with(Parameter parameter, double value) {
        Objects.requireNonNull(parameter, "parameter");
        double[] v = values.clone();
        v[parameter.ordinal()] = parameter.check(value);
        checkPairs(v, parameter);
        return new Parameters(v);
    }

    /**
     * Returns a copy with several values changed; the pairs are checked once all are set.
     *
     * @param changes the new values, not null
     * @return the changed copy, never null
     * @throws SimulationParameterException if a value is outside its range or contradicts a related parameter
     */
    public Parameters with(Map<Parameter, Double> changes) {
        Objects.requireNonNull(changes, "changes");
        double[] v = values.clone();
        Parameter last = null;
        for (Map.Entry<Parameter, Double> e : changes.entrySet()) {
            Parameter p = Objects.requireNonNull(e.getKey(), "parameter");
            v[p.ordinal()] = p.check(Objects.requireNonNull(e.getValue(), p.key()));
            last = p;
        }
        checkPairs(v, last);
        return new Parameters(v);
    }

    private static void checkPairs(double[] v, Parameter changed) {
        ordered(v, Parameter.NETWORK_SIZE_MIN, Parameter.NETWORK_SIZE_MAX, changed);
    }

    private static void ordered(double[] v, Parameter low, Parameter high, Parameter changed) {
        double lo = v[low.ordinal()];
        double hi = v[high.ordinal()];
        if (lo > hi) {
            if (changed == low) {
                throw new SimulationParameterException(low.key(), lo,
                        "<= " + high.key() + " (" + SimulationParameterException.format(hi) + ")");
            }
            throw new SimulationParameterException(high.key(), hi,
                    ">= " + low.key() + " (" + SimulationParameterException.format(lo) + ")");
        }
    }

    /**
     * Returns the value of a parameter.
     *
     * @param parameter the parameter, not null
     * @return its value in this set
     */
    public double get(Parameter parameter) {
        return values[Objects.requireNonNull(parameter, "parameter").ordinal()];
    }

    /**
     * Returns the values that differ from the defaults.
     *
     * @return the changed parameters with their values, in declaration order, never null
     */
    public Map<Parameter, Double> changes() {
        Map<Parameter, Double> changes = new EnumMap<>(Parameter.class);
        for (Parameter p : ALL) {
            if (Double.compare(values[p.ordinal()], DEFAULTS.values[p.ordinal()]) != 0) {
                changes.put(p, values[p.ordinal()]);
            }
        }
        return changes;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Parameters && Arrays.equals(values, ((Parameters) o).values);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(values);
    }

    @Override
    public String toString() {
        StringBuilder b = new StringBuilder("Parameters{defaults");
        changes().forEach((p, v) -> b.append(", ").append(p.key()).append('=')
                .append(SimulationParameterException.format(v)));
        return b.append('}').toString();
    }
}
