package io.github.nieuweroute.model;

/**
 * How far a participant took part in a decision, from not at all to co-deciding (nl: mate van deelname aan een
 * besluit). The levels are ordered: each one includes the ones before it.
 *
 * <p>Only {@link #CO_DECIDED} counts as deciding. Consent is not co-decision: the daughter of Mevrouw de Vries
 * "stemt in omdat de thuiszorg dit te zwaar vindt en er geen andere oplossing voor handen is"
 * ({@code 000_003bca9ac70bd78f.txt:201}); she agreed to a decision others made. The five levels themselves are our
 * interpretation (SPEC §2.3); the sources name deciding together ("samen besluiten",
 * {@code 001_efdc3dbc7d93ff68.txt:24}) without a scale.
 */
public enum ParticipationLevel {

    /** Took no part (nl: geen). Also what an unrecorded participant counts as. */
    NONE("geen"),
    /** Was told of the decision (nl: geïnformeerd). */
    INFORMED("geïnformeerd"),
    /** Was asked for a view before others decided (nl: geraadpleegd). */
    CONSULTED("geraadpleegd"),
    /** Agreed to a decision others made (nl: ingestemd), as the De Vries daughter did. */
    CONSENTED("ingestemd"),
    /** Decided together with the others (nl: samen besloten). */
    CO_DECIDED("samen besloten");

    private final String dutchTerm;

    ParticipationLevel(String dutchTerm) {
        this.dutchTerm = dutchTerm;
    }

    /**
     * Tells whether this level counts as deciding.
     *
     * @return true only for {@link #CO_DECIDED}
     */
    public boolean isDeciding() {
        return this == CO_DECIDED;
    }

    /**
     * Tells whether this level is at least the given one.
     *
     * @param other the level to compare with, not null
     * @return true if this level includes {@code other}
     */
    public boolean isAtLeast(ParticipationLevel other) {
        return compareTo(other) >= 0;
    }

    /**
     * Returns the Dutch term for this level.
     *
     * @return the Dutch term, never null
     */
    public String dutchTerm() {
        return dutchTerm;
    }
}
