package io.github.nieuweroute.model;

/**
 * The sphere a participant belongs to, after Siegers' reading of Wouter Hart's model
 * (nl: bedoeling / leefwereld / systeemwereld; {@code 003_e93a9ba200732857.txt:24-28}).
 *
 * <p>The sphere decides how a participant counts in route classification and in the rules: the focus person is
 * the person the care is about, the lifeworld everyone who finds it important that the situation improves, the
 * system world the professional support.
 */
public enum Sphere {

    /**
     * The person the care is about (nl: bedoeling, "degene waar zorg om is", {@code 003_e93a9ba200732857.txt:26};
     * also cliënt, zorgvrager, hulpvrager). The word "hoofdpersoon" does not occur in the sources.
     */
    FOCUS_PERSON("bedoeling"),

    /**
     * The lifeworld: "betrokken mensen die het belangrijk vinden dat de situatie verbetert"
     * ({@code 003_e93a9ba200732857.txt:27}): family, friends, neighbours, school, club, work.
     */
    LIFEWORLD("leefwereld"),

    /** The system world: "de professionele ondersteuning" ({@code 003_e93a9ba200732857.txt:28}). */
    SYSTEM_WORLD("systeemwereld"),

    /**
     * The source does not say which sphere the participant belongs to (for example Selma in the Esther &amp;
     * Jeffrey case, {@code 000_003bca9ac70bd78f.txt:268}). Kept unknown rather than guessed: such a participant
     * counts for neither the lifeworld nor the system world in classification and rules.
     */
    UNKNOWN("onbekend");

    private final String dutchTerm;

    Sphere(String dutchTerm) {
        this.dutchTerm = dutchTerm;
    }

    /**
     * Returns the Dutch term for this sphere.
     *
     * @return the Dutch term, such as {@code "leefwereld"}, never null
     */
    public String dutchTerm() {
        return dutchTerm;
    }
}
