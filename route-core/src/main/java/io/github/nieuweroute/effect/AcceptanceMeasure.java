package io.github.nieuweroute.effect;

import io.github.nieuweroute.model.Situation;
import io.github.nieuweroute.source.Provenance;

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
     * Returns where the measure comes from. A caller's measure is taken to be the caller's assumption unless it says
     * otherwise.
     *
     * @return the provenance, never null
     */
    default Provenance provenance() {
        return Provenance.assumption();
    }

    /**
     * Returns the default measure: the share of lifeworld participants who agreed to at least one decision of the
     * situation, by consenting or by co-deciding. See {@link LifeworldAgreementShare}.
     *
     * @return the measure, never null
     */
    static AcceptanceMeasure lifeworldAgreementShare() {
        return LifeworldAgreementShare.INSTANCE;
    }

    /**
     * Returns the stricter measure: the share of lifeworld participants who co-decided at least one decision of the
     * situation; consent does not count. See {@link LifeworldCoDecisionShare}.
     *
     * @return the measure, never null
     */
    static AcceptanceMeasure lifeworldCoDecisionShare() {
        return LifeworldCoDecisionShare.INSTANCE;
    }
}
