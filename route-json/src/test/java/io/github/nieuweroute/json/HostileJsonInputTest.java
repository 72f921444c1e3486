package io.github.nieuweroute.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.quicktheories.QuickTheory.qt;

import io.github.nieuweroute.hostile.HostileSituations;
import io.github.nieuweroute.json.RouteJsonException.Problem;
import io.github.nieuweroute.model.Situation;
import io.github.nieuweroute.rule.Report;
import io.github.nieuweroute.rule.RuleSet;
import io.github.nieuweroute.testing.Generators;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.json.JsonMapper;

/**
 * Hostile and careless input against {@link RouteJson}'s readers (bytes, strings, streams, files, cohorts) and its
 * writers: the documents are built by {@link HostileJson} and the situations by route-core's
 * {@code HostileSituations}. Each test is one attack that succeeded against an earlier version.
 */
class HostileJsonInputTest {

    private static final RouteJson JSON = RouteJson.create();
    private static final String MARKER = "ZZMARKERZZ";

    private static RouteJsonException refusal(byte[] document) {
        return catchThrowableOfType(RouteJsonException.class, () -> JSON.readSituation(document));
    }

    // -- free text

    @Test
    void a_json_report_of_a_situation_with_free_text_everywhere_holds_none_of_it() {
        qt().withExamples(100).forAll(Generators.situationsWithFreeText(MARKER)).checkAssert(s -> {
            assertThat(JSON.writeSituation(s)).contains(MARKER);
            assertThat(JSON.writeReport(RuleSet.standard().check(s))).doesNotContain(MARKER);
        });
    }

    @Test
    void a_refusal_of_a_document_full_of_free_text_quotes_none_of_it() {
        qt().withExamples(100).forAll(Generators.situationsWithFreeText(MARKER)).checkAssert(s -> {
            String json = JSON.writeSituation(s);
            // a field name or key is printed only when it has the form of an id, which free text with a space has not
            for (String broken : List.of(json.replaceFirst("\"sphere\"", "\"" + MARKER + " field\""),
                    json.replace("\"formatVersion\": 2", "\"formatVersion\": \"" + MARKER + "\""),
                    json + " " + MARKER, json.substring(0, json.indexOf(MARKER) + 3))) {
                RouteJsonException e = catchThrowableOfType(RouteJsonException.class, () -> JSON.readSituation(broken));
                assertThat(e).isNotNull();
                assertThat(e.getMessage()).doesNotContain(MARKER);
            }
        });
    }

    // -- amplification

    @Test
    void the_json_report_of_a_quarter_of_a_million_breaches_is_smaller_than_the_situation_and_reads_back() {
        Situation s = HostileSituations.performersWithoutSay(5_000, 50);
        byte[] situation = JSON.writeSituationBytes(s);
        Report report = RuleSet.standard().check(s);
        String written = JSON.writeReport(report);

        assertThat(written.length()).isLessThan(situation.length);
        assertThat(written).contains("\"omittedViolations\"").contains("\"formatVersion\": 2");
        assertThat(JSON.readReport(written)).isEqualTo(report);
        assertThat(JsonFixtures.reportSchemaErrors(written)).isEmpty();
    }

    @Test
    void omitted_counts_in_a_report_document_must_be_positive_and_keyed_by_rule_ids() {
        Report report = RuleSet.standard().withFindingLimit(3).check(HostileSituations.performersWithoutSay(10, 2));
        String written = JSON.writeReport(report);
        assertThat(catchThrowableOfType(RouteJsonException.class, () -> JSON.readReport(
                written.replaceFirst("\"R-01\": \\d+", "\"R-01\": 0"))).pointer())
                .isEqualTo("/omittedViolations/R-01");
        assertThat(catchThrowableOfType(RouteJsonException.class, () -> JSON.readReport(
                written.replaceFirst("\"R-01\": ", "\"1-R\": "))).problem()).isEqualTo(Problem.INVALID_VALUE);
    }

    @Test
    void two_million_performer_references_inside_every_per_array_limit_are_refused_as_too_many_elements() {
        byte[] document = HostileJson.manyPerformers(24, 99_999);
        assertThat(document.length).isLessThan((int) JsonLimits.DEFAULT_MAX_DOCUMENT_LENGTH);

        RouteJsonException e = refusal(document);

        assertThat(e.problem()).isEqualTo(Problem.LIMIT_EXCEEDED);
        assertThat(e.getMessage()).contains("500000 array elements and keyed entries");
        assertThat(e.pointer()).startsWith("/plans/0/agreements/");
    }

