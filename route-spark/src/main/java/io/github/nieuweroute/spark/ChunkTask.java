package io.github.nieuweroute.spark;

import io.github.nieuweroute.sim.ChunkedRun;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The work of one Spark task: consecutive chunks of the flat sequence (scenario, replication, chunk), cut into the
 * parts {@link ChunkedRun#combine(List)} accepts. The chunks of a replication that starts in this task make one part
 * (they are added in chunk order here, as the local simulator adds them); a replication begun in an earlier task
 * continues with one part per chunk, which the driver adds in order.
 */
final class ChunkTask implements Serializable {

    private static final long serialVersionUID = 1L;

    /** {@code [scenario, replication, fromChunk, toChunk]} per part. */
    private final List<int[]> parts = new ArrayList<>();

    static List<ChunkTask> plan(List<ChunkedRun> runs, int chunksPerTask) {
        List<ChunkTask> tasks = new ArrayList<>();
        ChunkTask task = new ChunkTask();
        int inTask = 0;
        for (int s = 0; s < runs.size(); s++) {
            ChunkedRun run = runs.get(s);
            for (int r = 0; r < run.replications(); r++) {
                int c = 0;
                while (c < run.chunks()) {
                    if (inTask == chunksPerTask) {
                        tasks.add(task);
                        task = new ChunkTask();
                        inTask = 0;
                    }
                    int take = c == 0 ? Math.min(chunksPerTask - inTask, run.chunks()) : 1;
                    task.parts.add(new int[] {s, r, c, c + take});
                    c += take;
                    inTask += take;
                }
            }
        }
        if (inTask > 0) {
            tasks.add(task);
        }
        return tasks;
    }

    int chunks() {
        int n = 0;
        for (int[] p : parts) {
            n += p[3] - p[2];
        }
        return n;
    }

    List<int[]> parts() {
        return parts;
    }

    List<SparkSimulator.PartData> run(List<ScenarioSpec> scenarios, long seed) {
        Map<Integer, ChunkedRun> runs = new HashMap<>();
        List<SparkSimulator.PartData> out = new ArrayList<>(parts.size());
        for (int[] p : parts) {
            ChunkedRun run = runs.computeIfAbsent(p[0], s -> ChunkedRun.of(scenarios.get(s).toScenario(), seed));
            out.add(new SparkSimulator.PartData(p[0], run.simulate(p[1], p[2], p[3])));
        }
        return out;
    }
}
