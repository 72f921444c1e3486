package io.github.nieuweroute.sim;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.Test;

class SweepResultTest {

    private static final SweepResult RESULT = Simulator.builder().threads(2).build().sweep(
            Sweep.over(Scenario.builder().name("grid").cohortSize(40).horizonWeeks(4).replications(2).build())
                    .vary(Parameter.ENVIRONMENT_INFLUENCE, 0.2, 0.4)
                    .build(), 3);

    private interface CsvWriter {
        void write(Appendable out) throws IOException;
    }

    private static List<String> lines(CsvWriter writer) throws IOException {
        StringBuilder out = new StringBuilder();
        writer.write(out);
        return List.of(out.toString().split("\n"));
    }

    @Test
    void summary_csv_has_a_column_per_swept_parameter() throws IOException {
        List<String> lines = lines(RESULT::writeSummaryCsv);

        assertThat(lines.get(0)).isEqualTo("point,environmentInfluence,scenario,policy,route,metric,unit,"
                + "horizon_weeks,mean,ci95_lower,ci95_upper,replications");
        assertThat(lines).anySatisfy(l -> assertThat(l).startsWith("0,0.2,grid,old,all,acceptance,share,4,"));
        assertThat(lines).anySatisfy(l -> assertThat(l).startsWith("1,0.4,grid,old,all,acceptance,share,4,"));
        assertThat(lines).allSatisfy(l -> assertThat(l.split(",", -1)).hasSize(12));
    }

    @Test
    void time_series_csv_has_the_point_columns_before_the_series() throws IOException {
        List<String> lines = lines(RESULT::writeTimeSeriesCsv);

        assertThat(lines.get(0)).isEqualTo("point,environmentInfluence,scenario,policy,route,metric,unit,"
                + "week,mean,ci95_lower,ci95_upper,replications,cases");
        assertThat(lines).hasSize(1 + 2 * 2 * Metric.values().length * 4);
    }

    @Test
    void the_environment_weighs_in_acceptance_so_the_points_differ() {
        // old route: acceptance = (1 - env) * 0.6 + env * 0.5
        assertThat(RESULT.points().get(0).result().horizonMean(RouteGroup.ALL, Metric.ACCEPTANCE).mean())
                .isCloseTo(0.8 * 0.6 + 0.2 * 0.5, org.assertj.core.api.Assertions.within(1e-9));
        assertThat(RESULT.points().get(1).result().horizonMean(RouteGroup.ALL, Metric.ACCEPTANCE).mean())
                .isCloseTo(0.6 * 0.6 + 0.4 * 0.5, org.assertj.core.api.Assertions.within(1e-9));
        assertThat(RESULT.seed()).isEqualTo(3);
    }

    @Test
    void results_run_one_by_one_make_the_same_sweep_result() throws IOException {
        Simulator simulator = Simulator.builder().threads(1).build();
        List<SimulationResult> each = new java.util.ArrayList<>();
        for (Sweep.Point p : RESULT.sweep().points()) {
            each.add(simulator.run(p.scenario(), 3));
        }

        assertThat(lines(SweepResult.of(RESULT.sweep(), 3, each)::writeSummaryCsv))
                .isEqualTo(lines(RESULT::writeSummaryCsv));
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> SweepResult.of(RESULT.sweep(), 4, each))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("seed 4");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> SweepResult.of(RESULT.sweep(), 3,
                List.of(each.get(1), each.get(0)))).hasMessageContaining("Result 0");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> SweepResult.of(RESULT.sweep(), 3,
                each.subList(0, 1))).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("The sweep has 2 points but 1 results were given");
    }

    @Test
    void replications_csv_has_a_row_per_point_group_metric_and_replication() throws IOException {
        List<String> lines = lines(RESULT::writeReplicationsCsv);

        assertThat(lines.get(0)).isEqualTo("point,environmentInfluence,scenario,policy,route,metric,unit,"
                + "horizon_weeks,replication,value");
        assertThat(lines).hasSize(1 + 2 * 2 * Metric.values().length * 2);
        assertThat(lines).contains("1,0.4,grid,old,all,acceptance,share,4,1," + DecimalText.of(RESULT.points()
                .get(1).result().replicationMean(RouteGroup.ALL, Metric.ACCEPTANCE, 1)));
    }
}