    @Test
    void half_a_million_participation_entries_over_a_few_decisions_are_refused_too() {
        RouteJsonException e = refusal(HostileJson.manyParticipations(5, 99_999));

        assertThat(e.problem()).isEqualTo(Problem.LIMIT_EXCEEDED);
        assertThat(e.pointer()).startsWith("/decisions/");
    }

    @Test
    void the_element_limit_counts_per_document_and_can_be_raised() {
        byte[] document = HostileJson.manyPerformers(3, 1_000);
        RouteJson strict = RouteJson.create().withLimits(JsonLimits.defaults().withMaxElements(3_000));
        assertThat(catchThrowableOfType(RouteJsonException.class, () -> strict.readSituation(document)).problem())
                .isEqualTo(Problem.LIMIT_EXCEEDED);
        assertThat(RouteJson.create().withLimits(JsonLimits.defaults().withMaxElements(5_000))
                .readSituation(document).agreements()).hasSize(3);
        // a cohort counts each line afresh
        byte[] line = HostileJson.manyPerformers(1, 1_000);
        byte[] cohort = (new String(line, StandardCharsets.UTF_8) + "\n" + new String(line, StandardCharsets.UTF_8))
                .getBytes(StandardCharsets.UTF_8);
        try (CohortReader r = strict.readCohort(new ByteArrayInputStream(cohort))) {
            assertThat(r.next().agreements()).hasSize(1);
            assertThat(r.next().agreements()).hasSize(1);
        }
    }

    // -- colliding ids

    @Test
    void field_names_crafted_to_collide_in_jacksons_name_table_are_refused_as_a_limit_or_read_whole() {
        // the participation keys are field names. Jackson's name table, shared by the documents a RouteJson reads,
        // refuses the flood only once it has grown past a size (it lets small tables be): whether this document is
        // refused depends on what was read before it, so in a test suite it goes either way. Never anything else.
        byte[] document = HostileJson.participationKeyed(HostileSituations.collidingIds(20_000));
        RouteJson own = RouteJson.create(); // its own name table, so that no other test's documents count

        for (int attempt = 0; attempt < 2; attempt++) {
            try {
                assertThat(own.readSituation(document).decisions().get(0).participation()).hasSize(20_001);
            } catch (RouteJsonException e) {
                assertThat(e.problem()).isEqualTo(Problem.LIMIT_EXCEEDED);
                assertThat(e.getMessage()).contains("hash collision");
            }
        }
    }

    @Test
    void a_document_whose_ids_share_one_hash_code_reads_like_one_with_ordinary_ids() {
        // a reader of its own: Jackson's name table, which a RouteJson shares across documents, refuses colliding
        // names once it has grown (the test above), and what this test measures is the library's own id tables
        RouteJson own = RouteJson.create();
        List<String> colliding = HostileSituations.collidingIds(20_000);
        Situation s = own.readSituation(HostileJson.exchangesBetween(colliding));
        assertThat(s.participants()).hasSize(20_001);
        assertThat(s.exchanges()).hasSize(20_000);
        assertThat(s.participant(colliding.get(19_999))).isPresent();
        assertThat(RuleSet.standard().check(s).violationCount()).isEqualTo(RuleSet.standard()
                .check(own.readSituation(HostileJson.exchangesBetween(HostileSituations.ordinaryIds(20_000))))
                .violationCount());
    }

