package io.github.nieuweroute.sim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class StudentTTest {

    @Test
    void small_degrees_of_freedom_come_from_the_table() {
        assertThat(StudentT.quantile975(1)).isEqualTo(12.706);
        assertThat(StudentT.quantile975(30)).isEqualTo(2.042);
    }

    @Test
    void large_degrees_of_freedom_follow_the_expansion_towards_the_normal_quantile() {
        assertThat(StudentT.quantile975(40)).isCloseTo(2.021, within(0.001));
        assertThat(StudentT.quantile975(120)).isCloseTo(1.980, within(0.001));
        assertThat(StudentT.quantile975(100_000)).isCloseTo(1.960, within(0.001));
    }

    @Test
    void the_expansion_takes_over_right_after_the_table_and_meets_it() {
        assertThat(StudentT.quantile975(31)).isCloseTo(2.040, within(0.001)).isLessThan(2.042);
    }
    @Test
    void beyond_the_table_the_quantile_is_the_two_term_cornish_fisher_series() {
        double z = 1.959964;
        for (int df : new int[] {31, 45, 200}) {
            double expected = z + (Math.pow(z, 3) + z) / (4.0 * df)
                    + (5 * Math.pow(z, 5) + 16 * Math.pow(z, 3) + 3 * z) / (96.0 * df * df);
            assertThat(StudentT.quantile975(df)).as("df %d", df).isCloseTo(expected, within(1e-12));
        }
    }
}
