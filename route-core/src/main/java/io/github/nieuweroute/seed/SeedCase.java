package io.github.nieuweroute.seed;

import io.github.nieuweroute.model.Situation;
import io.github.nieuweroute.route.Route;
import org.immutables.value.Value;

/**
 * A case from the source texts written down as a {@link Situation}, with the route the sources (or SPEC's reading
 * of them) lead us to expect.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class SeedCase {

    SeedCase() {}

    /** @return a short key, such as {@code "de-vries"}, never null */
    public abstract String key();

    /** @return the English title, never null */
    public abstract String title();

    /** @return the Dutch title, never null */
    public abstract String dutchTitle();

    /** @return the source lines the case rests on, such as {@code "000_003bca9ac70bd78f.txt:197-207"} */
    public abstract String source();

    /** @return the route expected for the situation's current state, never null */
    public abstract Route expectedRoute();

    /** @return why that route is expected, citing the sources or SPEC, never null */
    public abstract String expectationBasis();

    /** @return the situation, never null */
    public abstract Situation situation();

    static ImmutableSeedCase.Builder builder() {
        return ImmutableSeedCase.builder();
    }

    @Override
    public String toString() {
        return "SeedCase " + key() + " (expected " + expectedRoute() + ")";
    }
}
