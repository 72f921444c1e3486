package io.github.nieuweroute.sim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.doubles;

import io.github.nieuweroute.effect.Effect;
import io.github.nieuweroute.effect.ScoreOutOfRangeException;
import org.junit.jupiter.api.Test;

class EffectFormulaTest {

    @Test
    void effect_is_quality_times_acceptance_so_no_acceptance_means_no_effect() {
        assertThat(EffectFormula.effect(0.8, 0.5)).isEqualTo(0.4);
        assertThat(EffectFormula.effect(1, 0)).isZero();
        assertThat(EffectFormula.effect(1, 1)).isEqualTo(1);
    }

    @Test
    void the_simulation_computes_the_effect_the_effect_package_defines() {
        qt().forAll(doubles().between(0, 1), doubles().between(0, 1)).checkAssert((k, a) ->
                assertThat(EffectFormula.effect(k, a)).isEqualTo(Effect.of(k, a).value()));
    }

    @Test
    void a_score_out_of_range_is_refused_as_the_effect_package_refuses_it() {
        assertThatThrownBy(() -> EffectFormula.effect(1.5, 0.5)).isInstanceOf(ScoreOutOfRangeException.class)
                .hasMessageContaining("quality");
    }
}
