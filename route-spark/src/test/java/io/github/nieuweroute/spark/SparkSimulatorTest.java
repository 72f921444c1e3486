package io.github.nieuweroute.spark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.nieuweroute.design.Design;
import io.github.nieuweroute.design.Factor;
import io.github.nieuweroute.design.Morris;
import io.github.nieuweroute.design.Outputs;
import io.github.nieuweroute.sim.ChunkedRun;
import io.github.nieuweroute.sim.Metric;
import io.github.nieuweroute.sim.Parameter;
import io.github.nieuweroute.sim.RouteGroup;
import io.github.nieuweroute.sim.RoutePolicy;
import io.github.nieuweroute.sim.Scenario;
import io.github.nieuweroute.sim.SimulationResult;
import io.github.nieuweroute.sim.Simulator;
import io.github.nieuweroute.sim.Sweep;
import io.github.nieuweroute.sim.SweepResult;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class SparkSimulatorTest {

    /** Three chunks per replication (the last one short), cases entering over the first half of the horizon. */
    private static final Scenario BASE = Scenario.builder()
            .name("spark")
            .cohortSize(2 * ChunkedRun.chunkSize() + 300)
            .horizonWeeks(26)
            .intakeWeeks(13)
            .replications(3)
            .build();
    private static final Sweep SWEEP = Sweep.over(BASE)
            .policies(RoutePolicy.OLD, RoutePolicy.NEW)
            .vary(Parameter.ENVIRONMENT_INFLUENCE, 0.2, 0.6)
            .build();
    private static final long SEED = 42;

    private static SparkSession spark;

    @BeforeAll
    static void start() {
        spark = LocalSpark.start("SparkSimulatorTest");
    }

    @AfterAll
    static void stop() {
        spark.stop();
    }

    private static byte[] summary(SweepResult result) throws IOException {
        StringBuilder out = new StringBuilder();
        result.writeSummaryCsv(out);
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static String everything(SweepResult result) throws IOException {
        StringBuilder out = new StringBuilder();
        result.writeSummaryCsv(out);
        result.writeReplicationsCsv(out);
        result.writeTimeSeriesCsv(out);
        return out.toString();
    }

    @Test
    void a_sweep_on_local2_writes_the_local_simulators_summary_csv_byte_for_byte() throws IOException {
        SweepResult local = Simulator.builder().threads(2).build().sweep(SWEEP, SEED);
        SweepResult distributed = SparkSimulator.on(spark).build().sweep(SWEEP, SEED);

        assertThat(summary(distributed)).isEqualTo(summary(local));
        assertThat(everything(distributed)).isEqualTo(everything(local));
        assertThat(new String(summary(local), StandardCharsets.UTF_8)).contains(",new,").contains("0.6,");
    }

    @Test
    void one_chunk_per_task_and_tasks_that_cut_replications_give_the_same_bytes() throws IOException {
        String local = everything(Simulator.builder().threads(1).build().sweep(SWEEP, SEED));

        assertThat(everything(SparkSimulator.on(spark).chunksPerTask(1).build().sweep(SWEEP, SEED)))
                .isEqualTo(local);
        assertThat(everything(SparkSimulator.on(spark).chunksPerTask(2).build().sweep(SWEEP, SEED)))
                .isEqualTo(local);
    }

    @Test
    void another_seed_gives_other_numbers() throws IOException {
        SparkSimulator simulator = SparkSimulator.on(spark).build();

        assertThat(summary(simulator.sweep(SWEEP, SEED + 1))).isNotEqualTo(summary(simulator.sweep(SWEEP, SEED)));
    }

    @Test
    void a_single_scenario_runs_as_locally() throws IOException {
        Scenario transition = BASE.withPolicy(RoutePolicy.TRANSITION_FROM_DEAD_END).withParameter(
                Parameter.TRANSITION_WEEKS, 10);
        SimulationResult local = Simulator.builder().threads(2).build().run(transition, 5);
        SimulationResult distributed = SparkSimulator.on(spark).tasksPerCore(3).build().run(transition, 5);

        StringBuilder a = new StringBuilder();
        local.writeTimeSeriesCsv(a);
        StringBuilder b = new StringBuilder();
        distributed.writeTimeSeriesCsv(b);
        assertThat(b.toString()).isEqualTo(a.toString());
        assertThat(distributed.horizonMean(RouteGroup.ALL, Metric.PROFESSIONAL_HOURS).mean())
                .isEqualTo(local.horizonMean(RouteGroup.ALL, Metric.PROFESSIONAL_HOURS).mean());
    }

    @Test
    void a_morris_design_on_spark_gives_the_local_elementary_effects() {
        Scenario small = BASE.toBuilder().cohortSize(300).replications(2).build();
        Design design = Morris.design(List.of(Factor.of(Parameter.ENVIRONMENT_INFLUENCE.key(), 0.2, 0.6),
                Factor.of(Parameter.INVOLVEMENT_GROWTH.key(), 0.01, 0.05)), 3, 4, 7);
        Sweep sweep = design.toSweep(small, RoutePolicy.NEW);

        double[] local = Outputs.horizonMeans(Simulator.builder().threads(2).build().sweep(sweep, SEED),
                RoutePolicy.NEW, RouteGroup.ALL, Metric.PROFESSIONAL_HOURS);
        double[] distributed = Outputs.horizonMeans(SparkSimulator.on(spark).build().sweep(sweep, SEED),
                RoutePolicy.NEW, RouteGroup.ALL, Metric.PROFESSIONAL_HOURS);

        assertThat(distributed).isEqualTo(local);
        assertThat(Morris.analyse(design, distributed, 50, 3).effects().toString())
                .isEqualTo(Morris.analyse(design, local, 50, 3).effects().toString());
    }

    @Test
    void a_task_size_below_one_is_rejected() {
        assertThatThrownBy(() -> SparkSimulator.on(spark).chunksPerTask(0))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("at least 1");
        assertThatThrownBy(() -> SparkSimulator.on(spark).tasksPerCore(0))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("[1, 1000]");
    }
}
