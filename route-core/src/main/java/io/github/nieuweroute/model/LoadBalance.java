package io.github.nieuweroute.model;

/**
 * How a person's load stands to their capacity when assessed (nl: verhouding tussen draaglast en draagkracht).
 *
 * <p>The K2 report defines overload as "Situatie waarbij de draaglast van iemand groter is dan de draagkracht"
 * ({@code 004_5944939a3c113dbb.txt:1143-1145}), load as "Draaglast in psychisch of lichamelijk opzicht" ({@code :1140-1141})
 * and capacity (belastbaarheid) as "Vermogen tot het leveren van prestaties en kunnen omgaan met tegenslagen"
 * ({@code :1147-1150}). It gives no scale for either, so the library records only the comparison the definition
 * makes: {@link #ABOVE_CAPACITY} is the report's overload; the other two values complete the comparison and are our
 * interpretation. No number is claimed.
 */
public enum LoadBalance {
    /** The load is smaller than the capacity: there is room for more (nl: draaglast kleiner dan draagkracht). */
    BELOW_CAPACITY,
    /** The load equals the capacity: no room for more (nl: draaglast gelijk aan draagkracht). */
    AT_CAPACITY,
    /** The load is greater than the capacity: overload (nl: overbelasting). */
    ABOVE_CAPACITY;

    /**
     * Tells whether the person has no room for more.
     *
     * @return true for {@link #AT_CAPACITY} and {@link #ABOVE_CAPACITY}
     */
    public boolean isFull() {
        return this != BELOW_CAPACITY;
    }
}
