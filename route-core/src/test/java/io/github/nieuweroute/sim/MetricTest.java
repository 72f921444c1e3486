package io.github.nieuweroute.sim;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

class MetricTest {

    @Test
    void keys_are_unique() {
        assertThat(Arrays.stream(Metric.values()).map(Metric::key)).doesNotHaveDuplicates();
    }

    @Test
    void every_metric_is_documented_in_the_simulation_models_table_with_its_unit() throws IOException {
        String doc = Files.readString(Path.of("../docs/simulation-model.md"));
        for (Metric m : Metric.values()) {
            assertThat(doc).as(m.key()).contains("| `" + m.key() + "` | " + m.unit() + " |");
        }
    }
}
