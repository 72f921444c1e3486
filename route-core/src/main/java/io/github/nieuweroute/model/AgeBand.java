package io.github.nieuweroute.model;

/**
 * A participant's age band, never a birth date (nl: leeftijdsgroep): whether they are a minor.
 *
 * <p>The K2 report: "een jeugdige [is] primair afhankelijk ... van zijn ouders als het aankomt op goede opvoeding en
 * veilig en gezond kunnen opgroeien" ({@code 004_5944939a3c113dbb.txt:2937-2940}); Buiting's case is "een jongen van
 * 17" ({@code 002_296212247530a523.txt:42}). The sources draw no other line, so the library records only this one; a
 * finer band (such as the ages at which a child may decide on their own care) would come from law, not from the
 * sources.
 */
public enum AgeBand {
    /** Under age (nl: minderjarig): a young person who depends on those with parental authority. */
    MINOR,
    /** Of age (nl: meerderjarig). */
    ADULT
}
