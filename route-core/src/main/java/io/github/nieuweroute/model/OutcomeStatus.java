package io.github.nieuweroute.model;

/**
 * How far an {@link Outcome} was met when it was assessed (nl: mate waarin het resultaat is behaald). The K2 report
 * asks for results agreed in advance and accounted for afterwards: "Vooraf zijn goede afspraken gemaakt over de te
 * behalen resultaten, waarover achteraf verantwoording wordt afgelegd" ({@code 004_5944939a3c113dbb.txt:4280-4281});
 * it names no scale. The three values are our interpretation. Declared from met to not met.
 */
public enum OutcomeStatus {
    /** The result was met (nl: behaald). */
    MET,
    /** The result was met in part (nl: deels behaald). */
    PARTLY_MET,
    /** The result was not met (nl: niet behaald). */
    NOT_MET;

    /**
     * Tells whether the result is still (partly) to be reached.
     *
     * @return true for {@link #PARTLY_MET} and {@link #NOT_MET}
     */
    public boolean isUnmet() {
        return this != MET;
    }
}
