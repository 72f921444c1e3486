package io.github.nieuweroute.json;

import static io.github.nieuweroute.json.JsonFixtures.JSON;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.nieuweroute.model.Situation;
import io.github.nieuweroute.seed.SeedCase;
import io.github.nieuweroute.seed.SeedCases;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class CohortReaderTest {

    private static final List<Situation> SEEDS = SeedCases.all().stream().map(SeedCase::situation)
            .collect(Collectors.toList());
    private static final RouteJson COMPACT = JSON.withPrettyPrinting(false);

    private static InputStream ndjson(String text) {
        return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
    }

    private static String line(Situation s) {
        return COMPACT.writeSituation(s);
    }

    @Test
    void reads_back_what_the_cohort_writer_wrote() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (CohortWriter writer = JSON.writeCohort(out)) {
            SEEDS.forEach(writer::write);
        }

        try (CohortReader reader = JSON.readCohort(new ByteArrayInputStream(out.toByteArray()))) {
            List<Situation> read = new ArrayList<>();
            reader.forEachRemaining(read::add);

            assertThat(read).isEqualTo(SEEDS);
        }
    }

    @Test
    void skips_blank_lines_and_accepts_crlf_and_a_missing_final_line_end() {
        String text = "\n" + line(SEEDS.get(0)) + "\r\n   \n\n" + line(SEEDS.get(1));

        try (Stream<Situation> read = JSON.readCohort(ndjson(text)).stream()) {
            assertThat(read).containsExactly(SEEDS.get(0), SEEDS.get(1));
        }
    }

    @Test
    void reads_lines_longer_than_its_buffers() {
        String description = "lang ".repeat(16_000).trim();
        Situation big = SEEDS.get(0).toBuilder().description(description).build();
        String text = line(big) + "\n" + line(SEEDS.get(1)) + "\n";

        try (Stream<Situation> read = JSON.readCohort(ndjson(text)).stream()) {
            assertThat(read).containsExactly(big, SEEDS.get(1));
        }
    }

    @Test
    void an_empty_stream_is_an_empty_cohort() {
        try (CohortReader reader = JSON.readCohort(ndjson(""))) {
            assertThat(reader.hasNext()).isFalse();
            assertThatThrownBy(reader::next).isInstanceOf(NoSuchElementException.class);
        }
    }

    @Test
    void a_bad_line_is_reported_with_its_line_number_and_pointer() {
        String bad = line(SEEDS.get(1)).replace("\"formatVersion\":2", "\"formatVersion\":\"2\"");
        String text = line(SEEDS.get(0)) + "\n\n" + bad + "\n" + line(SEEDS.get(2)) + "\n";

        try (CohortReader reader = JSON.readCohort(ndjson(text))) {
            assertThat(reader.next()).isEqualTo(SEEDS.get(0));
            RouteJsonException e = catchThrowableOfType(RouteJsonException.class, reader::next);

            assertThat(e.cohortLine()).hasValue(3);
            assertThat(e.pointer()).isEqualTo("/formatVersion");
            assertThat(e.problem()).isEqualTo(RouteJsonException.Problem.WRONG_TYPE);
            assertThat(e.getMessage()).startsWith("at /formatVersion (cohort line 3): ");
            assertThat(reader.hasNext()).isFalse();
        }
    }

    @Test
    void a_line_longer_than_the_document_limit_is_rejected_without_reading_it_whole() {
        RouteJson tight = JSON.withLimits(JsonLimits.defaults().withMaxDocumentLength(100));
        String text = line(SEEDS.get(0)) + "\n";

        try (CohortReader reader = tight.readCohort(ndjson(text))) {
            RouteJsonException e = catchThrowableOfType(RouteJsonException.class, reader::hasNext);

            assertThat(e.problem()).isEqualTo(RouteJsonException.Problem.LIMIT_EXCEEDED);
            assertThat(e.cohortLine()).hasValue(1);
        }
    }

    @Test
    void counts_lines_as_it_reads() {
        String text = line(SEEDS.get(0)) + "\n\n" + line(SEEDS.get(1)) + "\n";

        try (CohortReader reader = JSON.readCohort(ndjson(text))) {
            reader.next();
            assertThat(reader.lineNumber()).isEqualTo(1);
            reader.next();
            assertThat(reader.lineNumber()).isEqualTo(3);
        }
    }

    @Test
    void closing_the_stream_of_situations_closes_the_input() {
        boolean[] closed = {false};
        InputStream in = new ByteArrayInputStream(new byte[0]) {
            @Override
            public void close() {
                closed[0] = true;
            }
        };

        JSON.readCohort(in).stream().close();

        assertThat(closed[0]).isTrue();
    }
}
