package io.github.nieuweroute.model;

/**
 * The kind of a reason recorded for a decision (nl: soort beweegreden).
 *
 * <p>The sources give no list of reasons; this vocabulary is our interpretation of two passages. Buiting's fifth
 * principle asks to think "vanuit de bedoeling en níét vanuit systeemwerklijkheden zoals financiële kaders,
 * institutionele en stelselschotten en professionele standaarden" ({@code 002_296212247530a523.txt:38}); in the De
 * Vries case the daughter consents "omdat de thuiszorg dit te zwaar vindt en er geen andere oplossing voor handen is"
 * ({@code 000_003bca9ac70bd78f.txt:201}); the purchased offer is "al vooraf bepaald"
 * ({@code 000_003bca9ac70bd78f.txt:250}).
 */
public enum ReasonKind {
    /** What the person needs (nl: noodzaak, behoefte), Buiting's "aansluiten bij noden van burgers", {@code 002:38}. */
    NEED,
    /** The focus person's own wish (nl: wens van de persoon zelf), {@code 000_003bca9ac70bd78f.txt:201}. */
    PERSONS_WISH,
    /** A wish of the network (nl: wens van het netwerk). */
    NETWORK_WISH,
    /** Safety (nl: veiligheid), {@code 004_5944939a3c113dbb.txt:2937-2942}. */
    SAFETY,
    /** What a carer can bear (nl: draagkracht van een mantelzorger of zorgverlener), {@code 000:201} "te zwaar". */
    CARER_CAPACITY,
    /** No other solution is at hand (nl: geen andere oplossing), {@code 000_003bca9ac70bd78f.txt:201}. */
    NO_ALTERNATIVE,
    /** A budget frame (nl: financieel kader), a system reality for Buiting, {@code 002_296212247530a523.txt:38}. */
    BUDGET_FRAME,
    /** A boundary between schemes or institutions (nl: stelselschot), a system reality, {@code 002:38}. */
    SCHEME_BOUNDARY,
    /** What is on offer (nl: beschikbaar aanbod), {@code 000_003bca9ac70bd78f.txt:250}. */
    AVAILABLE_OFFER,
    /** A professional standard (nl: professionele standaard), a system reality, {@code 002:38}. */
    PROFESSIONAL_STANDARD;

    /**
     * Tells whether this is one of the three "systeemwerkelijkheden" Buiting names
     * ({@code 002_296212247530a523.txt:38}): a budget frame, a scheme boundary or a professional standard.
     *
     * @return true for {@link #BUDGET_FRAME}, {@link #SCHEME_BOUNDARY} and {@link #PROFESSIONAL_STANDARD}
     */
    public boolean isSystemReality() {
        return this == BUDGET_FRAME || this == SCHEME_BOUNDARY || this == PROFESSIONAL_STANDARD;
    }
}
