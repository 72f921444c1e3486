package io.github.nieuweroute.spark;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.nieuweroute.sim.ChunkedRun;
import io.github.nieuweroute.sim.Scenario;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ChunkTaskTest {

    private static final ChunkedRun THREE_CHUNKS = ChunkedRun.of(Scenario.builder()
            .cohortSize(3 * ChunkedRun.chunkSize()).horizonWeeks(4).replications(2).build(), 1);
    private static final ChunkedRun ONE_CHUNK = ChunkedRun.of(Scenario.builder()
            .cohortSize(10).horizonWeeks(4).replications(2).build(), 1);

    private static List<String> parts(List<ChunkTask> tasks) {
        List<String> out = new ArrayList<>();
        for (ChunkTask t : tasks) {
            StringBuilder b = new StringBuilder();
            for (int[] p : t.parts()) {
                b.append(p[0]).append('/').append(p[1]).append(':').append(p[2]).append('-').append(p[3]).append(' ');
            }
            out.add(b.toString().trim());
        }
        return out;
    }

    @Test
    void a_replication_begun_in_a_task_goes_on_chunk_by_chunk_in_the_next() {
        List<ChunkTask> tasks = ChunkTask.plan(List.of(THREE_CHUNKS, ONE_CHUNK), 2);

        assertThat(parts(tasks)).containsExactly(
                "0/0:0-2",
                "0/0:2-3 0/1:0-1",
                "0/1:1-2 0/1:2-3",
                "1/0:0-1 1/1:0-1");
        assertThat(tasks).allSatisfy(t -> assertThat(t.chunks()).isEqualTo(2));
    }

    @Test
    void one_chunk_per_task_gives_a_task_per_chunk_and_a_large_size_one_task() {
        assertThat(ChunkTask.plan(List.of(THREE_CHUNKS, ONE_CHUNK), 1)).hasSize(8);
        assertThat(parts(ChunkTask.plan(List.of(THREE_CHUNKS, ONE_CHUNK), 100)))
                .containsExactly("0/0:0-3 0/1:0-3 1/0:0-1 1/1:0-1");
    }
}
