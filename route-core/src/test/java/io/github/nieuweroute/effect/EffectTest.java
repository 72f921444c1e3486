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
    void assess_counts_the_daughter_who_agreed_by_default_and_not_only_those_who_co_decided() {
        // the daughter "stemt in" (000_003bca9ac70bd78f.txt:201): she accepted the plan, though she did not co-decide
        var deVries = SeedCases.deVries().situation();
        Effect e = Effect.assess(deVries, 0.9);

        assertThat(e.acceptance()).isEqualTo(0.5); // the daughter agreed, the son took no recorded part
        assertThat(e.value()).isEqualTo(0.45);
        assertThat(Effect.assess(deVries, 0.9, AcceptanceMeasure.lifeworldCoDecisionShare()).acceptance()).isZero();
    }

    @Test
    void the_library_measures_say_where_they_come_from_and_a_callers_measure_is_an_assumption() {
        assertThat(AcceptanceMeasure.lifeworldAgreementShare().provenance().isInterpretation()).isTrue();
        assertThat(AcceptanceMeasure.lifeworldCoDecisionShare().provenance().isInterpretation()).isTrue();
        AcceptanceMeasure own = situation -> 0.5;
        assertThat(own.provenance().isAssumption()).isTrue();
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
