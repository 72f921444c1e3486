package io.github.nieuweroute.sim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CancellationException;
import org.junit.jupiter.api.Test;

class SimulatorTest {

    /** Five chunks per replication, cases entering over the horizon, a transition: every code path of a run. */
    private static final Scenario TRANSITION = Scenario.builder()
            .name("determinism")
            .policy(RoutePolicy.TRANSITION_FROM_DEAD_END)
            .parameters(Parameters.defaults().with(Parameter.TRANSITION_WEEKS, 60))
            .cohortSize(5 * CaseModel.CHUNK_SIZE - 100)
            .horizonWeeks(80)
            .intakeWeeks(60)
            .replications(3)
            .build();

    private static String csv(SimulationResult result) throws IOException {
        StringBuilder out = new StringBuilder();
        result.writeTimeSeriesCsv(out);
        result.writeSummaryCsv(out);
        return out.toString();
    }

    private static SimulationResult run(int threads, Scenario scenario, long seed) {
        return Simulator.builder().threads(threads).build().run(scenario, seed);
    }

    /** A simulator that cancels its run at the first progress report, recording the cases done it reports. */
    private static Simulator cancelledAtFirstProgress(int threads, List<Long> seen) {
        Cancellation cancellation = new Cancellation();
        return Simulator.builder().threads(threads).cancellation(cancellation)
                .progressListener(p -> {
                    seen.add(p.casesDone());
                    cancellation.cancel();
                })
                .build();
    }

    @Test
    void same_seed_gives_identical_numbers_on_one_two_and_four_threads() throws IOException {
        String one = csv(run(1, TRANSITION, 7));
        String two = csv(run(2, TRANSITION, 7));
        String four = csv(run(4, TRANSITION, 7));

        assertThat(two).isEqualTo(one);
        assertThat(four).isEqualTo(one);
        assertThat(one).contains(",new,").contains(",dead-end,");
    }

    @Test
    void same_seed_gives_identical_numbers_when_run_twice() throws IOException {
        assertThat(csv(run(2, TRANSITION, 11))).isEqualTo(csv(run(2, TRANSITION, 11)));
    }

    @Test
    void building_every_plan_decision_anew_gives_the_same_numbers_as_reusing_identical_ones() throws IOException {
        Scenario everyQuarter = TRANSITION.withParameter(Parameter.PLAN_PERIOD, 13);
        String reused = csv(run(2, everyQuarter, 13));
        String built = csv(Simulator.builder().threads(2).reusePlanDecisions(false).build().run(everyQuarter, 13));

        assertThat(built).isEqualTo(reused);
    }

    @Test
    void another_seed_gives_other_numbers() {
        double a = run(2, TRANSITION, 1).horizonMean(RouteGroup.ALL, Metric.PROFESSIONAL_HOURS).mean();
        double b = run(2, TRANSITION, 2).horizonMean(RouteGroup.ALL, Metric.PROFESSIONAL_HOURS).mean();

        assertThat(a).isNotEqualTo(b);
    }

    @Test
    void replications_draw_different_cases_so_the_interval_has_width() {
        Estimate e = run(2, TRANSITION, 3).horizonMean(RouteGroup.ALL, Metric.NEED_HOURS);

        assertThat(e.replications()).isEqualTo(3);
        assertThat(e.lower()).isLessThan(e.mean());
        assertThat(e.upper()).isGreaterThan(e.mean());
    }

    @Test
    void progress_grows_until_every_case_of_every_replication_is_done() {
        List<Long> seen = new ArrayList<>();
        Simulator simulator = Simulator.builder().threads(2).progressListener(p -> seen.add(p.casesDone())).build();

        simulator.run(TRANSITION, 5);

        assertThat(seen).isSorted().doesNotHaveDuplicates();
        assertThat(seen.get(seen.size() - 1)).isEqualTo(3L * TRANSITION.cohortSize());
    }