    // -- encodings

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"C1B0", "C0AF", "E080B0", "F0808080B0", "EDA080", "F4908080", "FF", "80", "C3", "00"})
    void bytes_that_are_not_utf8_are_refused_by_every_byte_reader(String hex) {
        byte[] bad = java.util.HexFormat.of().parseHex(hex);
        byte[] document = HostileJson.withIdBytes(bad);

        for (RouteJsonException e : List.of(refusal(document),
                catchThrowableOfType(RouteJsonException.class,
                        () -> JSON.readSituation(new ByteArrayInputStream(document))),
                catchThrowableOfType(RouteJsonException.class,
                        () -> JSON.readCohort(new ByteArrayInputStream(document)).next()))) {
            assertThat(e).as(hex).isNotNull();
            assertThat(e.problem()).isEqualTo(Problem.MALFORMED_JSON);
            assertThat(e.getMessage()).contains("not valid UTF-8");
        }
    }

    @Test
    void a_four_byte_character_and_every_plane_are_read() {
        String id = "s\u00e9\u4e2d\ud83d\ude00";
        String document = HostileJson.small().replace("\"s1\"", "\"s1\",\"description\":\"" + id + "\"");
        assertThat(JSON.readSituation(document.getBytes(StandardCharsets.UTF_8)).description()).hasValue(id);
        assertThat(JSON.readSituation(new ByteArrayInputStream(document.getBytes(StandardCharsets.UTF_8)))
                .description()).hasValue(id);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"UTF-16BE", "UTF-16LE", "UTF-16", "UTF-32BE", "UTF-32LE"})
    void utf16_and_utf32_documents_are_refused(String charset) {
        byte[] document = HostileJson.small().getBytes(Charset.forName(charset));

        assertThat(refusal(document).problem()).isEqualTo(Problem.MALFORMED_JSON);
        assertThat(catchThrowableOfType(RouteJsonException.class,
                () -> JSON.readSituation(new ByteArrayInputStream(document))).problem())
                .isEqualTo(Problem.MALFORMED_JSON);
    }

    // -- input that fails

    @Test
    void a_stream_that_fails_on_its_first_read_gives_an_unchecked_io_exception() {
        InputStream failing = new InputStream() {
            @Override
            public int read() throws IOException {
                throw new IOException("disk gone");
            }

            @Override
            public int read(byte[] b, int off, int len) throws IOException {
                throw new IOException("disk gone");
            }
        };
        assertThatThrownBy(() -> JSON.readSituation(failing)).isExactlyInstanceOf(UncheckedIOException.class)
                .hasRootCauseMessage("disk gone");
        assertThatThrownBy(() -> JSON.readReport(failing)).isExactlyInstanceOf(UncheckedIOException.class);
    }

    @Test
    void reading_a_directory_gives_an_unchecked_io_exception(@TempDir Path dir) {
        assertThatThrownBy(() -> JSON.readSituation(dir)).isExactlyInstanceOf(UncheckedIOException.class);
        assertThatThrownBy(() -> JSON.readReport(dir)).isExactlyInstanceOf(UncheckedIOException.class);
    }

    @Test
    void a_cohort_stream_that_keeps_returning_no_bytes_fails_instead_of_spinning() {
        InputStream empty = new InputStream() {
            @Override
            public int read() {
                return 0;
            }

            @Override
            public int read(byte[] b, int off, int len) {
                return 0;
            }
        };
        try (CohortReader r = JSON.readCohort(empty)) {
            assertThatThrownBy(r::hasNext).isInstanceOf(UncheckedIOException.class)
                    .hasMessageContaining("no bytes");
        }
    }

    // -- careless use

    @Test
    void a_bad_number_is_reported_at_its_own_field() {
        String document = HostileJson.small().replace("]}", "],\"meetings\":[{\"id\":\"m\",\"date\":\"2026-01-01\","
                + "\"phases\":[],\"unrecordedAttendees\":NaN}]}");
        RouteJsonException e = catchThrowableOfType(RouteJsonException.class, () -> JSON.readSituation(document));
        assertThat(e.problem()).isEqualTo(Problem.MALFORMED_JSON);
        assertThat(e.pointer()).isEqualTo("/meetings/0/unrecordedAttendees");
    }

    @Test
    void writing_to_a_closed_cohort_writer_is_an_illegal_state() {
        CohortWriter w = JSON.writeCohort(new ByteArrayOutputStream());
        w.close();
        w.close();
        Situation s = JSON.readSituation(HostileJson.small());
        assertThatThrownBy(() -> w.write(s)).isInstanceOf(IllegalStateException.class).hasMessageContaining("closed");
        assertThatThrownBy(w::flush).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void deserialized_limits_are_checked_like_new_ones() throws Exception {
        JsonLimits limits = JsonLimits.defaults().withMaxArrayLength(7);
        byte[] bytes = serialize(limits);
        assertThat(deserialize(bytes)).isEqualTo(limits);
        // the int 7 written for maxArrayLength, turned into -1 in the stream
        byte[] seven = {0, 0, 0, 7};
        int at = indexOf(bytes, seven);
        assertThat(at).isPositive();
        bytes[at] = (byte) 0xFF;
        bytes[at + 1] = (byte) 0xFF;
        bytes[at + 2] = (byte) 0xFF;
        bytes[at + 3] = (byte) 0xFF;
        byte[] hostile = bytes;
        assertThatThrownBy(() -> deserialize(hostile)).isInstanceOf(java.io.InvalidObjectException.class)
                .hasMessageContaining("maxArrayLength");
    }

    // -- the Jackson module

    @Test
    void a_mapper_from_the_module_enforces_every_limit_as_route_json_does() {
        JsonMapper mapper = RouteJsonModule.mapperBuilder(JsonLimits.defaults()).build();
        String longName = HostileJson.small().replace("\"sphere\"", "\"name\":\"" + "x".repeat(200_000)
                + "\",\"sphere\"");

        RouteJsonException viaMapper = catchThrowableOfType(RouteJsonException.class,
                () -> mapper.readValue(longName, Situation.class));
        RouteJsonException viaFacade = catchThrowableOfType(RouteJsonException.class,
                () -> JSON.readSituation(longName));

        assertThat(viaMapper.problem()).isEqualTo(Problem.LIMIT_EXCEEDED).isEqualTo(viaFacade.problem());
        assertThat(viaMapper.getMessage()).contains("string length limit");
        byte[] many = HostileJson.manyPerformers(24, 99_999);
        assertThat(catchThrowableOfType(RouteJsonException.class, () -> mapper.readValue(many, Situation.class))
                .problem()).isEqualTo(Problem.LIMIT_EXCEEDED);
    }

    @ParameterizedTest
    @ValueSource(strings = {" SECRETMARKER", " {\"SECRETMARKER\": 1}",
        " \"SECRETMARKER\"", " [SECRETMARKER]", "SECRETMARKER", " 12SECRETMARKER", " tSECRETMARKER"})
    void trailing_text_after_a_situation_is_refused_by_the_modules_mapper_without_quoting_it(String trailing) {
        JsonMapper mapper = RouteJsonModule.mapperBuilder(JsonLimits.defaults()).build();
        String text = HostileJson.small() + trailing;
        Throwable viaMapper = catchThrowable(() -> mapper.readValue(text, Situation.class));
        Throwable viaReader = catchThrowable(() -> mapper.readerFor(Situation.class).readValue(text));
        Throwable viaBytes = catchThrowable(() -> mapper.readValue(text.getBytes(StandardCharsets.UTF_8),
                Situation.class));
        Throwable viaFacade = catchThrowable(() -> JSON.readSituation(text));
        for (Throwable t : List.of(viaMapper, viaReader, viaBytes, viaFacade)) {
            assertThat(t).as("trailing %s", trailing).isInstanceOfAny(tools.jackson.core.JacksonException.class,
                    RouteJsonException.class);
            for (Throwable c = t; c != null; c = c.getCause()) {
                assertThat(c.getMessage()).as("message of %s", c.getClass().getSimpleName())
                        .doesNotContain("SECRETMARKER");
            }
        }
    }

    record Envelope(String sender, List<Situation> situations) {}

    @Test
    void a_situation_nested_in_a_list_or_record_fails_as_route_json_exception() {
        JsonMapper mapper = RouteJsonModule.mapperBuilder(JsonLimits.defaults()).build();
        String bad = HostileJson.small().replace("\"focus-person\"", "\"sideways\"");

        RouteJsonException inList = catchThrowableOfType(RouteJsonException.class,
                () -> mapper.readValue("[" + HostileJson.small() + "," + bad + "]",
                        new tools.jackson.core.type.TypeReference<List<Situation>>() {}));
        RouteJsonException inRecord = catchThrowableOfType(RouteJsonException.class,
                () -> mapper.readValue("{\"sender\":\"x\",\"situations\":[" + bad + "]}", Envelope.class));

        assertThat(inList.problem()).isEqualTo(Problem.INVALID_VALUE);
        assertThat(inList.pointer()).isEqualTo("/participants/0/sphere");
        assertThat(inRecord.problem()).isEqualTo(Problem.INVALID_VALUE);
        assertThat(mapper.readValue("[" + HostileJson.small() + "]",
                new tools.jackson.core.type.TypeReference<List<Situation>>() {})).hasSize(1);
    }

    private static byte[] serialize(Object o) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ObjectOutputStream s = new ObjectOutputStream(out)) {
            s.writeObject(o);
        }
        return out.toByteArray();
    }

    private static Object deserialize(byte[] bytes) throws IOException, ClassNotFoundException {
        try (ObjectInputStream s = new ObjectInputStream(new ByteArrayInputStream(bytes))) {
            return s.readObject();
        }
    }

    private static int indexOf(byte[] haystack, byte[] needle) {
        outer:
        for (int i = 0; i + needle.length <= haystack.length; i++) {
            for (int k = 0; k < needle.length; k++) {
                if (haystack[i + k] != needle[k]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }
}
