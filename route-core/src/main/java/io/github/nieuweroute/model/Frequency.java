package io.github.nieuweroute.model;

/** How often a recurring agreement comes back (nl: frequentie). */
public enum Frequency {
    /** Every day. */
    DAILY,
    /** Every week, such as Buiting's "iedere dinsdagochtend" ({@code 002_296212247530a523.txt:60}). */
    WEEKLY,
    /** Every month, such as "Elke eerste vrijdag van de maand" ({@code 000_003bca9ac70bd78f.txt:268}). */
    MONTHLY,
    /** Every year. */
    YEARLY,
    /** Now and then, at no fixed interval ("soms", {@code 000_003bca9ac70bd78f.txt:268}). */
    IRREGULAR
}
