package io.github.nieuweroute.model;

/**
 * A phase a plan meeting went through (nl: fase van de planbijeenkomst).
 *
 * <p>The sources give the process only as headings ("Trust the proces", "Blijf uit de inhoud", "Vervolg",
 * {@code 000_003bca9ac70bd78f.txt:173-186}) and a few concrete facts: the group is prepared by an independent plan
 * coach ({@code 000_003bca9ac70bd78f.txt:266}), the coach may keep people the focus person objected to
 * ({@code :268}), the plan is evaluated together ({@code :272}). These phases are our interpretation of that.
 */
public enum MeetingPhase {
    /** The group was prepared beforehand (nl: voorbereiding), {@code 000_003bca9ac70bd78f.txt:266}. */
    PREPARATION,
    /** Information about the situation was shared with everyone present (nl: informatie delen). */
    INFORMATION,
    /** Dissent or alternative views were given an explicit place (nl: georganiseerde tegenspraak), interpretation. */
    DISSENT,
    /** The group deliberated on solutions (nl: meedenken). */
    DELIBERATION,
    /** The group decided (nl: besluiten). */
    DECISION,
    /** The group evaluated an existing plan (nl: evaluatie), {@code 000_003bca9ac70bd78f.txt:272}. */
    EVALUATION
}
