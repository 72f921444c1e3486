package io.github.nieuweroute.sim;

import java.util.Objects;

/**
 * Thrown when a simulation parameter or a scenario setting is outside its allowed range, or when two of them
 * contradict each other (a minimum above its maximum). The exception names the parameter, the rejected value and the
 * allowed range, so a script that sweeps a grid can report which point is wrong.
 *
 * <p>This exception makes no guarantees about immutability or thread-safety.
 */
public class SimulationParameterException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    /** Part of the serialized form: the parameter. */
    private final String parameter;
    /** Part of the serialized form: the value. */
    private final double value;
    /** Part of the serialized form: the allowed range. */
    private final String allowedRange;

    /**
     * Creates the exception.
     *
     * @param parameter the name of the parameter or setting, such as {@code "networkSizeMax"}, not null
     * @param value the rejected value
     * @param allowedRange the allowed range in words, such as {@code "[0, 1]"} or {@code ">= networkSizeMin (4)"},
     *     not null
     */
    public SimulationParameterException(String parameter, double value, String allowedRange) {
        super("Simulation parameter '" + Objects.requireNonNull(parameter, "parameter") + "' is " + format(value)
                + "; allowed: " + Objects.requireNonNull(allowedRange, "allowedRange"));
        this.parameter = parameter;
        this.value = value;
        this.allowedRange = allowedRange;
    }

    static String format(double value) {
        return value == Math.rint(value) && Math.abs(value) < 1e15 ? Long.toString((long) value)
                : Double.toString(value);
    }

    /**
     * Returns the name of the parameter or setting at fault.
     *
     * @return the name, such as {@code "cohortSize"}, never null
     */
    public String parameter() {
        return parameter;
    }

    /**
     * Returns the rejected value.
     *
     * @return the value (NaN if NaN was given)
     */
    public double value() {
        return value;
    }

    /**
     * Returns the allowed range in words.
     *
     * @return the range, such as {@code "[0, 1]"}, never null
     */
    public String allowedRange() {
        return allowedRange;
    }
}
