package io.github.nieuweroute.model;

/**
 * What a condition of a safety frame forbids or requires (nl: soort voorwaarde van een veiligheidskader).
 *
 * <p>The sources say that Veilig Thuis set limits to safety, "zodat iedereen precies wist waar hij aan toe was"
 * ({@code 000_003bca9ac70bd78f.txt:266}), and that professionals must be able to intervene when a young person's
 * safety is at stake ({@code 004_5944939a3c113dbb.txt:2937-2942}); they do not say what the limits were. The three
 * kinds are our interpretation: the usual forms such limits take, each of which the record can be checked against.
 */
public enum SafetyConditionKind {
    /**
     * The subject may not be alone with any of the persons (nl: niet alleen met): no agreement has the subject and
     * some of the persons as its only performers.
     */
    NOT_ALONE_WITH,
    /**
     * Contact of the subject with any of the persons only under the supervision of one of the supervisors (nl: onder
     * toezicht): every agreement the subject and some of the persons perform has a supervisor among its performers.
     */
    SUPERVISED_CONTACT,
    /**
     * Nothing concerning the subject is decided without the frame's owner, the participant who set it (nl: niet
     * besluiten zonder de eigenaar van het kader): every decision that makes an agreement the subject performs, or
     * records the subject's wish, has the owner taking part at least as {@link ParticipationLevel#CONSENTED}.
     */
    DECIDED_WITH_FRAME_OWNER
}
