package io.github.nieuweroute.sim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;

class SweepTest {

    private static final Scenario BASE = Scenario.builder().name("base").cohortSize(10).build();

    @Test
    void points_are_every_combination_with_the_last_axis_fastest() {
        Sweep sweep = Sweep.over(BASE).policies(RoutePolicy.OLD, RoutePolicy.NEW)
                .vary(Parameter.MEMBER_HOURS, 1, 2)
                .vary(Parameter.INVOLVEMENT_DECAY, 0.01, 0.02, 0.03)
                .build();

        assertThat(sweep.points()).hasSize(12);
        assertThat(sweep.parameters()).containsExactly(Parameter.MEMBER_HOURS, Parameter.INVOLVEMENT_DECAY);
        Sweep.Point second = sweep.points().get(1);
        assertThat(second.policy()).isEqualTo(RoutePolicy.OLD);
        assertThat(second.values()).isEqualTo(Map.of(Parameter.MEMBER_HOURS, 1.0, Parameter.INVOLVEMENT_DECAY, 0.02));
        assertThat(second.scenario().parameters().get(Parameter.INVOLVEMENT_DECAY)).isEqualTo(0.02);
        assertThat(sweep.points().get(11).scenario().policy()).isEqualTo(RoutePolicy.NEW);
        assertThat(sweep.points().get(11).index()).isEqualTo(11);
    }

    @Test
    void without_axes_the_sweep_is_the_base_scenario() {
        Sweep sweep = Sweep.over(BASE).build();

        assertThat(sweep.points()).singleElement().satisfies(p -> assertThat(p.scenario()).isEqualTo(BASE));
    }

    @Test
    void a_value_out_of_range_fails_when_the_axis_is_added() {
        assertThatThrownBy(() -> Sweep.over(BASE).vary(Parameter.INITIAL_INVOLVEMENT, 0.5, 2))
                .isInstanceOfSatisfying(SimulationParameterException.class,
                        e -> assertThat(e.parameter()).isEqualTo("initialInvolvement"));
    }

    @Test
    void a_combination_that_contradicts_itself_fails_when_the_sweep_is_built() {
        Sweep.Builder builder = Sweep.over(BASE).vary(Parameter.NETWORK_SIZE_MIN, 10, 50);

        assertThatThrownBy(builder::build).isInstanceOf(SimulationParameterException.class)
                .hasMessageContaining("networkSizeM");
    }

