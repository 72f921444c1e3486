package io.github.nieuweroute.json;

import static io.github.nieuweroute.json.JsonFixtures.JSON;
import static io.github.nieuweroute.json.JsonFixtures.schemaErrors;
import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.lists;

import io.github.nieuweroute.model.Situation;
import io.github.nieuweroute.testing.Generators;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import tools.jackson.databind.json.JsonMapper;

/** Round trips over the core's shared generator of valid situations, enriched with hard-to-encode text. */
class RoundTripPropertiesTest {

    private static final RouteJson COMPACT = JSON.withPrettyPrinting(false);
    private static final JsonMapper MAPPER = JsonMapper.builder().addModule(new RouteJsonModule()).build();

    private static Gen<Situation> situations() {
        return JsonGenerators.situations();
    }

    @Test
    void reading_what_was_written_gives_an_equal_situation() {
        qt().withExamples(300).forAll(situations()).checkAssert(s -> {
            assertThat(JSON.readSituation(JSON.writeSituation(s))).isEqualTo(s);
            assertThat(COMPACT.readSituation(COMPACT.writeSituationBytes(s))).isEqualTo(s);
        });
    }

    @Test
    void the_shared_generator_round_trips_unchanged() {
        qt().withExamples(300).forAll(Generators.situations()).checkAssert(s ->
                assertThat(JSON.readSituation(JSON.writeSituation(s))).isEqualTo(s));
    }

    @Test
    void writing_is_deterministic_and_canonical() {
        qt().withExamples(300).forAll(situations()).checkAssert(s -> {
            byte[] first = JSON.writeSituationBytes(s);

            assertThat(JSON.writeSituationBytes(s)).isEqualTo(first);
            assertThat(JSON.writeSituationBytes(JSON.readSituation(first))).isEqualTo(first);
        });
    }

    @Test
    void everything_written_validates_against_the_schema() {
        qt().withExamples(150).forAll(situations()).checkAssert(s -> {
            assertThat(schemaErrors(JSON.writeSituation(s))).isEmpty();
            assertThat(schemaErrors(COMPACT.writeSituation(s))).isEmpty();
        });
    }

    @Test
    void the_module_and_the_facade_write_the_same_compact_document() {
        qt().withExamples(200).forAll(situations()).checkAssert(s ->
                assertThat(MAPPER.writeValueAsString(s)).isEqualTo(COMPACT.writeSituation(s)));
    }

    @Test
    void a_cohort_round_trips_through_ndjson() {
        qt().withExamples(30).forAll(lists().of(situations()).ofSizeBetween(0, 20)).checkAssert(cohort -> {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            try (CohortWriter writer = JSON.writeCohort(out)) {
                cohort.forEach(writer::write);
            }
            List<Situation> read = new ArrayList<>();
            try (CohortReader reader = JSON.readCohort(new ByteArrayInputStream(out.toByteArray()))) {
                reader.forEachRemaining(read::add);
            }

            assertThat(read).isEqualTo(cohort);
        });
    }
}
