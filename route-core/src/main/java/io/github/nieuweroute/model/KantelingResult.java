package io.github.nieuweroute.model;

/**
 * One of the eight results of the VNG programme "De Kanteling" (nl: resultaat van de Kanteling), in which "de vier
 * domeinen in de compensatieplicht" of the Wmo "zijn vertaald naar acht concrete resultaten"
 * ({@code 004_5944939a3c113dbb.txt:2728-2751}, the K2 report quoting Op het Veld et al., 2012). One optional vocabulary
 * for an {@link Outcome}, not the only one: an outcome may name none of these.
 */
public enum KantelingResult {
    /** "iedere burger kan wonen in een schoon en leefbaar huis", {@code 004_5944939a3c113dbb.txt:2730}. */
    CLEAN_AND_LIVABLE_HOME,
    /** "iedere burger kan wonen in een voor hem/haar geschikt huis", {@code 004_5944939a3c113dbb.txt:2732-2733}. */
    SUITABLE_HOME,
    /**
     * "iedere burger kan beschikken over goederen voor primaire levensbehoeften",
     * {@code 004_5944939a3c113dbb.txt:2735-2736}.
     */
    PRIMARY_NECESSITIES,
    /**
     * "iedere burger kan beschikken over schone, draagbare en doelmatige kleding",
     * {@code 004_5944939a3c113dbb.txt:2738-2739}.
     */
    CLEAN_AND_WEARABLE_CLOTHING,
    /**
     * "iedere burger kan thuis zorgen voor kinderen die tot het gezin behoren",
     * {@code 004_5944939a3c113dbb.txt:2741-2742}.
     */
    CARING_FOR_CHILDREN_AT_HOME,
    /** "iedere burger kan zich verplaatsen in, om en nabij het huis", {@code 004_5944939a3c113dbb.txt:2744}. */
    MOVING_IN_AND_AROUND_THE_HOME,
    /** "iedere burger kan zich lokaal verplaatsen per vervoermiddel", {@code 004_5944939a3c113dbb.txt:2746-2747}. */
    LOCAL_TRANSPORT,
    /**
     * "iedere burger heeft de mogelijkheid om contacten te hebben met medemensen en deel te nemen aan recreatieve,
     * maatschappelijke of religieuze activiteiten", {@code 004_5944939a3c113dbb.txt:2749-2751}.
     */
    CONTACTS_AND_ACTIVITIES
}
