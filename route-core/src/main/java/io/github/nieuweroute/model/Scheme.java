package io.github.nieuweroute.model;

/**
 * The scheme a question is handled under (nl: regeling, wet, stelsel): the four transitions the Van Dalen family meets
 * ({@code 004_5944939a3c113dbb.txt:218-224}) and the AWBZ that extramural support came from. The sources name these
 * schemes; using them as a field of a question is our interpretation.
 */
public enum Scheme {
    /**
     * The Wet werken naar vermogen: "bijstandsuitkering van Saskia en bijbaantje van Jeffrey",
     * {@code 004_5944939a3c113dbb.txt:219-220}.
     */
    WORK_ACCORDING_TO_CAPACITY,
    /**
     * The Wmo (Wet maatschappelijke ondersteuning): "Extramurale begeleiding naar de Wmo: individuele begeleiding van
     * Saskia", {@code 004_5944939a3c113dbb.txt:221-222}.
     */
    WMO,
    /**
     * The AWBZ, where extramural support came from before "de kanteling van de AWBZ naar de Wmo",
     * {@code 004_5944939a3c113dbb.txt:391-392}.
     */
    AWBZ,
    /**
     * Youth care (nl: jeugdzorg): "gedragsproblematiek van Jeffrey en Amanda", {@code 004_5944939a3c113dbb.txt:223}.
     */
    YOUTH_CARE,
    /**
     * Appropriate education (nl: passend onderwijs): "schoolsituatie Jeffrey en Amanda",
     * {@code 004_5944939a3c113dbb.txt:224}.
     */
    APPROPRIATE_EDUCATION
}
