package io.github.nieuweroute.effect;

import io.github.nieuweroute.model.Situation;
import java.util.Objects;
import org.immutables.value.Value;

/**
 * The effect of a plan as quality times acceptance (nl: effect = kwaliteit x acceptatie), E = K x A. The sources only
 * name the formula ({@code 000_003bca9ac70bd78f.txt:146-148}, table-of-contents headings): the [0, 1] scale and the
 * product are our interpretation (SPEC §4.1).
 *
 * <pre>{@code
 * Effect e = Effect.assess(situation, 0.8);   // quality from a professional judgement
 * e.acceptance();                             // share of the lifeworld that co-decided
 * e.value();                                  // 0.8 * acceptance
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class Effect {

    Effect() {}

    /** @return the quality K in [0, 1] */
    @Value.Parameter
    public abstract double quality();

    /** @return the acceptance A in [0, 1] */
    @Value.Parameter
    public abstract double acceptance();

    /**
     * Returns the effect E = K x A.
     *
     * @return the product of quality and acceptance, in [0, 1]
     */
    public final double value() {
        return product(quality(), acceptance());
    }

    /**
     * Computes E = K x A from two scores without making an {@code Effect}: the one definition of the formula, which
     * {@link #value()} and the cohort simulation ({@code io.github.nieuweroute.sim}, once per simulated case-week)
     * both use.
     *
     * <pre>{@code
     * double e = Effect.product(0.8, 0.5);   // 0.4
     * }</pre>
     *
     * @param quality the quality K in [0, 1]
     * @param acceptance the acceptance A in [0, 1]
     * @return the product of quality and acceptance, in [0, 1]
     * @throws ScoreOutOfRangeException if a score is outside [0, 1] or not a number
     */
    public static double product(double quality, double acceptance) {
        return checkScore("quality", quality) * checkScore("acceptance", acceptance);
    }

    /**
     * Makes an effect from both factors.
     *
     * @param quality the quality in [0, 1]
     * @param acceptance the acceptance in [0, 1]
     * @return the effect, never null
     * @throws ScoreOutOfRangeException if a factor is outside [0, 1] or not a number
     */
    public static Effect of(double quality, double acceptance) {
        return ImmutableEffect.of(quality, acceptance);
    }

    /**
     * Assesses a situation with the default acceptance measure, {@link AcceptanceMeasure#lifeworldAgreementShare()}.
     *
     * @param situation the situation, not null
     * @param quality the quality in [0, 1], supplied by the caller
     * @return the effect, never null
     * @throws ScoreOutOfRangeException if the quality is outside [0, 1] or not a number
     */
    public static Effect assess(Situation situation, double quality) {
        return assess(situation, quality, AcceptanceMeasure.lifeworldAgreementShare());
    }

    /**
     * Assesses a situation with a given acceptance measure.
     *
     * @param situation the situation, not null
     * @param quality the quality in [0, 1], supplied by the caller
     * @param measure how acceptance is read from the situation, not null
     * @return the effect, never null
     * @throws ScoreOutOfRangeException if the quality, or the acceptance the measure returns, is outside [0, 1]
     */
    public static Effect assess(Situation situation, double quality, AcceptanceMeasure measure) {
        Objects.requireNonNull(situation, "situation");
        Objects.requireNonNull(measure, "measure");
        checkScore("quality", quality);
        return of(quality, measure.acceptance(situation));
    }

    /*
     * Here rather than on ScoreOutOfRangeException: C2 never inlines a method of a Throwable class into other code,
     * and a call left in the simulation's weekly loop cost about 15% of its speed (docs/benchmarks.md).
     */
    private static double checkScore(String score, double value) {
        if (!(value >= 0.0 && value <= 1.0)) {
            throw new ScoreOutOfRangeException(score, value);
        }
        return value;
    }

    @Value.Check
    void check() {
        checkScore("quality", quality());
        checkScore("acceptance", acceptance());
    }
}
