package io.github.nieuweroute.route;

/**
 * The three routes of Siegers, and "not classified" (nl: route).
 *
 * <p>Defined in the interview ({@code 001_efdc3dbc7d93ff68.txt:24}): "de oude route: hulpverlening maakt plan en voert
 * dat samen met zorgvrager uit, de omgeving is niet betrokken"; "De doodlopende route: hulpverlening en zorgvrager
 * maken plan, samen met omgeving wordt plan uitgevoerd, de omgeving wordt ingezet als uitvoerder"; the Nieuwe Route:
 * "maak de omgeving mede-eigenaar door hulpverlening, zorgvrager en omgeving samen te laten besluiten over wat er
 * nodig is. De zorgvrager, omgeving en – waar nodig – hulpverlening voeren daarna het plan uit."
 */
public enum Route {
    /** The old route, "route 1" (nl: oude route): professionals decide; the network is not involved. */
    OLD("oude route"),
    /** The dead-end route, "route 2" (nl: doodlopende route): the network executes a plan it did not decide. */
    DEAD_END("doodlopende route"),
    /** The Nieuwe Route (nl: nieuwe route): the focus person and the network decide together, with professionals. */
    NEW("nieuwe route"),
    /** None of the three fits the record; the reasons say why (nl: niet ingedeeld). */
    UNCLASSIFIED("niet ingedeeld");

    private final String dutchTerm;

    Route(String dutchTerm) {
        this.dutchTerm = dutchTerm;
    }

    /**
     * Returns the Dutch term.
     *
     * @return the Dutch term, such as {@code "doodlopende route"}, never null
     */
    public String dutchTerm() {
        return dutchTerm;
    }
}
