package io.github.nieuweroute.sim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;

class ParametersTest {

    @Test
    void defaults_hold_every_default_value() {
        for (Parameter p : Parameter.values()) {
            assertThat(Parameters.defaults().get(p)).as(p.key()).isEqualTo(p.defaultValue());
        }
        assertThat(Parameters.defaults().changes()).isEmpty();
    }

    @Test
    void with_changes_one_value_and_leaves_the_original_alone() {
        Parameters changed = Parameters.defaults().with(Parameter.MEMBER_HOURS, 3);

        assertThat(changed.get(Parameter.MEMBER_HOURS)).isEqualTo(3);
        assertThat(Parameters.defaults().get(Parameter.MEMBER_HOURS)).isEqualTo(1.5);
        assertThat(changed.changes()).containsExactly(Map.entry(Parameter.MEMBER_HOURS, 3.0));
        assertThat(changed).isEqualTo(Parameters.defaults().with(Parameter.MEMBER_HOURS, 3))
                .isNotEqualTo(Parameters.defaults())
                .hasSameHashCodeAs(Parameters.defaults().with(Parameter.MEMBER_HOURS, 3));
        assertThat(changed.hashCode()).isNotEqualTo(Parameters.defaults().hashCode());
        assertThat(changed.toString()).isEqualTo("Parameters{defaults, memberHoursPerWeek=3}");
    }

    @Test
    void smallest_network_above_largest_is_rejected_naming_the_parameter_just_set() {
        assertThatThrownBy(() -> Parameters.defaults().with(Parameter.NETWORK_SIZE_MIN, 40))
                .isInstanceOfSatisfying(SimulationParameterException.class, e -> {
                    assertThat(e.parameter()).isEqualTo("networkSizeMin");
                    assertThat(e.allowedRange()).isEqualTo("<= networkSizeMax (32)");
                });
        assertThatThrownBy(() -> Parameters.defaults().with(Parameter.NETWORK_SIZE_MAX, 0))
                .isInstanceOfSatisfying(SimulationParameterException.class,
                        e -> assertThat(e.parameter()).isEqualTo("networkSizeMax"));
    }

    @Test
    void several_values_are_checked_together_so_a_pair_can_move_at_once() {
        Parameters p = Parameters.defaults().with(Map.of(Parameter.NETWORK_SIZE_MIN, 40.0,
                Parameter.NETWORK_SIZE_MAX, 60.0));

        assertThat(p.get(Parameter.NETWORK_SIZE_MIN)).isEqualTo(40);
        assertThatThrownBy(() -> Parameters.defaults().with(Map.of(Parameter.OWNERSHIP_RATE, -1.0)))
                .isInstanceOf(SimulationParameterException.class).hasMessageContaining("ownershipRatePerWeek");
    }
}
