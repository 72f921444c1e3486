package io.github.nieuweroute.sim;

/**
 * Where the default value of a simulation {@link Parameter} comes from (nl: herkomst).
 *
 * <p>The sources give almost no rates (SPEC §6: "Nearly all rates and magnitudes are not given"), so most defaults
 * are assumptions. The few numbers the sources do give are used, and say so.
 */
public enum Provenance {
    /** The number is in the sources and is used as the sources use it. */
    SOURCE,
    /** The number is in the sources, but using it for this parameter is our reading of them. */
    INTERPRETATION,
    /** No source gives the number: it is an assumption to be varied in sweeps. */
    ASSUMPTION
}
