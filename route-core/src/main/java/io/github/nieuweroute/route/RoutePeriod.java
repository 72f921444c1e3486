package io.github.nieuweroute.route;

import java.time.LocalDate;
import java.util.List;
import org.immutables.value.Value;

/**
 * A stretch of time over which consecutive decisions of a situation followed one route (nl: periode op één route),
 * such as the old route of Mevrouw de Vries's admission ({@code 000_003bca9ac70bd78f.txt:199-203}). A situation can
 * move from one route to another over time; Siegers' book is built on that movement, from "De oude route" through
 * "De huidige route" to "De nieuwe route" ({@code 000_003bca9ac70bd78f.txt:68}, {@code :89}, {@code :145}).
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class RoutePeriod {

    RoutePeriod() {}

    /** @return the route of the period, never null */
    public abstract Route route();

    /** @return the date of the first decision of the period, never null */
    public abstract LocalDate from();

    /** @return the date of the last decision of the period, never null */
    public abstract LocalDate until();

    /** @return the ids of the decisions in the period, in time order, never null */
    public abstract List<String> decisionIds();

    static ImmutableRoutePeriod.Builder builder() {
        return ImmutableRoutePeriod.builder();
    }

    /**
     * Returns the route, the dates and the decisions' ids, such as {@code "OLD 2024-03-01..2024-03-08 [d1, d2]"}.
     *
     * @return the text, never null
     */
    @Override
    public String toString() {
        return route() + " " + from() + ".." + until() + " " + decisionIds();
    }
}