    @Test
    void an_axis_given_twice_or_empty_is_rejected() {
        assertThatThrownBy(() -> Sweep.over(BASE).vary(Parameter.MEMBER_HOURS, 1).vary(Parameter.MEMBER_HOURS, 2))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("memberHoursPerWeek");
        assertThatThrownBy(() -> Sweep.over(BASE).vary(Parameter.MEMBER_HOURS))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void a_design_runs_every_row_under_every_policy_and_says_what_it_is() {
        Sweep sweep = Sweep.over(BASE).policies(RoutePolicy.OLD, RoutePolicy.NEW)
                .design("latin-hypercube samples=2 seed=1", java.util.List.of(Parameter.MEMBER_HOURS,
                        Parameter.INITIAL_INVOLVEMENT), java.util.List.of(new double[] {1, 0.2}, new double[] {3, 0.7}))
                .build();

        assertThat(sweep.design()).isEqualTo("latin-hypercube samples=2 seed=1");
        assertThat(sweep.points()).hasSize(4);
        assertThat(sweep.points().get(3).policy()).isEqualTo(RoutePolicy.NEW);
        assertThat(sweep.points().get(3).scenario().parameters().get(Parameter.INITIAL_INVOLVEMENT)).isEqualTo(0.7);
        assertThat(sweep.values().get(Parameter.MEMBER_HOURS)).containsExactly(1.0, 3.0);
        assertThat(Sweep.over(BASE).vary(Parameter.MEMBER_HOURS, 1).build().design())
                .isEqualTo(Sweep.FULL_FACTORIAL);
    }

    @Test
    void a_design_with_a_bad_row_or_beside_axes_is_rejected() {
        java.util.List<Parameter> one = java.util.List.of(Parameter.MEMBER_HOURS);
        assertThatThrownBy(() -> Sweep.over(BASE).design("d", one, java.util.List.of(new double[] {1, 2})))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("row 0");
        assertThatThrownBy(() -> Sweep.over(BASE).design("d", one, java.util.List.of(new double[] {-1})))
                .isInstanceOf(SimulationParameterException.class).hasMessageContaining("memberHoursPerWeek");
        assertThatThrownBy(() -> Sweep.over(BASE).vary(Parameter.MEMBER_HOURS, 1)
                .design("d", one, java.util.List.of(new double[] {1})))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void a_grid_of_more_than_a_hundred_thousand_points_is_refused_before_any_is_built() {
        double[] many = new double[300];
        for (int i = 0; i < many.length; i++) {
            many[i] = 0.5 * i / many.length;
        }
        Sweep.Builder grid = Sweep.over(Scenario.builder().name("grid").cohortSize(10).horizonWeeks(4).build())
                .vary(Parameter.ENVIRONMENT_INFLUENCE, many).vary(Parameter.INVOLVEMENT_GROWTH, many)
                .vary(Parameter.NETWORK_BREADTH, many);

        assertThatThrownBy(grid::build).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("at most 100000 points");
    }
    @Test
    void a_sweep_keeps_its_base_scenario_and_policies() {
        Sweep sweep = Sweep.over(BASE).policies(RoutePolicy.NEW, RoutePolicy.OLD).build();

        assertThat(sweep.base()).isEqualTo(BASE);
        assertThat(sweep.policies()).containsExactly(RoutePolicy.NEW, RoutePolicy.OLD);
        assertThat(Sweep.over(BASE).build().policies()).containsExactly(BASE.policy());
        assertThat(sweep.points().get(1)).hasToString("Point 1 OLD {}");
        assertThatThrownBy(() -> Sweep.over(BASE).policies()).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void a_design_name_is_one_line_of_at_most_four_thousand_characters_other_than_full_factorial() {
        java.util.List<Parameter> one = java.util.List.of(Parameter.MEMBER_HOURS);
        java.util.List<double[]> row = java.util.List.<double[]>of(new double[] {1});

        assertThat(Sweep.over(BASE).design("d".repeat(4000), one, row).build().design()).hasSize(4000);
        for (String bad : new String[] {"d".repeat(4001), " ", "a\nb", "a\rb", Sweep.FULL_FACTORIAL}) {
            assertThatThrownBy(() -> Sweep.over(BASE).design(bad, one, row))
                    .as(bad.length() > 10 ? "long" : bad).isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("one line");
        }
    }

    @Test
    void a_design_takes_no_axes_after_it_nor_a_second_design() {
        java.util.List<Parameter> one = java.util.List.of(Parameter.MEMBER_HOURS);
        java.util.List<double[]> row = java.util.List.<double[]>of(new double[] {1});

        assertThatThrownBy(() -> Sweep.over(BASE).design("d", one, row).vary(Parameter.NEED_DRIFT, 0))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("either axes");
        assertThatThrownBy(() -> Sweep.over(BASE).design("d", one, row).design("e", one, row))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("either axes");
    }

    @Test
    void a_design_needs_rows_and_distinct_parameters() {
        assertThatThrownBy(() -> Sweep.over(BASE).design("d", java.util.List.of(Parameter.MEMBER_HOURS),
                java.util.List.of())).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("one row");
        assertThatThrownBy(() -> Sweep.over(BASE).design("d", java.util.List.of(), java.util.List.of(new double[0])))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("distinct");
        assertThatThrownBy(() -> Sweep.over(BASE).design("d",
                java.util.List.of(Parameter.MEMBER_HOURS, Parameter.MEMBER_HOURS),
                java.util.List.<double[]>of(new double[] {1, 2})))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("distinct");
    }

    @Test
    void a_design_of_more_than_a_hundred_thousand_points_with_its_policies_is_refused() {
        java.util.List<double[]> rows = new java.util.ArrayList<>();
        for (int i = 0; i < Sweep.MAX_POINTS / 2; i++) {
            rows.add(new double[] {1});
        }
        Sweep.Builder three = Sweep.over(BASE).policies(RoutePolicy.OLD, RoutePolicy.NEW, RoutePolicy.DEAD_END)
                .design("d", java.util.List.of(Parameter.MEMBER_HOURS), rows);

        assertThatThrownBy(three::build).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("at most 100000 points");
    }
}
