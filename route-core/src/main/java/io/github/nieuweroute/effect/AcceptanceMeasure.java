package io.github.nieuweroute.effect;

import io.github.nieuweroute.model.Situation;

/**
 * How acceptance (nl: acceptatie), the A of E = K x A, is read from a situation. The sources give no definition
 * ({@code 000_003bca9ac70bd78f.txt:146-148}, headings only); every measure is an interpretation, and callers may
 * supply their own.
 *
 * <p>Implementations must return a value in [0, 1] and be thread-safe.
 */
@FunctionalInterface
public interface AcceptanceMeasure {

    /**
     * Measures acceptance.
     *
     * @param situation the situation, not null
     * @return the acceptance in [0, 1]
     */
    double acceptance(Situation situation);

    /**
     * Returns the default measure: the share of lifeworld participants who co-decided at least one decision of the
     * situation. See {@link LifeworldCoDecisionShare}.
     *
     * @return the measure, never null
     */
    static AcceptanceMeasure lifeworldCoDecisionShare() {
        return LifeworldCoDecisionShare.INSTANCE;
    }
}
