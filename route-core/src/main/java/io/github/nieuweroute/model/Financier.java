package io.github.nieuweroute.model;

/**
 * Who pays for the help a question leads to (nl: financier). Before the transitions "Drie financiers: gemeenten,
 * provincie en Rijk"; after, "Beperkt aantal financiers: gemeenten en Rijk" (K2's table 10,
 * {@code 004_5944939a3c113dbb.txt:4322}, {@code :4363}).
 */
public enum Financier {
    /** The municipality (nl: gemeente). */
    MUNICIPALITY,
    /** The province (nl: provincie). */
    PROVINCE,
    /** The state (nl: Rijk). */
    STATE
}
