package io.github.nieuweroute.model;

/**
 * What someone was asked to do (nl: soort verzoek).
 *
 * <p>"Mensen worden gevraagd mee te denken en samen te besluiten in plaats van mee te helpen om het plan van een ander
 * uit te voeren." ({@code 001_efdc3dbc7d93ff68.txt:27}); the tip "Richt je op meedenken in plaats van op uitvoeren"
 * ({@code 001_efdc3dbc7d93ff68.txt:44}).
 */
public enum RequestKind {
    /** Asked to think along (nl: meedenken). */
    THINK_ALONG,
    /** Asked to decide together (nl: meebeslissen). */
    CO_DECIDE,
    /** Asked to help carry out a plan (nl: meehelpen, uitvoeren). */
    HELP_EXECUTE,
    /** Asked to volunteer, as the De Vries daughter was ({@code 000_003bca9ac70bd78f.txt:207}). */
    VOLUNTEER;

    /**
     * Tells whether this request asks for execution rather than a say.
     *
     * @return true for {@link #HELP_EXECUTE} and {@link #VOLUNTEER}
     */
    public boolean asksForExecution() {
        return this == HELP_EXECUTE || this == VOLUNTEER;
    }
}
