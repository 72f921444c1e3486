package io.github.nieuweroute.examples;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.nieuweroute.sim.Metric;
import io.github.nieuweroute.sim.RouteGroup;
import io.github.nieuweroute.sim.SweepResult;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SimulationSweepTest {

    @TempDir
    Path dir;

    @Test
    void the_sweep_writes_one_row_per_point_route_group_and_metric() throws IOException {
        Path csv = dir.resolve("sweep.csv");

        SweepResult result = SimulationSweep.run(csv, 200);

        List<String> lines = Files.readAllLines(csv);
        assertThat(lines.get(0)).startsWith("point,involvementGrowthPerWeek,scenario,policy,route,metric,unit,");
        assertThat(result.points()).hasSize(9);
        assertThat(lines).anySatisfy(l -> assertThat(l).startsWith("8,0.08,involvement,NEW,NEW,professionalHours,"));
        assertThat(result.points().get(8).result().horizonMean(RouteGroup.NEW, Metric.OWNERSHIP).mean())
                .isGreaterThan(result.points().get(6).result().horizonMean(RouteGroup.NEW, Metric.OWNERSHIP).mean());
    }

    @Test
    void the_snippet_fits_in_about_twenty_lines() throws IOException {
        String source = Files.readString(Path.of("src/main/java/io/github/nieuweroute/examples/SimulationSweep.java"));

        assertThat(Snippets.between(source, "sweep").split("\n")).hasSizeLessThanOrEqualTo(20);
    }
}
