package io.github.nieuweroute.model;

/**
 * The field of life a question or need belongs to (nl: leefgebied, terrein).
 *
 * <p>The K2 report names the fields the municipality's departments and desks were divided into, "jeugd, welzijn,
 * onderwijs en werk en inkomen" ({@code 004_5944939a3c113dbb.txt:4325-4326}), and asks that desks take up "vragen op
 * verschillende terreinen in samenhang" ({@code 004_5944939a3c113dbb.txt:4368-4369}); elsewhere "werk en inkomen,
 * jeugdzorg, onderwijs en Wmo" ({@code 004_5944939a3c113dbb.txt:3022-3023}). Reading those four fields as the domains
 * of a person's questions is our interpretation; the sources give no list of life domains.
 */
public enum LifeDomain {
    /** Work and income (nl: werk en inkomen). */
    WORK_AND_INCOME,
    /** Youth (nl: jeugd), the upbringing of children and youth care. */
    YOUTH,
    /** Education (nl: onderwijs). */
    EDUCATION,
    /** Wellbeing and social support (nl: welzijn, maatschappelijke ondersteuning, Wmo). */
    WELLBEING_AND_SUPPORT
}
