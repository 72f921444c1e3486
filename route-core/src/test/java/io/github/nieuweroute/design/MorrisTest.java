package io.github.nieuweroute.design;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

class MorrisTest {

    @Test
    void a_linear_function_has_its_coefficients_as_effects_and_no_spread() {
        // f = 3 x1 - 2 x2 + 0 x3 over x1 in [0, 2], x2, x3 in [0, 1]: per whole range, 6, -2 and 0
        List<Factor> factors = List.of(Factor.of("x1", 0, 2), Factor.of("x2", 0, 1), Factor.of("x3", 0, 1));
        Design d = Morris.design(factors, 20, 4, 3);
        Morris.Result r = Morris.analyse(d, TestFunctions.evaluate(d, x -> 3 * x[0] - 2 * x[1]), 100, 1);

        assertThat(r.effects("x1").mu()).isCloseTo(6, within(1e-9));
        assertThat(r.effects("x1").muStar()).isCloseTo(6, within(1e-9));
        assertThat(r.effects("x2").mu()).isCloseTo(-2, within(1e-9));
        assertThat(r.effects("x2").muStar()).isCloseTo(2, within(1e-9));
        assertThat(r.effects("x3").muStar()).isZero();
        assertThat(r.effects("x1").sigma()).isCloseTo(0, within(1e-9));
        assertThat(r.effects("x1").muStarLower()).isCloseTo(6, within(1e-9));
    }

    @Test
    void the_g_function_ranks_its_factors_by_importance_as_sobol_does() {
        double[] a = {0, 1, 4.5, 9, 99};
        Design d = Morris.design(TestFunctions.unitFactors(a.length), 200, 4, 5);
        Morris.Result r = Morris.analyse(d, TestFunctions.evaluate(d, TestFunctions.gFunction(a)), 500, 1);

        for (int i = 0; i + 1 < a.length; i++) {
            Morris.Effects more = r.effects().get(i);
            Morris.Effects less = r.effects().get(i + 1);
            assertThat(more.muStar()).as("%s above %s", more, less).isGreaterThan(less.muStar());
            assertThat(more.muStarLower()).isLessThanOrEqualTo(more.muStar());
            assertThat(more.muStarUpper()).isGreaterThanOrEqualTo(more.muStar());
        }
        // the g-function is symmetric about 1/2 in each factor, so effects cancel in mu but not in mu*
        assertThat(Math.abs(r.effects("x1").mu())).isLessThan(r.effects("x1").muStar() / 3);
        assertThat(r.effects("x1").sigma()).isGreaterThan(0.5);
    }

    @Test
    void the_ishigami_function_shows_x3_only_through_its_interaction() {
        // x3 acts only with x1 (b x3^4 sin x1): mu near 0, mu* and sigma large
        Design d = Morris.design(TestFunctions.ISHIGAMI_FACTORS, 500, 4, 9);
        Morris.Result r = Morris.analyse(d, TestFunctions.evaluate(d, TestFunctions::ishigami), 200, 1);

        Morris.Effects x3 = r.effects("x3");
        assertThat(Math.abs(x3.mu())).isLessThan(x3.muStar() / 4);
        assertThat(x3.sigma()).isGreaterThan(x3.muStar());
    }

    @Test
    void a_trajectory_moves_one_factor_at_a_time_by_delta_on_the_grid() {
        Design d = Morris.design(TestFunctions.unitFactors(3), 10, 4, 7);
        double delta = 4.0 / (2 * 3);

        assertThat(d.size()).isEqualTo(40);
        for (int t = 0; t < 10; t++) {
            boolean[] moved = new boolean[3];
            for (int s = 0; s < 3; s++) {
                double[] before = d.unitRow(t * 4 + s);
                double[] after = d.unitRow(t * 4 + s + 1);
                int changed = 0;
                for (int i = 0; i < 3; i++) {
                    if (before[i] != after[i]) {
                        changed++;
                        moved[i] = true;
                        assertThat(Math.abs(after[i] - before[i])).isCloseTo(delta, within(1e-12));
                    }
                }
                assertThat(changed).isEqualTo(1);
            }
            assertThat(moved).containsOnly(true);
        }
        assertThat(Morris.design(TestFunctions.unitFactors(3), 10, 4, 7).rows()).usingRecursiveComparison()
                .isEqualTo(d.rows());
    }

    @Test
    void odd_levels_and_wrong_designs_are_refused() {
        assertThatThrownBy(() -> Morris.design(TestFunctions.unitFactors(2), 10, 5, 1))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("even");
        Design sobol = Sobol.design(TestFunctions.unitFactors(2), 4, 1);
        assertThatThrownBy(() -> Morris.analyse(sobol, new double[16], 0, 1)).hasMessageContaining("sobol");
    }
}
