package io.github.nieuweroute.sim;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

class MechanismTest {

    @Test
    void keys_are_unique_and_found_again() {
        assertThat(Arrays.stream(Mechanism.values()).map(Mechanism::key)).doesNotHaveDuplicates();
        for (Mechanism m : Mechanism.values()) {
            assertThat(Mechanism.byKey(m.key())).contains(m);
        }
        assertThat(Mechanism.byKey("noSuchMechanism")).isEmpty();
    }

    @Test
    void the_simulation_models_table_gives_each_mechanism_its_description() throws IOException {
        String doc = Files.readString(Path.of("../docs/simulation-model.md"));
        for (Mechanism m : Mechanism.values()) {
            assertThat(doc.lines().filter(l -> l.startsWith("| `" + m.key() + "` | " + m.section() + " |")))
                    .as(m.key()).singleElement().satisfies(l -> assertThat(l).endsWith("| " + m.description() + " |"));
        }
    }
}
