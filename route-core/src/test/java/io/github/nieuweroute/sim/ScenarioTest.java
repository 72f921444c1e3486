package io.github.nieuweroute.sim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class ScenarioTest {

    @Test
    void defaults_are_a_year_of_a_thousand_old_route_cases_in_five_replications() {
        Scenario s = Scenario.builder().build();

        assertThat(s.policy()).isEqualTo(RoutePolicy.OLD);
        assertThat(s.cohortSize()).isEqualTo(1000);
        assertThat(s.horizonWeeks()).isEqualTo(52);
        assertThat(s.intakeWeeks()).isZero();
        assertThat(s.replications()).isEqualTo(5);
        assertThat(s.parameters()).isEqualTo(Parameters.defaults());
    }

    @Test
    void an_empty_cohort_is_rejected_naming_the_setting_and_its_range() {
        assertThatThrownBy(() -> Scenario.builder().cohortSize(0).build())
                .isInstanceOfSatisfying(SimulationParameterException.class, e -> {
                    assertThat(e.parameter()).isEqualTo("cohortSize");
                    assertThat(e.allowedRange()).isEqualTo("whole number in [1, 100000000]");
                });
    }

    @Test
    void intake_must_end_before_the_horizon() {
        assertThatThrownBy(() -> Scenario.builder().horizonWeeks(52).intakeWeeks(52).build())
                .isInstanceOfSatisfying(SimulationParameterException.class, e -> {
                    assertThat(e.parameter()).isEqualTo("intakeWeeks");
                    assertThat(e.allowedRange()).isEqualTo("whole number in [0, 51]");
                });
    }

    @Test
    void horizon_and_replications_have_ranges_too() {
        assertThatThrownBy(() -> Scenario.builder().horizonWeeks(0).build())
                .hasMessageContaining("'horizonWeeks'");
        assertThatThrownBy(() -> Scenario.builder().replications(0).build())
                .hasMessageContaining("'replications'");
    }

    @Test
    void a_name_that_would_break_a_csv_is_rejected() {
        assertThatThrownBy(() -> Scenario.builder().name("a,b").build())
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("'name'");
    }

    @Test
    void with_methods_change_one_thing() {
        Scenario s = Scenario.builder().name("base").cohortSize(10).build();

        Scenario changed = s.withParameter(Parameter.INVOLVEMENT_DECAY, 0.1).withPolicy(RoutePolicy.NEW);

        assertThat(changed.policy()).isEqualTo(RoutePolicy.NEW);
        assertThat(changed.parameters().get(Parameter.INVOLVEMENT_DECAY)).isEqualTo(0.1);
        assertThat(changed.cohortSize()).isEqualTo(10);
        assertThat(changed.name()).isEqualTo("base");
        assertThat(s.policy()).isEqualTo(RoutePolicy.OLD);
    }
}
