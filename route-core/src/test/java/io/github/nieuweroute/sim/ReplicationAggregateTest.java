package io.github.nieuweroute.sim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.github.nieuweroute.route.Route;
import org.junit.jupiter.api.Test;

/**
 * Three replications of two weeks, filled by hand, so that every mean, interval and count can be worked out on paper.
 * Per replication r (x = 1, 2, 3): week 0 has two old-route cases whose need sums to 2x hours and one new-route case
 * of 10 hours; week 1 has one old-route case of 5 hours except in the first replication, which has none. The cost
 * metric holds other numbers, so that a mix-up of metrics shows.
 */
class ReplicationAggregateTest {

    private static final double T2 = 4.303;
    private static final double T1 = 12.706;
    private static final double EPS = 1e-12;

    private static ReplicationAggregate aggregate() {
        ReplicationAggregate aggregate = new ReplicationAggregate(2, 3);
        for (int r = 0; r < 3; r++) {
            double x = r + 1;
            ChunkAccumulator total = new ChunkAccumulator(2);
            put(total, Route.OLD, 0, 2, 2 * x, 100);
            put(total, Route.NEW, 0, 1, 10, 7);
            if (r > 0) {
                put(total, Route.OLD, 1, 1, 5, 50);
            }
            aggregate.add(total);
        }
        return aggregate;
    }

    private static void put(ChunkAccumulator total, Route route, int week, long cases, double need, double cost) {
        int cell = route.ordinal() * total.weeks + week;
        total.counts[cell] = cases;
        total.sums[cell * ChunkAccumulator.METRICS + Metric.NEED_HOURS.ordinal()] = need;
        total.sums[cell * ChunkAccumulator.METRICS + Metric.COST.ordinal()] = cost;
    }

    @Test
    void a_weekly_estimate_is_the_mean_and_t_interval_of_the_replications_weekly_means() {
        // old route, week 0: replication means 1, 2, 3: mean 2, sd 1
        Estimate e = aggregate().weekly(RouteGroup.OLD, Metric.NEED_HOURS, 0);

        assertThat(e.replications()).isEqualTo(3);
        assertThat(e.mean()).isCloseTo(2, within(EPS));
        assertThat(e.lower()).isCloseTo(2 - T2 / Math.sqrt(3), within(EPS));
        assertThat(e.upper()).isCloseTo(2 + T2 / Math.sqrt(3), within(EPS));
    }

    @Test
    void the_all_group_pools_the_cases_of_every_route_before_averaging() {
        // replication means (2x + 10) / 3 = 4, 14/3, 16/3: mean 14/3, sd 2/3
        Estimate e = aggregate().weekly(RouteGroup.ALL, Metric.NEED_HOURS, 0);

        assertThat(e.mean()).isCloseTo(14.0 / 3, within(EPS));
        assertThat(e.upper() - e.mean()).isCloseTo(T2 * (2.0 / 3) / Math.sqrt(3), within(EPS));
        assertThat(aggregate().weekly(RouteGroup.ALL, Metric.COST, 0).mean()).isCloseTo(107.0 / 3, within(EPS));
    }

    @Test
    void a_replication_without_cases_in_a_week_is_left_out_of_that_weeks_estimate() {
        ReplicationAggregate aggregate = aggregate();
        Estimate e = aggregate.weekly(RouteGroup.OLD, Metric.NEED_HOURS, 1);

        assertThat(e.replications()).isEqualTo(2);
        assertThat(e.mean()).isEqualTo(5);
        assertThat(e.lower()).isEqualTo(5);
        assertThat(e.upper()).isEqualTo(5);
        assertThat(aggregate.weekly(RouteGroup.NEW, Metric.NEED_HOURS, 1).mean()).isNaN();
        assertThat(aggregate.weekly(RouteGroup.DEAD_END, Metric.NEED_HOURS, 0).replications()).isZero();
    }

    @Test
    void cases_are_averaged_over_every_replication_even_those_without_any() {
        ReplicationAggregate aggregate = aggregate();

        assertThat(aggregate.meanCases(RouteGroup.OLD, 0)).isEqualTo(2);
        assertThat(aggregate.meanCases(RouteGroup.OLD, 1)).isCloseTo(2.0 / 3, within(EPS));
        assertThat(aggregate.meanCases(RouteGroup.ALL, 0)).isEqualTo(3);
        assertThat(aggregate.meanCases(RouteGroup.NEW, 1)).isZero();
    }

    @Test
    void a_replications_horizon_mean_is_the_mean_over_its_case_weeks() {
        ReplicationAggregate aggregate = aggregate();

        // replication 0: 2 old cases of 2 hours in all; replication 1: (4 + 5) hours over 3 case-weeks
        assertThat(aggregate.replicationMean(RouteGroup.OLD, Metric.NEED_HOURS, 0)).isCloseTo(1, within(EPS));
        assertThat(aggregate.replicationMean(RouteGroup.OLD, Metric.NEED_HOURS, 1)).isCloseTo(3, within(EPS));
        assertThat(aggregate.replicationMean(RouteGroup.OLD, Metric.COST, 2)).isCloseTo(150.0 / 3, within(EPS));
        // all routes, replication 2: (6 + 10 + 5) hours over 4 case-weeks
        assertThat(aggregate.replicationMean(RouteGroup.ALL, Metric.NEED_HOURS, 2)).isCloseTo(21.0 / 4, within(EPS));
        assertThat(aggregate.replicationMean(RouteGroup.DEAD_END, Metric.NEED_HOURS, 0)).isNaN();
    }

    @Test
    void the_horizon_estimate_is_the_t_interval_of_the_replications_horizon_means() {
        // old route: 1, 3, 11/3: mean 23/9
        Estimate e = aggregate().overHorizon(RouteGroup.OLD, Metric.NEED_HOURS);
        double[] xs = {1, 3, 11.0 / 3};
        double mean = (xs[0] + xs[1] + xs[2]) / 3;
        double ss = 0;
        for (double x : xs) {
            ss += (x - mean) * (x - mean);
        }

        assertThat(e.replications()).isEqualTo(3);
        assertThat(e.mean()).isCloseTo(23.0 / 9, within(EPS));
        assertThat(e.upper()).isCloseTo(mean + T2 * Math.sqrt(ss / 2) / Math.sqrt(3), within(1e-9));
        assertThat(e.lower()).isCloseTo(mean - T2 * Math.sqrt(ss / 2) / Math.sqrt(3), within(1e-9));
    }

    @Test
    void replications_without_any_case_of_a_group_are_left_out_of_its_horizon_estimate() {
        ReplicationAggregate aggregate = new ReplicationAggregate(1, 3);
        for (int r = 0; r < 3; r++) {
            ChunkAccumulator total = new ChunkAccumulator(1);
            if (r != 1) {
                put(total, Route.NEW, 0, 1, 4 * r, 0);
            }
            aggregate.add(total);
        }
        // replications 0 and 2: 0 and 8 hours
        Estimate e = aggregate.overHorizon(RouteGroup.NEW, Metric.NEED_HOURS);

        assertThat(e.replications()).isEqualTo(2);
        assertThat(e.mean()).isEqualTo(4);
        assertThat(e.upper()).isCloseTo(4 + T1 * Math.sqrt(32) / Math.sqrt(2), within(1e-9));
        assertThat(aggregate.overHorizon(RouteGroup.DEAD_END, Metric.NEED_HOURS).mean()).isNaN();
    }
}
