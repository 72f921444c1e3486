package io.github.nieuweroute.route;

/**
 * A machine-readable reason for a route classification (nl: reden voor de indeling). Each classification lists the
 * facts it rests on (who decided, who performs: the two questions of {@code 001_efdc3dbc7d93ff68.txt:24}) and, where
 * it applies, a note on an edge case. The edge cases are our interpretation (SPEC §2.3).
 */
public enum RouteReason {
    /** A focus person co-decided. */
    FOCUS_PERSON_CO_DECIDED,
    /** No focus person co-decided. */
    FOCUS_PERSON_DID_NOT_CO_DECIDE,
    /** At least one lifeworld participant co-decided. */
    LIFEWORLD_CO_DECIDED,
    /** No lifeworld participant co-decided. */
    NO_LIFEWORLD_DECIDER,
    /** At least one lifeworld participant performs an agreement the decision made. */
    LIFEWORLD_PERFORMS,
    /** No lifeworld participant performs an agreement the decision made. */
    NO_LIFEWORLD_PERFORMER,
    /** At least one professional co-decided. */
    PROFESSIONALS_CO_DECIDED,
    /** No professional co-decided. */
    NO_PROFESSIONAL_DECIDER,
    /**
     * Someone of the focus person or the lifeworld consented without co-deciding; consent is not co-decision
     * ({@code 000_003bca9ac70bd78f.txt:201}).
     */
    CONSENT_IS_NOT_CO_DECISION,
    /**
     * Edge case, unclassified: the network co-decided but the focus person did not, a plan made over their head
     * ("Deze mensen passeer je als je vóór hen een plan maakt", {@code 001_efdc3dbc7d93ff68.txt:41}). The sources
     * describe no such route.
     */
    NETWORK_DECIDED_OVER_FOCUS_PERSON,
    /**
     * Edge case, a note on the Nieuwe Route: no professional co-decided or performs. The interview's definition names
     * the professionals among the deciders ({@code 001_efdc3dbc7d93ff68.txt:24}); the review frames them as support
     * ({@code 003_e93a9ba200732857.txt:36}).
     */
    NO_PROFESSIONAL_INVOLVED,
    /** Edge case, unclassified: the focus person decided without the network and without professionals. */
    FOCUS_PERSON_DECIDED_ALONE,
    /** Unclassified: nobody is recorded as co-deciding. */
    NOBODY_CO_DECIDED,
    /** A participant whose sphere the source does not give co-decided or performs; they were left out. */
    UNKNOWN_SPHERE_IGNORED,
    /** Unclassified situation: it records no decision. */
    NO_DECISION
}
