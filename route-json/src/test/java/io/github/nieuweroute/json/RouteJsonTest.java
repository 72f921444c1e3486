package io.github.nieuweroute.json;

import static io.github.nieuweroute.json.JsonFixtures.JSON;
import static io.github.nieuweroute.json.JsonFixtures.golden;
import static io.github.nieuweroute.json.JsonFixtures.goldenBytes;
import static io.github.nieuweroute.json.JsonFixtures.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.nieuweroute.model.Participant;
import io.github.nieuweroute.model.Situation;
import io.github.nieuweroute.route.Route;
import io.github.nieuweroute.route.RouteClassifier;
import io.github.nieuweroute.seed.SeedCase;
import io.github.nieuweroute.seed.SeedCases;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class RouteJsonTest {

    private static final String MINIMAL = json("{'formatVersion':2,'id':'s1','participants':"
            + "[{'id':'p1','sphere':'focus-person'}]}");
    private static final Situation MINIMAL_SITUATION = Situation.builder().id("s1")
            .addParticipant(Participant.focusPerson("p1")).build();

    // -- golden files: the specification of the format

    @ParameterizedTest(name = "{0}")
    @MethodSource("io.github.nieuweroute.json.JsonFixtures#seedCases")
    void golden_file_reads_as_the_seed_case(SeedCase seed) {
        assertThat(JSON.readSituation(golden(seed.key()))).isEqualTo(seed.situation());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("io.github.nieuweroute.json.JsonFixtures#seedCases")
    void seed_case_writes_as_its_golden_file_byte_for_byte(SeedCase seed) throws IOException {
        if (Boolean.getBoolean("golden.write")) {
            // -Dgolden.write=true rewrites the golden files after a deliberate change of the format or a seed case
            Files.write(Path.of("src/test/resources/golden", seed.key() + ".json"),
                    JSON.writeSituationBytes(seed.situation()));
        }
        assertThat(JSON.writeSituationBytes(seed.situation())).isEqualTo(goldenBytes(seed.key()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("io.github.nieuweroute.json.JsonFixtures#seedCases")
    void writing_what_was_read_from_a_golden_file_gives_the_same_bytes(SeedCase seed) {
        Situation read = JSON.readSituation(goldenBytes(seed.key()));
        assertThat(JSON.writeSituationBytes(read)).isEqualTo(goldenBytes(seed.key()));
    }

    @Test
    void there_is_a_golden_file_for_every_seed_case() {
        assertThat(SeedCases.all()).allSatisfy(seed -> assertThat(golden(seed.key())).startsWith("{"));
    }

    // -- reading

    @Test
    void reads_a_minimal_situation() {
        assertThat(JSON.readSituation(MINIMAL)).isEqualTo(MINIMAL_SITUATION);
    }

    @Test
    void reads_the_same_situation_from_text_bytes_stream_and_file(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("s.json");
        Files.writeString(file, MINIMAL);
        byte[] bytes = MINIMAL.getBytes(StandardCharsets.UTF_8);

        assertThat(JSON.readSituation(bytes)).isEqualTo(MINIMAL_SITUATION);
        assertThat(JSON.readSituation(new ByteArrayInputStream(bytes))).isEqualTo(MINIMAL_SITUATION);
        assertThat(JSON.readSituation(file)).isEqualTo(MINIMAL_SITUATION);
    }

    @Test
    void accepts_fields_in_any_order() {
        String reordered = json("{'participants':[{'sphere':'focus-person','id':'p1'}],'id':'s1','formatVersion':1}");

        assertThat(JSON.readSituation(reordered)).isEqualTo(MINIMAL_SITUATION);
    }

    @Test
    void accepts_empty_arrays_for_optional_collections() {
        String withEmpty = json("{'formatVersion':1,'id':'s1','sources':[],'participants':"
                + "[{'id':'p1','sphere':'focus-person'}],'decisions':[]}");

        assertThat(JSON.readSituation(withEmpty)).isEqualTo(MINIMAL_SITUATION);
    }

    @Test
    void rejects_an_unknown_field_by_default() {
        String extra = json("{'formatVersion':1,'id':'s1','colour':'blue','participants':"
                + "[{'id':'p1','sphere':'focus-person'}]}");

        assertThatThrownBy(() -> JSON.readSituation(extra)).isInstanceOfSatisfying(RouteJsonException.class, e -> {
            assertThat(e.problem()).isEqualTo(RouteJsonException.Problem.UNKNOWN_FIELD);
            assertThat(e.pointer()).isEqualTo("/colour");
        });
    }

    @Test
    void skips_unknown_fields_of_any_shape_when_asked_to() {
        String extra = json("{'formatVersion':1,'id':'s1','colour':{'a':[1,2,{'b':null}]},'participants':"
                + "[{'id':'p1','sphere':'focus-person','shoeSize':44}]}");

        assertThat(JSON.withUnknownFieldsIgnored(true).readSituation(extra)).isEqualTo(MINIMAL_SITUATION);
    }

    @Test
    void does_not_close_a_stream_it_reads() {
        boolean[] closed = {false};
        InputStream in = new ByteArrayInputStream(MINIMAL.getBytes(StandardCharsets.UTF_8)) {
            @Override
            public void close() {
                closed[0] = true;
            }
        };

        JSON.readSituation(in);

        assertThat(closed[0]).isFalse();
    }

    // -- writing

    @Test
    void writes_a_minimal_situation_pretty_with_a_final_line_end() {
        assertThat(JSON.writeSituation(MINIMAL_SITUATION)).isEqualTo("{\n"
                + "  \"formatVersion\": 2,\n"
                + "  \"id\": \"s1\",\n"
                + "  \"participants\": [\n"
                + "    {\n"
                + "      \"id\": \"p1\",\n"
                + "      \"sphere\": \"focus-person\"\n"
                + "    }\n"
                + "  ]\n"
                + "}\n");
    }

    @Test
    void writes_compact_on_one_line_when_asked_to() {
        assertThat(JSON.withPrettyPrinting(false).writeSituation(MINIMAL_SITUATION)).isEqualTo(MINIMAL);
    }

    @Test
    void writes_text_verbatim_in_utf8_without_escaping_slashes_or_accents() {
        Situation s = MINIMAL_SITUATION.toBuilder().description("zorg/ondersteuning voor Zoë \uD83D\uDE00").build();

        String written = JSON.withPrettyPrinting(false).writeSituation(s);

        assertThat(written).contains("\"description\":\"zorg/ondersteuning voor Zoë \uD83D\uDE00\"");
        assertThat(JSON.readSituation(written)).isEqualTo(s);
    }

    @Test
    void writes_to_a_file_and_reads_it_back(@TempDir Path dir) {
        Situation seed = SeedCases.estherAndJeffrey().situation();
        Path file = dir.resolve("esther.json");

        JSON.writeSituation(seed, file);

        assertThat(JSON.readSituation(file)).isEqualTo(seed);
    }

    @Test
    void writes_the_same_bytes_to_a_stream_as_to_a_string() {
        Situation seed = SeedCases.deVries().situation();
        ByteArrayOutputStream out = new ByteArrayOutputStream();

        JSON.writeSituation(seed, out);

        assertThat(out.toString(StandardCharsets.UTF_8)).isEqualTo(JSON.writeSituation(seed));
    }

    @Test
    void the_readme_snippet_reads_classifies_and_writes(@TempDir Path dir) {
        Path file = dir.resolve("situation.json");
        JSON.writeSituation(SeedCases.vanDalenAfter().situation(), file);

        // the snippet offered for the README, verbatim
        RouteJson json = RouteJson.create();
        Situation situation = json.readSituation(file);
        Route route = RouteClassifier.classify(situation).current();
        String canonical = json.writeSituation(situation);

        assertThat(route).isEqualTo(SeedCases.vanDalenAfter().expectedRoute());
        assertThat(canonical).isEqualTo(golden("van-dalen-after"));
    }

    // -- options and the schema

    @Test
    void default_instance_is_strict_pretty_and_uses_the_default_limits() {
        assertThat(JSON.ignoresUnknownFields()).isFalse();
        assertThat(JSON.prettyPrints()).isTrue();
        assertThat(JSON.limits()).isEqualTo(JsonLimits.defaults());
    }

    @Test
    void withers_return_changed_copies_and_leave_the_original_alone() {
        RouteJson changed = JSON.withUnknownFieldsIgnored(true).withPrettyPrinting(false)
                .withLimits(JsonLimits.defaults().withMaxArrayLength(5));

        assertThat(changed.ignoresUnknownFields()).isTrue();
        assertThat(changed.prettyPrints()).isFalse();
        assertThat(changed.limits().maxArrayLength()).isEqualTo(5);
        assertThat(JSON.ignoresUnknownFields()).isFalse();
        assertThat(JSON.limits().maxArrayLength()).isEqualTo(JsonLimits.DEFAULT_MAX_ARRAY_LENGTH);
    }

    @Test
    void ships_its_schemas_for_format_versions_2_and_1() throws IOException {
        try (InputStream in = RouteJson.openSchema(); InputStream v1 = RouteJson.openSchema(1)) {
            String schema = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            String schemaV1 = new String(v1.readAllBytes(), StandardCharsets.UTF_8);

            assertThat(schema).contains("\"$schema\": \"https://json-schema.org/draft/2020-12/schema\"")
                    .contains("\"const\": 2");
            assertThat(schemaV1).contains("\"const\": 1");
        }
        assertThat(RouteJson.FORMAT_VERSION).isEqualTo(2);
        assertThat(RouteJson.FIRST_FORMAT_VERSION).isEqualTo(1);
        assertThatThrownBy(() -> RouteJson.openSchema(3)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void dates_at_the_ends_of_the_calendar_and_a_count_of_zero_are_read() {
        Situation s = JSON.readSituation(json("{'formatVersion':1,'id':'s1',"
                + "'participants':[{'id':'p1','sphere':'focus-person'}],"
                + "'meetings':[{'id':'m1','date':'0000-01-01','unrecordedAttendees':0}],"
                + "'decisions':[{'id':'d1','date':'9999-12-31'},{'id':'d2','date':'+999999999-12-31'},"
                + "{'id':'d3','date':'+10000-01-01'}]}"));

        assertThat(s.meetings().get(0).date()).isEqualTo(java.time.LocalDate.of(0, 1, 1));
        assertThat(s.meetings().get(0).unrecordedAttendees()).isZero();
        assertThat(s.decision("d1").orElseThrow().date()).isEqualTo(java.time.LocalDate.of(9999, 12, 31));
        assertThat(s.decision("d2").orElseThrow().date()).isEqualTo(java.time.LocalDate.MAX);
        assertThat(s.decision("d3").orElseThrow().date()).isEqualTo(java.time.LocalDate.of(10000, 1, 1));
    }
}
