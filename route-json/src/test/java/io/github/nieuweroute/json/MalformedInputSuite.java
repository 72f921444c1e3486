package io.github.nieuweroute.json;

import static io.github.nieuweroute.json.JsonFixtures.JSON;
import static io.github.nieuweroute.json.JsonFixtures.golden;
import static io.github.nieuweroute.json.JsonFixtures.goldenBytes;
import static io.github.nieuweroute.json.JsonFixtures.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.nieuweroute.json.RouteJsonException.Problem;
import io.github.nieuweroute.model.ModelValidationException;
import io.github.nieuweroute.model.Situation;
import io.github.nieuweroute.seed.SeedCase;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;

/**
 * Bad input of every kind gives {@link RouteJsonException} with the right problem and pointer, never another
 * exception and never an out-of-memory error. The suite is run against every way of reading the format: the facade
 * ({@code MalformedInputTest}) and the Jackson 2 module of {@code route-jackson2}, which share this test data.
 */
public abstract class MalformedInputSuite {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    static final String P1 = "{'id':'p1','sphere':'focus-person'}";

    /**
     * Reads a situation the way under test, with the settings (limits, unknown fields) of a facade.
     *
     * @param settings the limits and the unknown-field handling, not null
     * @param document the document, not null
     * @return the situation
     */
    protected abstract Situation read(RouteJson settings, String document);

    /**
     * Reads a situation from UTF-8 bytes the way under test, with the settings of a facade.
     *
     * @param settings the limits and the unknown-field handling, not null
     * @param document the document, not null
     * @return the situation
     */
    protected abstract Situation read(RouteJson settings, byte[] document);

    /**
     * Reads a situation from a UTF-8 stream the way under test, with the settings of a facade.
     *
     * @param settings the limits and the unknown-field handling, not null
     * @param document the stream, not null
     * @return the situation
     */
    protected abstract Situation read(RouteJson settings, InputStream document);

    RouteJsonException failure(String document) {
        return catchThrowableOfType(RouteJsonException.class, () -> read(JSON, document));
    }

    static String situation(String fields) {
        return json("{'formatVersion':1,'id':'s1','participants':[" + P1 + "]" + fields + "}");
    }

    // -- truncated and malformed documents

