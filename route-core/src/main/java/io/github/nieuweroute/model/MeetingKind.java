package io.github.nieuweroute.model;

/**
 * What kind of meeting a {@link PlanMeeting} is (nl: soort overleg): the network's own plan meeting, or a
 * consultation among professionals about the person.
 *
 * <p>Siegers names "Het multidisciplinair overleg" only as a heading ({@code 000_003bca9ac70bd78f.txt:133}, title
 * only, SPEC §3.1); the K2 report describes the situation before the transition as "Professionals werken
 * multidisciplinair samen om de hulp en ondersteuning te coördineren" ({@code 004_5944939a3c113dbb.txt:4336-4337}).
 * The plan meeting of the network is the Nieuwe Route's own ({@code 003_e93a9ba200732857.txt:36},
 * {@code 000_003bca9ac70bd78f.txt:266}). Telling the two apart by who the meeting is for, not by who happened to
 * attend, is our interpretation.
 */
public enum MeetingKind {
    /**
     * A plan meeting of the focus person and their network with professionals where needed (nl: planbijeenkomst,
     * netwerkberaad), {@code 003_e93a9ba200732857.txt:36}. The default, and the only kind format version 1 knows.
     */
    PLAN_MEETING,
    /**
     * A multidisciplinary consultation of professionals about the person (nl: multidisciplinair overleg, MDO),
     * {@code 000_003bca9ac70bd78f.txt:133} (title only), {@code 004_5944939a3c113dbb.txt:4336-4337}.
     */
    MULTIDISCIPLINARY_CONSULTATION
}
