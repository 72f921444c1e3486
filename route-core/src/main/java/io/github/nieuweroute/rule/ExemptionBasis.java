package io.github.nieuweroute.rule;

/**
 * Why a rule did not count a finding as a violation (nl: grond voor uitzondering).
 */
public enum ExemptionBasis {
    /**
     * The person the information concerns refused consent to sharing it (nl: toestemming geweigerd). The sources
     * barely discuss consent ({@code 004_5944939a3c113dbb.txt:4412}); honouring a refusal is our reading of SPEC §8.2.
     */
    CONSENT_REFUSED,
    /**
     * A safety frame covers the record (nl: veiligheidskader): "Veilig Thuis heeft kaders aan de veiligheid gegeven
     * zodat iedereen precies wist waar hij aan toe was" ({@code 000_003bca9ac70bd78f.txt:266}); rule R-20.
     */
    SAFETY_FRAME
}
