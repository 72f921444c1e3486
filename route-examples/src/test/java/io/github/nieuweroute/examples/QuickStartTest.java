package io.github.nieuweroute.examples;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.nieuweroute.route.Route;
import io.github.nieuweroute.route.RouteReason;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class QuickStartTest {

    private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();

    @Test
    void the_quick_start_classifies_the_neighbours_task_as_the_dead_end_route() {
        assertThat(QuickStart.run().current()).isEqualTo(Route.DEAD_END);
        assertThat(QuickStart.run().currentReasons()).contains(RouteReason.NO_LIFEWORLD_DECIDER,
                RouteReason.LIFEWORLD_PERFORMS);
    }

    @Test
    void the_readme_quotes_the_quick_start_code_exactly() throws IOException {
        String source = Files.readString(ROOT.resolve(
                "route-examples/src/main/java/io/github/nieuweroute/examples/QuickStart.java"), StandardCharsets.UTF_8);
        String readme = Files.readString(ROOT.resolve("README.md"), StandardCharsets.UTF_8);
        String snippet = Snippets.between(source, "quickstart");
        assertThat(snippet).contains("RouteClassifier.classify");
        assertThat(readme).contains(snippet);
    }
}
