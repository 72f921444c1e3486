package io.github.nieuweroute.design;

import java.util.Objects;

/**
 * One input of a design and the range it is varied over (nl: factor): a name (for the simulation, a parameter key
 * such as {@code environmentInfluence}) and the interval [low, high], continuous or whole numbers.
 *
 * <p>A design places its rows in the unit cube; {@link #scale(double)} maps a coordinate u in [0, 1] to the
 * factor's range: {@code low + u (high - low)}, or for whole numbers the {@code floor(u (high - low + 1))}-th whole
 * number from {@code low} (each of the {@code high - low + 1} values gets an equal share of [0, 1]).
 *
 * <p>This class is immutable and thread-safe.
 */
public final class Factor {

    private final String name;
    private final double low;
    private final double high;
    private final boolean whole;

    private Factor(String name, double low, double high, boolean whole) {
        this.name = Objects.requireNonNull(name, "name");
        if (!name.matches("[A-Za-z][A-Za-z0-9_.-]{0,63}")) {
            throw new IllegalArgumentException("A factor name is 1 to 64 letters, digits or _ . - starting with a "
                    + "letter");
        }
        if (!(Double.isFinite(low) && Double.isFinite(high) && low < high)) {
            throw new IllegalArgumentException("Factor '" + name + "' needs finite bounds with low < high, not ["
                    + low + ", " + high + "]");
        }
        if (whole && (low != Math.rint(low) || high != Math.rint(high))) {
            throw new IllegalArgumentException("Factor '" + name + "' of whole numbers needs whole bounds");
        }
        this.low = low;
        this.high = high;
        this.whole = whole;
    }

    /**
     * Makes a continuous factor.
     *
     * @param name the name, such as a parameter key, not null
     * @param low the lower bound, finite
     * @param high the upper bound, finite, above low
     * @return the factor, never null
     * @throws IllegalArgumentException if the name or the bounds are invalid
     */
    public static Factor of(String name, double low, double high) {
        return new Factor(name, low, high, false);
    }

    /**
     * Makes a factor of whole numbers from low to high inclusive.
     *
     * @param name the name, not null
     * @param low the lowest value, whole
     * @param high the highest value, whole, above low
     * @return the factor, never null
     * @throws IllegalArgumentException if the name or the bounds are invalid
     */
    public static Factor wholeNumbers(String name, double low, double high) {
        return new Factor(name, low, high, true);
    }

    /** @return the name, never null */
    public String name() {
        return name;
    }

    /** @return the lower bound */
    public double low() {
        return low;
    }

    /** @return the upper bound */
    public double high() {
        return high;
    }

    /** @return true if the factor takes whole numbers only */
    public boolean whole() {
        return whole;
    }

    /**
     * Maps a coordinate of the unit cube to the factor's range.
     *
     * @param u in [0, 1]
     * @return the value, in [low, high]
     * @throws IllegalArgumentException if u is outside [0, 1]
     */
    public double scale(double u) {
        if (!(u >= 0 && u <= 1)) {
            throw new IllegalArgumentException("Factor '" + name + "': coordinate " + u + " is outside [0, 1]");
        }
        if (whole) {
            return Math.min(high, low + Math.floor(u * (high - low + 1)));
        }
        return u == 1 ? high : low + u * (high - low);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Factor && ((Factor) o).name.equals(name) && ((Factor) o).low == low
                && ((Factor) o).high == high && ((Factor) o).whole == whole;
    }

    @Override
    public int hashCode() {
        return Objects.hash(name, low, high, whole);
    }

    @Override
    public String toString() {
        return name + (whole ? " in whole numbers [" : " in [") + low + ", " + high + "]";
    }
}
