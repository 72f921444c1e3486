package io.github.nieuweroute.sim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

class ChunkedRunTest {

    /** Three chunks per replication (the last one short), cases entering over the horizon, a transition. */
    private static final Scenario SCENARIO = Scenario.builder()
            .name("chunked")
            .policy(RoutePolicy.TRANSITION_FROM_OLD)
            .parameters(Parameters.defaults().with(Parameter.TRANSITION_WEEKS, 20))
            .cohortSize(3 * ChunkedRun.chunkSize() - 300)
            .horizonWeeks(30)
            .intakeWeeks(20)
            .replications(3)
            .build();
    private static final long SEED = 17;

    private static String csv(SimulationResult result) throws IOException {
        StringBuilder out = new StringBuilder();
        result.writeSummaryCsv(out);
        result.writeTimeSeriesCsv(out);
        result.writeReplicationsCsv(out);
        return out.toString();
    }

    private static String local() throws IOException {
        return csv(Simulator.builder().threads(2).build().run(SCENARIO, SEED));
    }

    @Test
    void one_chunk_per_part_in_shuffled_order_gives_the_local_simulators_numbers_bit_for_bit() throws IOException {
        ChunkedRun run = ChunkedRun.of(SCENARIO, SEED);
        List<ChunkedRun.Part> parts = new ArrayList<>();
        for (int r = 0; r < run.replications(); r++) {
            for (int c = 0; c < run.chunks(); c++) {
                parts.add(run.simulate(r, c, c + 1));
            }
        }
        Collections.reverse(parts);

        assertThat(run.chunks()).isEqualTo(3);
        assertThat(csv(run.combine(parts))).isEqualTo(local());
    }

    @Test
    void a_first_part_of_several_chunks_then_single_chunks_gives_the_same_numbers() throws IOException {
        ChunkedRun run = ChunkedRun.of(SCENARIO, SEED);
        List<ChunkedRun.Part> parts = new ArrayList<>();
        parts.add(run.simulate(0, 0, 3));
        parts.add(run.simulate(1, 0, 2));
        parts.add(run.simulate(1, 2, 3));
        parts.add(run.simulate(2, 0, 1));
        parts.add(run.simulate(2, 1, 2));
        parts.add(run.simulate(2, 2, 3));

        assertThat(csv(run.combine(parts))).isEqualTo(local());
    }

    @Test
    void a_part_rebuilt_from_its_arrays_is_the_same_part() throws IOException {
        ChunkedRun run = ChunkedRun.of(SCENARIO, SEED);
        List<ChunkedRun.Part> parts = new ArrayList<>();
        for (int r = 0; r < run.replications(); r++) {
            ChunkedRun.Part p = run.simulate(r, 0, run.chunks());
            parts.add(ChunkedRun.Part.of(p.replication(), p.fromChunk(), p.toChunk(), p.weeks(), p.sums(),
                    p.counts()));
        }

        assertThat(csv(run.combine(parts))).isEqualTo(local());
        assertThat(parts.get(1).sums()).isNotEqualTo(parts.get(0).sums());
    }

    @Test
    void a_later_part_of_several_chunks_is_rejected_because_its_sum_would_be_rounded_differently() {
        ChunkedRun run = ChunkedRun.of(SCENARIO, SEED);
        List<ChunkedRun.Part> parts = new ArrayList<>();
        parts.add(run.simulate(0, 0, 1));
        parts.add(run.simulate(0, 1, 3));

        assertThatThrownBy(() -> run.combine(parts)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("Replication 0").hasMessageContaining("chunks 1 to 2");
    }

    @Test
    void a_missing_or_repeated_chunk_is_rejected() {
        ChunkedRun run = ChunkedRun.of(SCENARIO, SEED);
        List<ChunkedRun.Part> missing = new ArrayList<>();
        List<ChunkedRun.Part> repeated = new ArrayList<>();
        for (int r = 0; r < run.replications(); r++) {
            missing.add(run.simulate(r, 0, r == 1 ? 2 : 3));
            repeated.add(run.simulate(r, 0, 3));
        }
        repeated.add(run.simulate(2, 2, 3));

        assertThatThrownBy(() -> run.combine(missing)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Replication 1 is missing chunks 2 to 2");
        assertThatThrownBy(() -> run.combine(repeated)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("Replication 2");
    }

    @Test
    void a_part_of_another_horizon_or_beyond_the_run_is_rejected() {
        ChunkedRun run = ChunkedRun.of(SCENARIO, SEED);
        ChunkedRun.Part p = run.simulate(0, 0, 1);
        ChunkedRun.Part shorter = ChunkedRun.Part.of(0, 0, 1, 29, new double[p.sums().length / 30 * 29],
                new long[p.counts().length / 30 * 29]);
        ChunkedRun.Part beyond = ChunkedRun.Part.of(3, 0, 1, 30, p.sums(), p.counts());

        assertThatThrownBy(() -> run.combine(List.of(shorter))).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("over 30 weeks");
        assertThatThrownBy(() -> run.combine(List.of(beyond))).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("3 replications");
    }

    @Test
    void a_part_is_built_only_from_arrays_that_fit_its_horizon() {
        assertThatThrownBy(() -> ChunkedRun.Part.of(0, 0, 1, 30, new double[3], new long[3]))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("not 3 and 3");
        assertThatThrownBy(() -> ChunkedRun.Part.of(0, 1, 1, 30, new double[0], new long[0]))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("fromChunk < toChunk");
        assertThatThrownBy(() -> ChunkedRun.Part.of(-1, 0, 1, 30, new double[0], new long[0]))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> ChunkedRun.Part.of(0, 0, 1, 0, new double[0], new long[0]))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void simulating_out_of_range_or_no_chunk_is_an_index_error() {
        ChunkedRun run = ChunkedRun.of(SCENARIO, SEED);

        assertThatThrownBy(() -> run.simulate(3, 0, 1)).isInstanceOf(IndexOutOfBoundsException.class);
        assertThatThrownBy(() -> run.simulate(0, 0, 4)).isInstanceOf(IndexOutOfBoundsException.class);
        assertThatThrownBy(() -> run.simulate(0, 1, 1)).isInstanceOf(IndexOutOfBoundsException.class);
        assertThat(run.seed()).isEqualTo(SEED);
        assertThat(run.scenario()).isEqualTo(SCENARIO);
        assertThat(run.simulate(0, 1, 2)).hasToString("Part{replication 0, chunks 1 to 1}");
    }
}
