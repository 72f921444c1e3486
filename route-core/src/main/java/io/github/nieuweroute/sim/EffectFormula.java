package io.github.nieuweroute.sim;

import io.github.nieuweroute.effect.Effect;

/**
 * Effect = quality x acceptance (nl: "Effect is Kwaliteit maal Acceptatie", E = K x A), as the simulation computes it
 * for every case-week. The sources name the formula only as headings ({@code 000_003bca9ac70bd78f.txt:146-148});
 * reading K and A as shares in [0, 1] and E as their product is our interpretation (SPEC §4.1). The product means a
 * plan nobody accepts has no effect, however good.
 *
 * <p>The formula itself is defined once, in {@link Effect#product(double, double)}, which {@link Effect#value()} uses
 * too. Only the formula is shared: the simulation's A comes from the acceptance parameters at a plan decision
 * (docs/simulation-model.md §4), an assessed {@link Effect}'s A from an
 * {@link io.github.nieuweroute.effect.AcceptanceMeasure} read off a situation, so the two can give different effects
 * for the same case. It computes a number without making an {@code Effect} object, so the hot loop allocates nothing
 * for it.
 */
final class EffectFormula {

    private EffectFormula() {}

    /**
     * Computes the effect.
     *
     * @param quality K in [0, 1]
     * @param acceptance A in [0, 1]
     * @return E = K * A, in [0, 1]
     * @throws io.github.nieuweroute.effect.ScoreOutOfRangeException if a score is outside [0, 1] or not a number
     */
    static double effect(double quality, double acceptance) {
        return Effect.product(quality, acceptance);
    }
}
