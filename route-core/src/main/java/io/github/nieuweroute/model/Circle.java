package io.github.nieuweroute.model;

/**
 * How close a lifeworld relation stands to the focus person (nl: kring).
 *
 * <p>The review of Siegers' book contrasts the narrow network, "de eerste kring van sociale contacten rondom de
 * persoon waar zorg om is … Bijvoorbeeld alleen het gezin of de mantelzorgers, en niet de voetbaltrainer, docent,
 * achterneef, buurtgenoten gezamenlijk" ({@code 003_e93a9ba200732857.txt:32}), with the broad network of "school,
 * buren, familie, sportclub" ({@code 003_e93a9ba200732857.txt:36}).
 */
public enum Circle {
    /** The first circle: the household and the informal carers (nl: eerste kring). */
    FIRST,
    /** Everyone beyond the first circle (nl: brede kring): wider family, neighbours, school, club, work. */
    WIDER
}
