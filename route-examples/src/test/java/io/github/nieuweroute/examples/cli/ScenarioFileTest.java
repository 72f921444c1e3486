package io.github.nieuweroute.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.nieuweroute.sim.Parameter;
import io.github.nieuweroute.sim.RoutePolicy;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ScenarioFileTest {

    @Test
    void the_readmes_sweep_file_gives_its_six_points_and_seed() {
        ScenarioFile file = ScenarioFile.read(Path.of("../docs/examples/sweep.properties"));

        assertThat(file.name()).isEqualTo("influence");
        assertThat(file.seed()).isEqualTo(42);
        assertThat(file.sweep().points()).hasSize(6);
        assertThat(file.sweep().policies()).containsExactly(RoutePolicy.OLD, RoutePolicy.NEW);
        assertThat(file.sweep().values().get(Parameter.ENVIRONMENT_INFLUENCE)).containsExactly(0.2, 0.4, 0.6);
    }

    @Test
    void an_invalid_file_is_an_illegal_argument_naming_the_key(@TempDir Path dir) throws IOException {
        Path bad = dir.resolve("bad.properties");
        Files.write(bad, List.of("cohortSize=many"));

        assertThatThrownBy(() -> ScenarioFile.read(bad)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("cohortSize must be a whole number");
        assertThatThrownBy(() -> ScenarioFile.read(dir.resolve("missing.properties")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("cannot read");
    }
}
