package io.github.nieuweroute.route;

import io.github.nieuweroute.source.Grounding;
import io.github.nieuweroute.source.Provenance;

/**
 * A machine-readable reason for a route classification (nl: reden voor de indeling). Each classification lists the
 * facts it rests on (who decided, who performs: the two questions of {@code 001_efdc3dbc7d93ff68.txt:24}) and, where
 * it applies, a note on an edge case. The edge cases are our interpretation (SPEC §2.3); {@link #provenance()} labels
 * each reason.
 */
public enum RouteReason {
    /** A focus person co-decided. */
    FOCUS_PERSON_CO_DECIDED(Provenance.of(Grounding.DEFINED, "001_efdc3dbc7d93ff68.txt:24")),
    /** No focus person co-decided. */
    FOCUS_PERSON_DID_NOT_CO_DECIDE(Provenance.of(Grounding.DEFINED, "001_efdc3dbc7d93ff68.txt:24")),
    /** At least one lifeworld participant co-decided. */
    LIFEWORLD_CO_DECIDED(Provenance.of(Grounding.DEFINED, "001_efdc3dbc7d93ff68.txt:24")),
    /** No lifeworld participant co-decided. */
    NO_LIFEWORLD_DECIDER(Provenance.of(Grounding.DEFINED, "001_efdc3dbc7d93ff68.txt:24")),
    /** At least one lifeworld participant performs an agreement the decision made. */
    LIFEWORLD_PERFORMS(Sources.PERFORMING),
    /** No lifeworld participant performs an agreement the decision made. */
    NO_LIFEWORLD_PERFORMER(Sources.PERFORMING),
    /** At least one professional co-decided. */
    PROFESSIONALS_CO_DECIDED(Provenance.of(Grounding.DEFINED, "001_efdc3dbc7d93ff68.txt:24")),
    /** No professional co-decided. */
    NO_PROFESSIONAL_DECIDER(Provenance.of(Grounding.DEFINED, "001_efdc3dbc7d93ff68.txt:24")),
    /**
     * Someone of the focus person or the lifeworld consented without co-deciding; consent is not co-decision
     * ({@code 000_003bca9ac70bd78f.txt:201}).
     */
    CONSENT_IS_NOT_CO_DECISION(Provenance.assumption("000_003bca9ac70bd78f.txt:199-201")),
    /**
     * Edge case, unclassified: the network co-decided but the focus person did not, a plan made over their head
     * ("Deze mensen passeer je als je vóór hen een plan maakt", {@code 001_efdc3dbc7d93ff68.txt:41}). The sources
     * describe no such route.
     */
    NETWORK_DECIDED_OVER_FOCUS_PERSON(Provenance.assumption("001_efdc3dbc7d93ff68.txt:41")),
    /**
     * Edge case, a note on the Nieuwe Route: the record shows no professional taking part in the decision at any
     * level, performing, attending its meeting or setting a safety frame over it. The interview's definition names
     * the professionals among the deciders ({@code 001_efdc3dbc7d93ff68.txt:24}); the review frames them as support
     * ({@code 003_e93a9ba200732857.txt:36}).
     */
    NO_PROFESSIONAL_INVOLVED(Provenance.assumption("001_efdc3dbc7d93ff68.txt:24", "003_e93a9ba200732857.txt:36")),
    /** Edge case, unclassified: the focus person decided without the network and without professionals. */
    FOCUS_PERSON_DECIDED_ALONE(Provenance.assumption("001_efdc3dbc7d93ff68.txt:24")),
    /** Unclassified: nobody is recorded as co-deciding. */
    NOBODY_CO_DECIDED(Provenance.assumption("001_efdc3dbc7d93ff68.txt:24")),
    /** A participant whose sphere the source does not give co-decided or performs; they were left out. */
    UNKNOWN_SPHERE_IGNORED(Provenance.assumption()),
    /** Unclassified situation: it records no decision. */
    NO_DECISION(Provenance.assumption());

    private final Provenance provenance;

    /** Holder of the shared provenance of the fact reasons about performing. */
    private static final class Sources {
        static final Provenance PERFORMING = Provenance.of(Grounding.DEFINED, "001_efdc3dbc7d93ff68.txt:24",
                "003_e93a9ba200732857.txt:32");
    }

    RouteReason(Provenance provenance) {
        this.provenance = provenance;
    }

    /**
     * Returns where the reason comes from: the facts (who decided, who performs) rest on the routes' definition in
     * the interview ({@code 001_efdc3dbc7d93ff68.txt:24}); every edge case and note is our reading and says so
     * ({@link Grounding#ASSUMPTION}, citing the lines it is a reading of).
     *
     * @return the provenance, never null
     */
    public Provenance provenance() {
        return provenance;
    }
}
