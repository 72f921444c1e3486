package io.github.nieuweroute.sim;

/**
 * Effect = quality x acceptance (nl: "Effect is Kwaliteit maal Acceptatie", E = K x A). The sources name the formula
 * only as headings ({@code 000_003bca9ac70bd78f.txt:146-148}); reading K and A as shares in [0, 1] and E as their
 * product is our interpretation (SPEC §4.1). The product means a plan nobody accepts has no effect, however good.
 *
 * <p>This is the one place the simulation computes E: when the rules package's E = K x A assessment is on main, this
 * is the method to point at it.
 */
final class EffectFormula {

    private EffectFormula() {}

    /**
     * Computes the effect.
     *
     * @param quality K in [0, 1]
     * @param acceptance A in [0, 1]
     * @return E = K * A, in [0, 1]
     */
    static double effect(double quality, double acceptance) {
        return quality * acceptance;
    }
}
