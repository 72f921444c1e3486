package io.github.nieuweroute.model;

/**
 * A participant's role as facilitator of the plan process (nl: plancoach, begeleider van het plantraject), with its
 * independence.
 *
 * <p>Esther &amp; Jeffrey's group was prepared by "een onafhankelijke plancoach" ({@code 000_003bca9ac70bd78f.txt:266});
 * the coordinator of an Eigen Kracht-conferentie "is dan ook geen hulpverlener" ({@code 004_5944939a3c113dbb.txt:4439-4441}).
 * "Blijf uit de inhoud" and "Wie begeleidt het plantraject" are headings only ({@code 000_003bca9ac70bd78f.txt:179-182}).
 *
 * <p>The recorded role is a fallback: where the record holds the facts, rule R-07 derives independence from them,
 * comparing the facilitator's {@link Participant#employer()} with the organisations that carry out agreements. A
 * facilitator whose employer carries out agreements is not independent whatever role is recorded; the recorded
 * {@link #NOT_INDEPENDENT} counts where the record shows no such fact (it may rest on facts the record lacks, such as
 * who pays).
 */
public enum FacilitatorRole {
    /** An independent facilitator, not a helper in this case (nl: onafhankelijke plancoach). */
    INDEPENDENT,
    /** A facilitator who is also part of the help in this case, such as a care provider's own worker. */
    NOT_INDEPENDENT
}
