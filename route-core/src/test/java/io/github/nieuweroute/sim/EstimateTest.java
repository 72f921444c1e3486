package io.github.nieuweroute.sim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class EstimateTest {

    @Test
    void interval_is_the_t_interval_of_the_replication_means() {
        // values 1, 2, 3: mean 2, M2 2, sd 1, t(0.975, 2) = 4.303
        Estimate e = Estimate.of(3, 2, 2);

        assertThat(e.mean()).isEqualTo(2);
        assertThat(e.lower()).isCloseTo(2 - 4.303 / Math.sqrt(3), within(1e-12));
        assertThat(e.upper()).isCloseTo(2 + 4.303 / Math.sqrt(3), within(1e-12));
        assertThat(e.replications()).isEqualTo(3);
    }

    @Test
    void one_replication_has_a_mean_but_no_interval_and_none_has_neither() {
        assertThat(Estimate.of(1, 5, 0).mean()).isEqualTo(5);
        assertThat(Estimate.of(1, 5, 0).lower()).isNaN();
        assertThat(Estimate.of(0, 0, 0).mean()).isNaN();
    }

    @Test
    void a_sum_of_squares_rounded_below_zero_gives_an_interval_of_no_width_not_nan() {
        Estimate e = Estimate.of(2, 5, -1e-15);

        assertThat(e.lower()).isEqualTo(5);
        assertThat(e.upper()).isEqualTo(5);
    }
    @Test
    void an_estimate_reads_as_its_mean_interval_and_replications() {
        assertThat(Estimate.of(1, 5, 0)).hasToString("5.0 [NaN, NaN] (n=1)");
    }
}
