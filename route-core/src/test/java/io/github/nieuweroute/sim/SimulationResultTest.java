package io.github.nieuweroute.sim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.Test;

class SimulationResultTest {

    private static final SimulationResult RESULT = Simulator.builder().threads(1).build().run(Scenario.builder()
            .name("csv").policy(RoutePolicy.NEW).cohortSize(50).horizonWeeks(6).replications(2).build(), 1);

    private static List<String> lines(String csv) {
        return List.of(csv.split("\n"));
    }

    @Test
    void time_series_csv_is_long_format_with_a_unit_column_and_one_row_per_group_metric_and_week()
            throws IOException {
        StringBuilder out = new StringBuilder();
        RESULT.writeTimeSeriesCsv(out);
        List<String> lines = lines(out.toString());

        assertThat(lines.get(0)).isEqualTo(
                "scenario,policy,route,metric,unit,week,mean,ci95_lower,ci95_upper,replications,cases");
        int groups = (int) java.util.Arrays.stream(RouteGroup.values()).filter(RESULT::hasCases).count();
        assertThat(lines).hasSize(1 + groups * Metric.values().length * 6);
        assertThat(lines).allSatisfy(l -> assertThat(l.split(",", -1)).hasSize(11));
        assertThat(lines).anySatisfy(l -> assertThat(l).startsWith("csv,new,all,professionalHours,hours/week,0,"));
        assertThat(lines).anySatisfy(l -> assertThat(l).startsWith("csv,new,new,cost,euro/week,5,"));
    }

    @Test
    void a_csv_value_is_the_value_the_api_gives() throws IOException {
        StringBuilder out = new StringBuilder();
        RESULT.writeTimeSeriesCsv(out);
        Estimate e = RESULT.weekly(RouteGroup.ALL, Metric.NEED_HOURS, 3);

        assertThat(lines(out.toString())).contains("csv,new,all,needHours,hours/week,3," + DecimalText.of(e.mean())
                + "," + DecimalText.of(e.lower()) + "," + DecimalText.of(e.upper()) + ",2,50");
    }

    @Test
    void summary_csv_has_one_row_per_group_and_metric() throws IOException {
        StringBuilder out = new StringBuilder();
        RESULT.writeSummaryCsv(out);
        List<String> lines = lines(out.toString());
        Estimate e = RESULT.horizonMean(RouteGroup.ALL, Metric.EFFECT);

        assertThat(lines.get(0))
                .isEqualTo("scenario,policy,route,metric,unit,horizon_weeks,mean,ci95_lower,ci95_upper,replications");
        assertThat(lines).contains("csv,new,all,effect,share,6," + DecimalText.of(e.mean()) + ","
                + DecimalText.of(e.lower()) + "," + DecimalText.of(e.upper()) + ",2");
    }

    @Test
    void every_number_of_the_csv_reads_back_to_the_api_value() throws IOException {
        StringBuilder out = new StringBuilder();
        RESULT.writeSummaryCsv(out);
        for (String line : lines(out.toString()).subList(1, lines(out.toString()).size())) {
            String[] cells = line.split(",", -1);
            RouteGroup group = RouteGroup.byCode(cells[2]).orElseThrow();
            Metric metric = Metric.byKey(cells[3]).orElseThrow();
            Estimate e = RESULT.horizonMean(group, metric);
            assertThat(Double.parseDouble(cells[6])).isEqualTo(e.mean());
            assertThat(Double.parseDouble(cells[7])).isEqualTo(e.lower());
            assertThat(Double.parseDouble(cells[8])).isEqualTo(e.upper());
        }
    }

    @Test
    void replications_csv_has_one_row_per_group_metric_and_replication_whose_mean_is_the_summary()
            throws IOException {
        StringBuilder out = new StringBuilder();
        RESULT.writeReplicationsCsv(out);
        List<String> lines = lines(out.toString());

        assertThat(lines.get(0)).isEqualTo("scenario,policy,route,metric,unit,horizon_weeks,replication,value");
        assertThat(lines).contains("csv,new,all,effect,share,6,0," + DecimalText.of(
                RESULT.replicationMean(RouteGroup.ALL, Metric.EFFECT, 0)));
        double sum = 0;
        for (int r = 0; r < 2; r++) {
            sum += RESULT.replicationMean(RouteGroup.ALL, Metric.EFFECT, r);
        }
        assertThat(sum / 2).isCloseTo(RESULT.horizonMean(RouteGroup.ALL, Metric.EFFECT).mean(),
                org.assertj.core.api.Assertions.within(1e-12));
        long groups = java.util.Arrays.stream(RouteGroup.values()).filter(RESULT::hasCases).count();
        assertThat(lines).hasSize(1 + (int) groups * Metric.values().length * 2);
    }

    @Test
    void missing_values_are_written_as_na() throws IOException {
        SimulationResult single = Simulator.builder().threads(1).build().run(Scenario.builder().name("one")
                .cohortSize(5).horizonWeeks(2).replications(1).build(), 1);
        StringBuilder out = new StringBuilder();
        single.writeSummaryCsv(out);

        assertThat(lines(out.toString()).get(1)).endsWith(",NA,NA,1");
    }

    @Test
    void horizon_mean_is_the_case_week_weighted_mean_and_lies_within_its_interval() {
        Estimate e = RESULT.horizonMean(RouteGroup.ALL, Metric.ACCEPTANCE);

        assertThat(e.mean()).isBetween(e.lower(), e.upper());
        assertThat(RESULT.hasCases(RouteGroup.DEAD_END)).isFalse();
        assertThat(RESULT.horizonMean(RouteGroup.DEAD_END, Metric.ACCEPTANCE).mean()).isNaN();
    }

    @Test
    void a_week_outside_the_horizon_is_rejected() {
        assertThatThrownBy(() -> RESULT.weekly(RouteGroup.ALL, Metric.COST, 6))
                .isInstanceOf(IndexOutOfBoundsException.class);
    }
    @Test
    void a_time_series_holds_the_weekly_estimates_and_mean_cases() {
        TimeSeries series = RESULT.series(RouteGroup.ALL, Metric.NEED_HOURS);

        assertThat(series.group()).isEqualTo(RouteGroup.ALL);
        assertThat(series.metric()).isEqualTo(Metric.NEED_HOURS);
        assertThat(series.weeks()).isEqualTo(6);
        double[] means = series.means();
        for (int w = 0; w < 6; w++) {
            Estimate e = RESULT.weekly(RouteGroup.ALL, Metric.NEED_HOURS, w);
            assertThat(series.mean(w)).isEqualTo(e.mean()).isEqualTo(means[w]);
            assertThat(series.lower(w)).isEqualTo(e.lower()).isLessThan(e.mean());
            assertThat(series.upper(w)).isEqualTo(e.upper()).isGreaterThan(e.mean());
            assertThat(series.cases(w)).isEqualTo(50);
        }
        means[0] = -1;
        assertThat(series.mean(0)).isNotEqualTo(-1);
        assertThat(series).hasToString("ALL/needHours" + java.util.Arrays.toString(series.means()));
    }

    @Test
    void a_result_reads_as_its_scenario_policy_seed_and_size() {
        assertThat(RESULT).hasToString("SimulationResult{csv, NEW, seed 1, 2 replications of 50 cases over 6 weeks}");
    }
}