    @Test
    void progress_names_the_scenario_and_counts_towards_every_case_of_every_replication() {
        List<Progress> seen = new ArrayList<>();
        Simulator.builder().threads(1).progressListener(seen::add).build().run(TRANSITION, 5);

        Progress last = seen.get(seen.size() - 1);
        assertThat(seen).allSatisfy(p -> {
            assertThat(p.scenario()).isEqualTo("determinism");
            assertThat(p.casesTotal()).isEqualTo(3L * TRANSITION.cohortSize());
            assertThat(p.fraction()).isEqualTo((double) p.casesDone() / p.casesTotal());
        });
        assertThat(seen.get(0).fraction()).isGreaterThan(0).isLessThan(1);
        assertThat(last.fraction()).isEqualTo(1);
        assertThat(last).hasToString("determinism: " + last.casesTotal() + "/" + last.casesTotal());
    }

    @Test
    void a_cancelled_run_throws_and_stops_early() {
        List<Long> seen = new ArrayList<>();
        Simulator simulator = cancelledAtFirstProgress(2, seen);

        assertThatThrownBy(() -> simulator.run(TRANSITION, 5))
                .isInstanceOf(CancellationException.class)
                .hasMessageContaining("determinism");
        assertThat(seen.get(seen.size() - 1)).isLessThan(3L * TRANSITION.cohortSize());
    }

    @Test
    void a_failing_listener_fails_the_run_with_its_exception() {
        Simulator simulator = Simulator.builder().threads(2).progressListener(p -> {
            throw new IllegalStateException("listener broke");
        }).build();

        assertThatThrownBy(() -> simulator.run(TRANSITION, 5)).isInstanceOf(IllegalStateException.class)
                .hasMessage("listener broke");
    }

    @Test
    void thread_count_outside_its_range_is_rejected_naming_it() {
        assertThatThrownBy(() -> Simulator.builder().threads(0))
                .isInstanceOfSatisfying(SimulationParameterException.class, e -> {
                    assertThat(e.parameter()).isEqualTo("threads");
                    assertThat(e.allowedRange()).isEqualTo("whole number in [1, 1024]");
                });
    }

    @Test
    void sweep_runs_every_point_with_the_same_seed() {
        Scenario base = Scenario.builder().cohortSize(300).horizonWeeks(20).replications(2).build();
        Sweep sweep = Sweep.over(base).policies(RoutePolicy.OLD, RoutePolicy.NEW)
                .vary(Parameter.INVOLVEMENT_GROWTH, 0.01, 0.08).build();
        Simulator simulator = Simulator.builder().threads(2).build();

        SweepResult result = simulator.sweep(sweep, 9);

        assertThat(result.points()).hasSize(4);
        assertThat(result.points().get(3).result().horizonMean(RouteGroup.ALL, Metric.OWNERSHIP).mean())
                .isEqualTo(simulator.run(sweep.points().get(3).scenario(), 9)
                        .horizonMean(RouteGroup.ALL, Metric.OWNERSHIP).mean());
    }
    @Test
    void from_one_to_1024_threads_are_accepted() {
        assertThat(Simulator.builder().threads(1).build().threads()).isEqualTo(1);
        assertThat(Simulator.builder().threads(1024).build().threads()).isEqualTo(1024);
        assertThatThrownBy(() -> Simulator.builder().threads(1025)).isInstanceOf(SimulationParameterException.class);
    }

    @Test
    void a_cancelled_run_says_how_many_cases_of_how_many_were_done() {
        List<Long> seen = new ArrayList<>();
        Simulator simulator = cancelledAtFirstProgress(1, seen);

        assertThatThrownBy(() -> simulator.run(TRANSITION, 5)).isInstanceOf(CancellationException.class)
                .hasMessage("Simulation of scenario 'determinism' was cancelled after " + seen.get(seen.size() - 1) + " of "
                        + 3L * TRANSITION.cohortSize() + " cases");
    }
}
