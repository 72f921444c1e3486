package io.github.nieuweroute.model;

/**
 * Whether the person some information concerns agreed to share it (nl: toestemming).
 *
 * <p>The sources barely discuss consent: the one rule is a direct referral "met toestemming van de cliënt"
 * ({@code 004_5944939a3c113dbb.txt:4412}). Recording consent or refusal explicitly is our reading of SPEC §8.2.
 */
public enum ConsentStatus {
    /** The person agreed to sharing (nl: toestemming gegeven). */
    GIVEN,
    /** The person refused sharing (nl: toestemming geweigerd). */
    REFUSED,
    /** Nobody asked, or it is not recorded (nl: niet gevraagd). */
    NOT_ASKED
}
