package io.github.nieuweroute.model;

/**
 * How a decision relates to a recorded wish (nl: hoe het besluit zich tot de wens verhoudt). Recorded by the
 * caller, since the library never reads what the wish or the decision says.
 *
 * <p>The sources show the difference in one case: Mevrouw de Vries would rather stay at home, yet the decision is the
 * care home ({@code 000_003bca9ac70bd78f.txt:199-201}). The three values are our interpretation.
 */
public enum WishOutcome {
    /** The decision follows the wish (nl: gevolgd). */
    FOLLOWED,
    /** The decision follows the wish in part (nl: deels gevolgd). */
    PARTLY_FOLLOWED,
    /** The decision goes against the wish (nl: niet gevolgd). */
    NOT_FOLLOWED
}
