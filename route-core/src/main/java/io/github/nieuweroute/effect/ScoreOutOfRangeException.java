package io.github.nieuweroute.effect;

/**
 * Thrown when a quality or acceptance score lies outside [0, 1] or is not a number. It names the score and carries
 * the value.
 *
 * <p>This exception makes no guarantees about immutability or thread-safety.
 */
public class ScoreOutOfRangeException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    /** Part of the serialized form: the score. */
    private final String score;
    /** Part of the serialized form: the value. */
    private final double value;

    /**
     * Creates the exception.
     *
     * @param score the name of the score, {@code "quality"} or {@code "acceptance"}, not null
     * @param value the value that is out of range
     */
    public ScoreOutOfRangeException(String score, double value) {
        super(score + " must lie in [0, 1], was " + value);
        this.score = score;
        this.value = value;
    }

    /** @return the name of the score, {@code "quality"} or {@code "acceptance"}, never null */
    public String score() {
        return score;
    }

    /** @return the value that was out of range (possibly NaN) */
    public double value() {
        return value;
    }
}
