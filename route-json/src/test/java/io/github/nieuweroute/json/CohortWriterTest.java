package io.github.nieuweroute.json;

import static io.github.nieuweroute.json.JsonFixtures.JSON;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.nieuweroute.model.Situation;
import io.github.nieuweroute.seed.SeedCase;
import io.github.nieuweroute.seed.SeedCases;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class CohortWriterTest {

    private static final List<Situation> SEEDS = SeedCases.all().stream().map(SeedCase::situation)
            .collect(Collectors.toList());

    @Test
    void writes_one_compact_situation_per_line_each_ending_in_a_line_end() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();

        try (CohortWriter cohort = JSON.writeCohort(out)) {
            SEEDS.forEach(cohort::write);
        }

        String expected = SEEDS.stream().map(s -> JSON.withPrettyPrinting(false).writeSituation(s) + "\n")
                .collect(Collectors.joining());
        assertThat(out.toString(StandardCharsets.UTF_8)).isEqualTo(expected);
    }

    @Test
    void counts_what_it_wrote() {
        try (CohortWriter cohort = JSON.writeCohort(new ByteArrayOutputStream())) {
            cohort.writeAll(SEEDS.stream());

            assertThat(cohort.count()).isEqualTo(SEEDS.size());
        }
    }

    @Test
    void an_empty_cohort_is_an_empty_stream() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();

        JSON.writeCohort(out).close();

        assertThat(out.size()).isZero();
    }

    @Test
    void flush_passes_what_was_written_to_the_stream() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        CohortWriter cohort = JSON.writeCohort(out);

        cohort.write(SEEDS.get(0));
        cohort.flush();

        assertThat(out.toString(StandardCharsets.UTF_8)).endsWith("}\n");
        cohort.close();
    }

    @Test
    void closing_closes_the_stream() {
        boolean[] closed = {false};
        ByteArrayOutputStream out = new ByteArrayOutputStream() {
            @Override
            public void close() {
                closed[0] = true;
            }
        };

        JSON.writeCohort(out).close();

        assertThat(closed[0]).isTrue();
    }
}
