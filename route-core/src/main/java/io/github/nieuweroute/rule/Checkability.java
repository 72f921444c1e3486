package io.github.nieuweroute.rule;

/**
 * How far a rule can be checked from the data of a case record (nl: toetsbaarheid), after the classes D, P and N of
 * SPEC section 0.
 */
public enum Checkability {
    /** D: directly checkable from case data. */
    DIRECT("D"),
    /** P: checkable only through a proxy; a violation is a signal to look, not proof. */
    PROXY("P"),
    /** N: not checkable from a case record (organisational, attitudinal or undefined). */
    NOT_CHECKABLE("N");

    private final String code;

    Checkability(String code) {
        this.code = code;
    }

    /**
     * Returns the one-letter code used in the domain specification.
     *
     * @return {@code "D"}, {@code "P"} or {@code "N"}, never null
     */
    public String code() {
        return code;
    }
}
