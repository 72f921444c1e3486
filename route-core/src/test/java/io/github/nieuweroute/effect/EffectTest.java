package io.github.nieuweroute.effect;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.doubles;

import io.github.nieuweroute.seed.SeedCases;
import org.junit.jupiter.api.Test;

class EffectTest {

    @Test
    void effect_is_quality_times_acceptance() {
        assertThat(Effect.of(0.8, 0.5).value()).isCloseTo(0.4, within(1e-12));
    }

    @Test
    void zero_acceptance_gives_zero_effect_whatever_the_quality() {
        assertThat(Effect.of(1.0, 0.0).value()).isZero();
    }

    @Test
    void quality_out_of_range_is_a_typed_error_naming_the_score() {
        assertThatThrownBy(() -> Effect.of(1.2, 0.5)).isInstanceOf(ScoreOutOfRangeException.class)
                .isInstanceOf(IllegalArgumentException.class).hasMessage("quality must lie in [0, 1], was 1.2")
                .satisfies(e -> {
                    assertThat(((ScoreOutOfRangeException) e).score()).isEqualTo("quality");
                    assertThat(((ScoreOutOfRangeException) e).value()).isEqualTo(1.2);
                });
    }

    @Test
    void acceptance_that_is_not_a_number_is_rejected() {
        assertThatThrownBy(() -> Effect.of(0.5, Double.NaN)).isInstanceOf(ScoreOutOfRangeException.class)
                .hasMessageContaining("acceptance");
    }

    @Test
    void product_is_the_formula_value_uses_so_both_give_the_same_number() {
        qt().forAll(doubles().between(0, 1), doubles().between(0, 1)).checkAssert((k, a) ->
                assertThat(Effect.product(k, a)).isEqualTo(Effect.of(k, a).value()).isEqualTo(k * a));
    }

    @Test
    void product_rejects_a_score_out_of_range_naming_it() {
        assertThatThrownBy(() -> Effect.product(0.5, 1.0000001)).isInstanceOf(ScoreOutOfRangeException.class)
                .hasMessage("acceptance must lie in [0, 1], was 1.0000001");
        assertThatThrownBy(() -> Effect.product(Double.NaN, 0.5)).isInstanceOf(ScoreOutOfRangeException.class)
                .hasMessageContaining("quality");
        assertThatThrownBy(() -> Effect.product(-0.0001, 0.5)).isInstanceOf(ScoreOutOfRangeException.class)
                .hasMessageContaining("quality");
    }

    @Test
    void assess_uses_the_lifeworld_co_decision_share_by_default() {
        Effect e = Effect.assess(SeedCases.deVries().situation(), 0.9);

        assertThat(e.acceptance()).isZero();
        assertThat(e.value()).isZero();
    }

    @Test
    void assess_accepts_a_callers_measure_and_checks_what_it_returns() {
        var s = SeedCases.deVries().situation();

        assertThat(Effect.assess(s, 0.5, situation -> 0.5).value()).isEqualTo(0.25);
        assertThatThrownBy(() -> Effect.assess(s, 0.5, situation -> -0.1))
                .isInstanceOf(ScoreOutOfRangeException.class).hasMessageContaining("acceptance");
        assertThatThrownBy(() -> Effect.assess(s, -1, situation -> 0.5))
                .isInstanceOf(ScoreOutOfRangeException.class).hasMessageContaining("quality");
    }

    @Test
    void both_ends_of_the_unit_interval_are_valid_scores() {
        assertThat(Effect.of(0.0, 1.0).value()).isZero();
        assertThat(Effect.of(1.0, 1.0).value()).isEqualTo(1.0);
        assertThat(Effect.product(0.0, 0.0)).isZero();
        assertThat(Effect.of(1.0, 0.25).quality()).isEqualTo(1.0);
        assertThat(Effect.of(1.0, 0.25).acceptance()).isEqualTo(0.25);
    }
}
