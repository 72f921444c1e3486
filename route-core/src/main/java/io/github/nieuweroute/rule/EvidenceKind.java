package io.github.nieuweroute.rule;

/**
 * The kind of record an evidence id names (nl: soort bewijs). The order is the order evidence is printed in.
 */
public enum EvidenceKind {
    /** The situation itself. */
    SITUATION,
    /** A participant. */
    PARTICIPANT,
    /** A question. */
    QUESTION,
    /** A plan meeting. */
    MEETING,
    /** A decision. */
    DECISION,
    /** A plan. */
    PLAN,
    /** An agreement of a plan. */
    AGREEMENT,
    /** A request. */
    REQUEST,
    /** An information item. */
    INFORMATION_ITEM,
    /** An exchange. */
    EXCHANGE,
    /** A safety frame. */
    SAFETY_FRAME,
    /** An evaluation. */
    EVALUATION,
    /** A handover or referral. */
    HANDOVER,
    /** An initiative. */
    INITIATIVE,
    /** An outcome a plan is meant to achieve. */
    OUTCOME
}
