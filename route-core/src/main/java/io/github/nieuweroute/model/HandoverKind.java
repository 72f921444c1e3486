package io.github.nieuweroute.model;

/**
 * What a handover between professionals was (nl: soort overdracht).
 *
 * <p>Buiting asks for "een trouwe hulpverlener die blijft meelopen en zo nodig aanvullende expertise [betrekt] in
 * plaats van doorverwijst" ({@code 002_296212247530a523.txt:38}); Mevrouw de Vries's home care "heeft het werk
 * overgedragen aan het verzorgend personeel" ({@code 000_003bca9ac70bd78f.txt:203}).
 */
public enum HandoverKind {
    /** The work was handed over and the first professional left (nl: overdracht). */
    TRANSFER,
    /** The person was referred on to another provider (nl: doorverwijzing). */
    REFERRAL,
    /** Expertise was added while the first professional stayed (nl: expertise betrekken). */
    EXPERTISE_ADDED
}
