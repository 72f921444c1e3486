package io.github.nieuweroute.model;

/**
 * Where the help of an agreement comes from (nl: soort aanbod, herkomst van een afspraak).
 *
 * <p>Siegers describes the dead-end route as "aanbodgericht": "op dit moment hebben de gemeenten bepaalde zorg
 * ingekocht en daar moeten ze het een jaar mee doen. Het mogelijke aanbod is al vooraf bepaald"
 * ({@code 000_003bca9ac70bd78f.txt:250}), against "maatwerk leveren" ({@code :250}); Buiting's wijkteams listen "met
 * het filter van het bestaande aanbod" and his alternative is a collective arrangement, the residents invited "iedere
 * dinsdagochtend in het buurtcentrum" ({@code 002_296212247530a523.txt:58-60}); informal help is what "familie,
 * vrienden en/of buurtgenoten kunnen geven" ({@code 004_5944939a3c113dbb.txt:4341-4343}). The sources name these
 * kinds of help but give no classification; the four values are our interpretation.
 */
public enum OfferKind {
    /**
     * A product the municipality purchased in advance, from its catalogue, for a contract period (nl: ingekocht
     * aanbod), {@code 000_003bca9ac70bd78f.txt:250}.
     */
    PURCHASED,
    /** Help made for this situation (nl: maatwerk), {@code 000_003bca9ac70bd78f.txt:250}. */
    TAILOR_MADE,
    /** Help of the person's own network (nl: informele hulp), {@code 004_5944939a3c113dbb.txt:4341-4343}. */
    INFORMAL,
    /**
     * An arrangement open to several residents (nl: collectieve voorziening), Buiting's Tuesday morning in the
     * community centre, {@code 002_296212247530a523.txt:60}.
     */
    COLLECTIVE
}