    @ParameterizedTest(name = "{0}")
    @MethodSource("io.github.nieuweroute.json.JsonFixtures#seedCases")
    void every_truncation_of_a_golden_file_is_malformed_json(SeedCase seed) {
        byte[] bytes = goldenBytes(seed.key());
        // the last two bytes are the closing brace and the final line end; cutting anywhere before them truncates
        // (cutting everything is an empty document, a matter of whole documents: MalformedInputTest)
        for (int length = 1; length < bytes.length - 2; length += 3) {
            byte[] cut = Arrays.copyOf(bytes, length);
            RouteJsonException e = catchThrowableOfType(RouteJsonException.class, () -> read(JSON, cut));

            assertThat(e).as("cut at %d", length).isNotNull();
            assertThat(e.problem()).as("cut at %d", length).isEqualTo(Problem.MALFORMED_JSON);
        }
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @ValueSource(strings = {"{", "{'formatVersion':1,", "{'formatVersion' 1}", "{formatVersion:1}",
        "{'id':'s1',}", "{'id':'s1' 'x':1}", "{'id':tru}",
        "{'id':'s1\\x'}", "{'id':01}", "{'id':NaN}"})
    void malformed_json_is_reported_as_such(String document) {
        RouteJsonException e = failure(json(document));

        assertThat(e).isNotNull();
        assertThat(e.problem()).isIn(Problem.MALFORMED_JSON);
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @ValueSource(strings = {"[]", "'s1'", "1", "true"})
    void a_document_that_is_not_an_object_is_a_wrong_type_at_the_root(String document) {
        RouteJsonException e = failure(json(document));

        assertThat(e.problem()).isEqualTo(Problem.WRONG_TYPE);
        assertThat(e.pointer()).isEmpty();
        assertThat(e.getMessage()).contains("must be an object");
    }

    @Test
    void invalid_utf8_is_malformed_json() {
        byte[] bytes = situation(",'description':'X'").getBytes(StandardCharsets.UTF_8);
        int x = indexOf(bytes, (byte) 'X');
        bytes[x] = (byte) 0xC3;

        RouteJsonException e = catchThrowableOfType(RouteJsonException.class, () -> read(JSON, bytes));

        assertThat(e.problem()).isEqualTo(Problem.MALFORMED_JSON);
    }

    // -- wrong types at every field

    @ParameterizedTest(name = "{0}")
    @MethodSource("io.github.nieuweroute.json.JsonFixtures#seedCases")
    void a_value_of_the_wrong_type_at_any_position_is_reported_at_that_position(SeedCase seed) {
        JsonNode root = JsonTrees.tree(golden(seed.key()));
        for (String pointer : JsonTrees.pointers(root)) {
            JsonNode original = root.at(pointer);
            for (JsonNode wrong : wrongTypesFor(original)) {
                String mutated = JsonTrees.text(JsonTrees.replace(root, pointer, wrong));
                RouteJsonException e = failure(mutated);

                assertThat(e).as("%s at %s", wrong, pointer).isNotNull();
                assertThat(e.problem()).as("%s at %s", wrong, pointer).isEqualTo(Problem.WRONG_TYPE);
                assertThat(e.pointer()).as("%s at %s", wrong, pointer).isEqualTo(pointer);
            }
        }
    }

    private static JsonNode[] wrongTypesFor(JsonNode original) {
        JsonNode text = NODES.stringNode("Jan Jansen");
        JsonNode number = NODES.numberNode(7);
        JsonNode bool = NODES.booleanNode(true);
        JsonNode object = NODES.objectNode();
        JsonNode array = NODES.arrayNode();
        JsonNode none = NODES.nullNode();
        if (original.isString()) {
            return new JsonNode[] {number, bool, object, array, none};
        } else if (original.isNumber()) {
            return new JsonNode[] {text, bool, object, array, none};
        } else if (original.isBoolean()) {
            return new JsonNode[] {text, number, object, array, none};
        } else if (original.isObject()) {
            return new JsonNode[] {text, number, bool, array, none};
        }
        return new JsonNode[] {text, number, bool, object, none};
    }

    @Test
    void null_is_never_a_value_and_the_message_says_to_leave_the_field_out() {
        RouteJsonException e = failure(situation(",'description':null"));

        assertThat(e.problem()).isEqualTo(Problem.WRONG_TYPE);
        assertThat(e.pointer()).isEqualTo("/description");
        assertThat(e.getMessage()).contains("leave an absent field out");
    }

    // -- missing, unknown and repeated fields

    @ParameterizedTest(name = "{1} missing from {0}")
    @CsvSource(delimiterString = "|", value = {
        "{'id':'s1','participants':[{'id':'p1','sphere':'focus-person'}]}   | | formatVersion",
        "{'formatVersion':1,'participants':[{'id':'p1','sphere':'focus-person'}]} | | id",
        "{'formatVersion':1,'id':'s1'}                                        | | participants",
        "{'formatVersion':1,'id':'s1','participants':[{'id':'p1'}]}           | /participants/0 | sphere",
        "{'formatVersion':1,'id':'s1','participants':[{'sphere':'lifeworld'}]} | /participants/0 | id",
    })
    void a_missing_required_field_is_reported_at_its_object(String document, String pointer, String field) {
        RouteJsonException e = failure(json(document));

        assertThat(e.problem()).isEqualTo(Problem.MISSING_FIELD);
        assertThat(e.pointer()).isEqualTo(pointer == null ? "" : pointer);
        assertThat(e.getMessage()).contains("'" + field + "'");
    }

    @Test
    void an_unknown_field_in_a_nested_object_is_reported_at_that_field() {
        RouteJsonException e = failure(json("{'formatVersion':1,'id':'s1','participants':[{'id':'p1','sphere':"
                + "'focus-person','relation':{'code':'child','circle':'first','since':2001}}]}"));

        assertThat(e.problem()).isEqualTo(Problem.UNKNOWN_FIELD);
        assertThat(e.pointer()).isEqualTo("/participants/0/relation/since");
        assertThat(e.getMessage()).endsWith("allowed are code, circle");
    }

    @Test
    void an_unknown_field_whose_name_is_free_text_is_reported_at_its_object_without_the_name() {
        RouteJsonException e = failure(json("{'formatVersion':1,'id':'s1','participants':[{'id':'p1','sphere':"
                + "'focus-person','Jan Jansen woont hier':1}]}"));

        assertThat(e.problem()).isEqualTo(Problem.UNKNOWN_FIELD);
        assertThat(e.pointer()).isEqualTo("/participants/0");
        assertThat(e.getMessage()).doesNotContain("Jan");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiterString = "|", value = {
        "{'formatVersion':1,'id':'s1','id':'s2','participants':[{'id':'p1','sphere':'focus-person'}]} | /id",
        "{'formatVersion':1,'id':'s1','participants':[{'id':'p1','sphere':'focus-person','sphere':'lifeworld'}]}"
            + " | /participants/0/sphere",
        "{'formatVersion':1,'id':'s1','participants':[{'id':'p1','sphere':'focus-person'}],'decisions':[{'id':'d1',"
            + "'date':'2024-01-01','participation':{'p1':'informed','p1':'co-decided'}}]}"
            + " | /decisions/0/participation/p1",
    })
    void a_repeated_field_is_reported_at_its_second_occurrence(String document, String pointer) {
        RouteJsonException e = failure(json(document));

        assertThat(e.problem()).isEqualTo(Problem.DUPLICATE_FIELD);
        assertThat(e.pointer()).isEqualTo(pointer);
    }

    @Test
    void a_repeated_id_in_a_set_of_ids_is_reported_at_its_second_occurrence() {
        RouteJsonException e = failure(situation(",'decisions':[{'id':'d1','date':'2024-01-01'}],'plans':[{'id':'pl',"
                + "'agreements':[{'id':'a1','decision':'d1','performers':['p1','p1']}]}]"));

        assertThat(e.problem()).isEqualTo(Problem.DUPLICATE_ENTRY);
        assertThat(e.pointer()).isEqualTo("/plans/0/agreements/0/performers/1");
    }

    // -- invalid values

    @ParameterizedTest(name = "[{index}] {0}")
    @ValueSource(strings = {"2024-02-30", "2024-13-01", "01-02-2024", "2024-1-1", "", "2024-01-01T10:00",
        "2024-01-01Z", "+2024-01-01", "tomorrow", "20240101"})
    void an_invalid_date_is_an_invalid_value_at_the_date(String date) {
        RouteJsonException e = failure(situation(",'decisions':[{'id':'d1','date':'" + date + "'}]"));

        assertThat(e.problem()).isEqualTo(Problem.INVALID_VALUE);
        assertThat(e.pointer()).isEqualTo("/decisions/0/date");
        assertThat(e.getMessage()).contains("ISO-8601");
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @ValueSource(strings = {"FOCUS_PERSON", "Focus-Person", "focus_person", "focusPerson", "", "Jan Jansen"})
    void an_unknown_code_is_an_invalid_value_and_the_message_lists_the_allowed_codes(String code) {
        RouteJsonException e = failure(json("{'formatVersion':1,'id':'s1','participants':[{'id':'p1','sphere':'"
                + code + "'}]}"));

        assertThat(e.problem()).isEqualTo(Problem.INVALID_VALUE);
        assertThat(e.pointer()).isEqualTo("/participants/0/sphere");
        assertThat(e.getMessage()).contains("focus-person, lifeworld, system-world, unknown");
        if (!code.isEmpty()) {
            assertThat(e.getMessage()).doesNotContain(code);
        }
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @ValueSource(strings = {"-1", "2147483648", "1.5", "1e3"})
    void a_count_out_of_range_or_not_an_integer_is_rejected(String number) {
        RouteJsonException e = failure(situation(",'meetings':[{'id':'m1','date':'2024-01-01',"
                + "'unrecordedAttendees':" + number + "}]"));

        assertThat(e.problem()).isIn(Problem.INVALID_VALUE, Problem.WRONG_TYPE);
        assertThat(e.pointer()).isEqualTo("/meetings/0/unrecordedAttendees");
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @ValueSource(strings = {"0", "3", "99"})
    void another_format_version_is_unsupported(String version) {
        RouteJsonException e = failure(json("{'formatVersion':" + version + ",'id':'s1','participants':[" + P1
                + "]}"));

        assertThat(e.problem()).isEqualTo(Problem.UNSUPPORTED_VERSION);
        assertThat(e.pointer()).isEqualTo("/formatVersion");
    }

    // -- the model's invariants

    @Test
    void a_dangling_reference_is_reported_at_the_referring_field() {
        RouteJsonException e = failure(situation(",'decisions':[{'id':'d1','date':'2024-01-01'}],'plans':[{'id':'pl',"
                + "'agreements':[{'id':'a1','decision':'d1','performers':['nobody']}]}]"));

        assertThat(e.problem()).isEqualTo(Problem.INVALID_MODEL);
        assertThat(e.modelProblem()).contains(ModelValidationException.Problem.UNRESOLVED_REFERENCE);
        assertThat(e.pointer()).isEqualTo("/plans/0/agreements/0/performers");
        assertThat(e.getCause()).isInstanceOf(ModelValidationException.class);
    }

    @Test
    void a_duplicate_id_is_reported_at_its_second_use() {
        RouteJsonException e = failure(json("{'formatVersion':1,'id':'s1','participants':[" + P1
                + ",{'id':'p2','sphere':'lifeworld'},{'id':'p1','sphere':'lifeworld'}]}"));

        assertThat(e.modelProblem()).contains(ModelValidationException.Problem.DUPLICATE_ID);
        assertThat(e.pointer()).isEqualTo("/participants/2/id");
    }

    @Test
    void a_situation_without_a_focus_person_is_reported_at_the_participants() {
        RouteJsonException e = failure(json("{'formatVersion':1,'id':'s1','participants':"
                + "[{'id':'p1','sphere':'lifeworld'}]}"));

        assertThat(e.modelProblem()).contains(ModelValidationException.Problem.NO_FOCUS_PERSON);
        assertThat(e.pointer()).isEqualTo("/participants");
    }

    @Test
    void an_invariant_of_one_record_is_reported_at_its_field() {
        RouteJsonException e = failure(situation(",'exchanges':[{'id':'e1','giver':'p1','receiver':'p1'}]"));

        assertThat(e.problem()).isEqualTo(Problem.INVALID_MODEL);
        assertThat(e.pointer()).isEqualTo("/exchanges/0/receiver");
    }

    @Test
    void a_malformed_id_is_reported_at_the_id_without_repeating_it() {
        RouteJsonException e = failure(json("{'formatVersion':1,'id':'s1','participants':"
                + "[{'id':'Jan Jansen','sphere':'focus-person'}]}"));

        assertThat(e.modelProblem()).contains(ModelValidationException.Problem.INVALID_ID);
        assertThat(e.pointer()).isEqualTo("/participants/0/id");
        assertThat(e.getMessage()).doesNotContain("Jan");
    }

    @Test
    void a_blank_text_is_reported_at_the_text() {
        RouteJsonException e = failure(situation(",'description':'   '"));

        assertThat(e.problem()).isEqualTo(Problem.INVALID_MODEL);
        assertThat(e.pointer()).isEqualTo("/description");
    }

    // -- limits

    @Test
    void a_huge_string_exceeds_the_string_limit() {
        String huge = "x".repeat(JsonLimits.DEFAULT_MAX_STRING_LENGTH + 1);

        RouteJsonException e = failure(situation(",'description':'" + huge + "'"));

        assertThat(e.problem()).isEqualTo(Problem.LIMIT_EXCEEDED);
        assertThat(e.pointer()).isEqualTo("/description");
        assertThat(e.getMessage()).contains("string length limit").doesNotContain("xxxx");
    }

    @Test
    void a_huge_field_name_exceeds_the_name_limit() {
        String huge = "n".repeat(JsonLimits.DEFAULT_MAX_NAME_LENGTH + 1);

        RouteJsonException e = failure(situation(",'" + huge + "':1"));

        assertThat(e.problem()).isEqualTo(Problem.LIMIT_EXCEEDED);
        assertThat(e.getMessage()).contains("field name length limit");
    }

    @Test
    void a_huge_number_exceeds_the_number_limit() {
        RouteJsonException e = failure(json("{'formatVersion':" + "9".repeat(1000) + "}"));

        assertThat(e.problem()).isEqualTo(Problem.LIMIT_EXCEEDED);
        assertThat(e.getMessage()).contains("number length limit");
    }

    @Test
    void ten_thousand_nested_arrays_exceed_the_nesting_limit_even_when_unknown_fields_are_skipped() {
        String deep = "[".repeat(10_000) + "]".repeat(10_000);
        String document = situation(",'extra':" + deep);

        RouteJsonException strict = failure(document);
        RouteJsonException lenient = catchThrowableOfType(RouteJsonException.class,
                () -> read(JSON.withUnknownFieldsIgnored(true), document));

        assertThat(strict.problem()).isEqualTo(Problem.UNKNOWN_FIELD);
        assertThat(lenient.problem()).isEqualTo(Problem.LIMIT_EXCEEDED);
        assertThat(lenient.getMessage()).contains("nesting depth limit");
    }

    @Test
    void ten_thousand_nested_objects_at_the_root_exceed_the_nesting_limit() {
        String deep = "{\"a\":".repeat(10_000) + "1" + "}".repeat(10_000);

        RouteJsonException e = catchThrowableOfType(RouteJsonException.class,
                () -> read(JSON.withUnknownFieldsIgnored(true), deep));

        assertThat(e.problem()).isEqualTo(Problem.LIMIT_EXCEEDED);
    }

    @Test
    void a_100_megabyte_array_stops_at_the_array_limit_after_reading_only_a_little_of_it() {
        GeneratedInput in = GeneratedInput.hugeArray(100L * 1024 * 1024);

        RouteJsonException e = catchThrowableOfType(RouteJsonException.class, () -> read(JSON, in));

        assertThat(e.problem()).isEqualTo(Problem.LIMIT_EXCEEDED);
        assertThat(e.pointer()).isEqualTo("/sources/" + JsonLimits.DEFAULT_MAX_ARRAY_LENGTH);
        assertThat(in.delivered()).isLessThan(10L * 1024 * 1024);
    }

    @Test
    void a_100_megabyte_array_stops_at_the_document_limit_when_arrays_are_unbounded() {
        GeneratedInput in = GeneratedInput.hugeArray(100L * 1024 * 1024);
        RouteJson unboundedArrays = JSON.withLimits(JsonLimits.defaults().withMaxArrayLength(Integer.MAX_VALUE)
                .withMaxElements(Integer.MAX_VALUE).withMaxDocumentLength(8L * 1024 * 1024));

        RouteJsonException e = catchThrowableOfType(RouteJsonException.class,
                () -> read(unboundedArrays, in));

        assertThat(e.problem()).isEqualTo(Problem.LIMIT_EXCEEDED);
        assertThat(e.getMessage()).contains("document length limit");
        assertThat(in.delivered()).isLessThan(10L * 1024 * 1024);
    }

    @Test
    void limits_can_be_lowered() {
        RouteJson tight = JSON.withLimits(JsonLimits.defaults().withMaxArrayLength(1));

        assertThatThrownBy(() -> read(tight, json("{'formatVersion':1,'id':'s1','participants':[" + P1
                + ",{'id':'p2','sphere':'lifeworld'}]}")))
                .isInstanceOfSatisfying(RouteJsonException.class, e -> {
                    assertThat(e.problem()).isEqualTo(Problem.LIMIT_EXCEEDED);
                    assertThat(e.pointer()).isEqualTo("/participants/1");
                });
    }

    private static int indexOf(byte[] bytes, byte b) {
        for (int i = 0; i < bytes.length; i++) {
            if (bytes[i] == b) {
                return i;
            }
        }
        throw new IllegalArgumentException("not found");
    }

    /** An input stream that makes a huge document as it is read, so it never sits in memory. */
    static final class GeneratedInput extends InputStream {
        private final byte[] head;
        private final byte[] element;
        private final long size;
        private long delivered;

        private GeneratedInput(byte[] head, byte[] element, long size) {
            this.head = head;
            this.element = element;
            this.size = size;
        }

        /** A situation whose sources array of one-letter strings goes on for the given number of bytes. */
        static GeneratedInput hugeArray(long size) {
            return new GeneratedInput("{\"formatVersion\":1,\"id\":\"s1\",\"sources\":[\"a\"".getBytes(
                    StandardCharsets.US_ASCII), ",\"a\"".getBytes(StandardCharsets.US_ASCII), size);
        }

        long delivered() {
            return delivered;
        }

        @Override
        public int read() {
            if (delivered >= size) {
                return -1;
            }
            long i = delivered++;
            if (i < head.length) {
                return head[(int) i];
            }
            return element[(int) ((i - head.length) % element.length)];
        }

        @Override
        public int read(byte[] b, int off, int len) {
            if (delivered >= size) {
                return -1;
            }
            int n = (int) Math.min(len, size - delivered);
            for (int k = 0; k < n; k++) {
                b[off + k] = (byte) read();
            }
            return n;
        }
    }
}
