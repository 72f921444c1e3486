package io.github.nieuweroute.design;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

class SobolTest {

    private static final Design ISHIGAMI = Sobol.design(TestFunctions.ISHIGAMI_FACTORS, 20_000, 2026);
    private static final Sobol.Result ISHIGAMI_INDICES = Sobol.analyse(ISHIGAMI,
            TestFunctions.evaluate(ISHIGAMI, TestFunctions::ishigami), 500, 1);

    @Test
    void the_ishigami_indices_are_the_published_values() {
        // a = 7, b = 0.1: S1 = 0.314, S2 = 0.442, S3 = 0, ST1 = 0.558, ST2 = 0.442, ST3 = 0.244
        double[] first = TestFunctions.ishigamiFirst();
        double[] total = TestFunctions.ishigamiTotal();
        assertThat(first).containsExactly(new double[] {0.314, 0.442, 0}, within(0.0005));
        assertThat(total).containsExactly(new double[] {0.558, 0.442, 0.244}, within(0.0005));
    }

    @Test
    void the_ishigami_indices_lie_within_their_bootstrap_intervals() {
        double[] first = TestFunctions.ishigamiFirst();
        double[] total = TestFunctions.ishigamiTotal();
        for (int i = 0; i < 3; i++) {
            Sobol.Index index = ISHIGAMI_INDICES.indices().get(i);
            assertThat(first[i]).as("S%d %s", i + 1, index).isBetween(index.firstLower(), index.firstUpper());
            assertThat(total[i]).as("ST%d %s", i + 1, index).isBetween(index.totalLower(), index.totalUpper());
            assertThat(index.first()).as("S%d", i + 1).isCloseTo(first[i], within(0.03));
            assertThat(index.total()).as("ST%d", i + 1).isCloseTo(total[i], within(0.03));
            assertThat(index.firstUpper() - index.firstLower()).isLessThan(0.1);
        }
    }

    @Test
    void the_g_function_indices_lie_within_their_bootstrap_intervals() {
        double[] a = {0, 1, 4.5, 9, 99};
        List<Factor> factors = TestFunctions.unitFactors(a.length);
        Design design = Sobol.design(factors, 10_000, 2026);
        Sobol.Result result = Sobol.analyse(design, TestFunctions.evaluate(design, TestFunctions.gFunction(a)),
                500, 2);
        double[][] exact = TestFunctions.gIndices(a);

        for (int i = 0; i < a.length; i++) {
            Sobol.Index index = result.indices().get(i);
            assertThat(exact[0][i]).as("S%d %s", i + 1, index).isBetween(index.firstLower(), index.firstUpper());
            assertThat(exact[1][i]).as("ST%d %s", i + 1, index).isBetween(index.totalLower(), index.totalUpper());
        }
        // the important factors come out in the order of a
        assertThat(result.index("x1").total()).isGreaterThan(result.index("x2").total());
        assertThat(result.index("x2").total()).isGreaterThan(result.index("x3").total());
    }

    @Test
    void bootstrap_intervals_cover_the_true_indices_about_as_often_as_they_claim() {
        // 20 seeds x 6 Ishigami indices: a 95% interval should miss about 6 of 120
        double[] first = TestFunctions.ishigamiFirst();
        double[] total = TestFunctions.ishigamiTotal();
        int covered = 0;
        for (int seed = 0; seed < 20; seed++) {
            Design d = Sobol.design(TestFunctions.ISHIGAMI_FACTORS, 2_000, seed);
            Sobol.Result r = Sobol.analyse(d, TestFunctions.evaluate(d, TestFunctions::ishigami), 200, seed);
            for (int i = 0; i < 3; i++) {
                Sobol.Index index = r.indices().get(i);
                covered += first[i] >= index.firstLower() && first[i] <= index.firstUpper() ? 1 : 0;
                covered += total[i] >= index.totalLower() && total[i] <= index.totalUpper() ? 1 : 0;
            }
        }
        assertThat(covered).isGreaterThanOrEqualTo(102);
    }

    @Test
    void g_function_intervals_cover_the_true_indices_about_as_often_as_they_claim() {
        // 30 seeds x 10 indices: a 95% interval should miss about 15 of 300 (standard deviation about 4)
        double[] a = {0, 1, 4.5, 9, 99};
        double[][] exact = TestFunctions.gIndices(a);
        int covered = 0;
        for (int seed = 0; seed < 30; seed++) {
            Design d = Sobol.design(TestFunctions.unitFactors(a.length), 2_000, seed);
            Sobol.Result r = Sobol.analyse(d, TestFunctions.evaluate(d, TestFunctions.gFunction(a)), 200, seed);
            for (int i = 0; i < a.length; i++) {
                Sobol.Index index = r.indices().get(i);
                covered += exact[0][i] >= index.firstLower() && exact[0][i] <= index.firstUpper() ? 1 : 0;
                covered += exact[1][i] >= index.totalLower() && exact[1][i] <= index.totalUpper() ? 1 : 0;
            }
        }
        assertThat(covered).isGreaterThanOrEqualTo(270);
    }

    @Test
    void the_design_is_a_then_b_then_a_with_one_column_of_b_and_the_same_for_a_seed() {
        Design d = Sobol.design(TestFunctions.unitFactors(2), 4, 5);

        assertThat(d.size()).isEqualTo(16);
        for (int j = 0; j < 4; j++) {
            assertThat(d.unitRow(8 + j)).containsExactly(d.unitRow(4 + j)[0], d.unitRow(j)[1]);
            assertThat(d.unitRow(12 + j)).containsExactly(d.unitRow(j)[0], d.unitRow(4 + j)[1]);
        }
        assertThat(Sobol.design(TestFunctions.unitFactors(2), 4, 5).rows()).usingRecursiveComparison()
                .isEqualTo(d.rows());
        assertThat(d.description()).isEqualTo("sobol base-samples=4 seed=5 x1=[0,1] x2=[0,1]");
    }

    @Test
    void the_analysis_is_the_same_for_a_seed() {
        double[] y = TestFunctions.evaluate(ISHIGAMI, TestFunctions::ishigami);
        Sobol.Result again = Sobol.analyse(ISHIGAMI, y, 500, 1);

        assertThat(again.indices().toString()).isEqualTo(ISHIGAMI_INDICES.indices().toString());
    }

    @Test
    void outputs_that_do_not_fit_the_design_are_refused() {
        assertThatThrownBy(() -> Sobol.analyse(ISHIGAMI, new double[3], 0, 1))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("rows");
        double[] y = new double[ISHIGAMI.size()];
        y[7] = Double.NaN;
        assertThatThrownBy(() -> Sobol.analyse(ISHIGAMI, y, 0, 1)).hasMessageContaining("Output 7");
        Design lhs = Design.latinHypercube(TestFunctions.unitFactors(2), 10, 1);
        assertThatThrownBy(() -> Sobol.analyse(lhs, new double[10], 0, 1)).hasMessageContaining("latin-hypercube");
    }

    @Test
    void a_constant_output_has_no_indices() {
        Design d = Sobol.design(TestFunctions.unitFactors(2), 10, 1);
        double[] y = new double[d.size()];
        java.util.Arrays.fill(y, 0.1);   // whose mean over 20 rows is not exactly 0.1 in binary
        Sobol.Result r = Sobol.analyse(d, y, 10, 1);

        assertThat(r.index("x1").first()).isNaN();
        assertThat(r.variance()).isZero();
    }
}
