package io.github.nieuweroute.design;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class DesignTest {

    @Test
    void a_latin_hypercube_puts_exactly_one_row_in_every_slice_of_every_factor() {
        Design d = Design.latinHypercube(TestFunctions.unitFactors(4), 64, 7);

        assertThat(d.size()).isEqualTo(64);
        for (int a = 0; a < 4; a++) {
            Set<Integer> slices = new HashSet<>();
            for (int row = 0; row < 64; row++) {
                slices.add((int) Math.floor(d.unitRow(row)[a] * 64));
            }
            assertThat(slices).hasSize(64);
        }
        assertThat(Design.latinHypercube(TestFunctions.unitFactors(4), 64, 7).rows()).usingRecursiveComparison()
                .isEqualTo(d.rows());
        assertThat(Design.latinHypercube(TestFunctions.unitFactors(4), 64, 8).unitRow(0))
                .isNotEqualTo(d.unitRow(0));
        assertThat(d.description()).startsWith("latin-hypercube samples=64 seed=7 x1=[0,1]");
    }

    @Test
    void a_full_factorial_design_is_every_combination_of_equally_spaced_levels() {
        Design d = Design.fullFactorial(List.of(Factor.of("a", 0, 1), Factor.of("b", 10, 20)), 3);

        assertThat(d.size()).isEqualTo(9);
        assertThat(d.row(0)).containsExactly(0, 10);
        assertThat(d.row(1)).containsExactly(0, 15);
        assertThat(d.row(5)).containsExactly(0.5, 20);
        assertThat(d.row(8)).containsExactly(1, 20);
    }

    @Test
    void a_factor_maps_the_unit_interval_onto_its_range_and_whole_numbers_get_equal_shares() {
        Factor f = Factor.of("x", 2, 4);
        Factor w = Factor.wholeNumbers("n", 1, 4);

        assertThat(f.scale(0.25)).isEqualTo(2.5);
        assertThat(f.scale(1)).isEqualTo(4);
        assertThat(w.scale(0)).isEqualTo(1);
        assertThat(w.scale(0.2499)).isEqualTo(1);
        assertThat(w.scale(0.25)).isEqualTo(2);
        assertThat(w.scale(1)).isEqualTo(4);
        assertThatThrownBy(() -> f.scale(1.5)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Factor.of("x", 3, 3)).hasMessageContaining("low < high");
        assertThatThrownBy(() -> Factor.wholeNumbers("n", 0.5, 3)).hasMessageContaining("whole");
    }

    @Test
    void factors_must_have_distinct_names() {
        assertThatThrownBy(() -> Design.latinHypercube(List.of(Factor.of("a", 0, 1), Factor.of("a", 0, 2)), 4, 1))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("'a' is given twice");
    }
}
