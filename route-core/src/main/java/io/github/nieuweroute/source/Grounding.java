package io.github.nieuweroute.source;

/**
 * What the sources give for a claim of the library (nl: onderbouwing): the four labels every rule, route reason,
 * acceptance measure, simulation mechanism and parameter carries.
 */
public enum Grounding {
    /**
     * Siegers states the principle in so many words (for example "verantwoordelijkheid en beslissingsbevoegdheid bij
     * elkaar horen", {@code 000_003bca9ac70bd78f.txt:45}); turning it into a check on data is still ours.
     */
    DEFINED,
    /**
     * Siegers only names it, as a heading (the twelve factors, {@code 000_003bca9ac70bd78f.txt:153-170}; E = K x A,
     * {@code :146-148}): the check is our interpretation, resting on the passages cited next to it.
     */
    TITLE_ONLY,
    /**
     * Another source states it, not Siegers: Buiting ({@code 002_296212247530a523.txt}), the K2 report
     * ({@code 004_5944939a3c113dbb.txt}), or the tips of professionals quoted in the interview
     * ({@code 001_efdc3dbc7d93ff68.txt:50-54}). A library policy or a caller's own rule is an other source too.
     */
    OTHER_SOURCE,
    /**
     * No source claims it: it is our assumption (a number, a functional form, a default). The cited lines, if any, are
     * what the assumption is about, not a source for it.
     */
    ASSUMPTION
}
