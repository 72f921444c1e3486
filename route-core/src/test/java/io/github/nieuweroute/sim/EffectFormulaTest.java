package io.github.nieuweroute.sim;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class EffectFormulaTest {

    @Test
    void effect_is_quality_times_acceptance_so_no_acceptance_means_no_effect() {
        assertThat(EffectFormula.effect(0.8, 0.5)).isEqualTo(0.4);
        assertThat(EffectFormula.effect(1, 0)).isZero();
        assertThat(EffectFormula.effect(1, 1)).isEqualTo(1);
    }
}
