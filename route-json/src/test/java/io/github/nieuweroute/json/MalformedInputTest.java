package io.github.nieuweroute.json;

import static io.github.nieuweroute.json.JsonFixtures.json;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.nieuweroute.json.RouteJsonException.Problem;
import io.github.nieuweroute.model.Situation;
import java.io.InputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The malformed-input suite against the facade, {@link RouteJson}, and what only the facade checks because it reads
 * whole documents: empty input, {@code null}, content after the end. (A Jackson mapper reads values, and decides these
 * itself.)
 */
class MalformedInputTest extends MalformedInputSuite {

    @Override
    protected Situation read(RouteJson settings, String document) {
        return settings.readSituation(document);
    }

    @Override
    protected Situation read(RouteJson settings, byte[] document) {
        return settings.readSituation(document);
    }

    @Override
    protected Situation read(RouteJson settings, InputStream document) {
        return settings.readSituation(document);
    }

    @ParameterizedTest(name = "[{index}] ''{0}''")
    @ValueSource(strings = {"", "   ", "\n", "}", "/* comment */ {}"})
    void an_empty_document_or_one_whose_first_token_is_malformed_is_malformed_json(String document) {
        RouteJsonException e = failure(document);

        assertThat(e.problem()).isEqualTo(Problem.MALFORMED_JSON);
        assertThat(e.pointer()).isEmpty();
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @ValueSource(strings = {"}", " {}", " garbage", "[", "\n\n{'formatVersion':1}"})
    void content_after_a_complete_situation_is_malformed_json(String trailing) {
        RouteJsonException e = failure(situation("") + json(trailing));

        assertThat(e.problem()).isEqualTo(Problem.MALFORMED_JSON);
        assertThat(e.pointer()).isEmpty();
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @ValueSource(strings = {"null", " null "})
    void a_null_document_is_a_wrong_type_at_the_root(String document) {
        RouteJsonException e = failure(document);

        assertThat(e.problem()).isEqualTo(Problem.WRONG_TYPE);
        assertThat(e.pointer()).isEmpty();
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @ValueSource(strings = {"2024-0/-01", "2024-01-0:", "/024-01-01", "2024-:1-01", "2024/01/01", "2024-01/01",
        "+1000000000-01-01"})
    void a_date_with_a_character_just_outside_the_digits_or_a_wrong_separator_is_an_invalid_value(String date) {
        RouteJsonException e = failure(situation(",'decisions':[{'id':'d1','date':'" + date + "'}]"));

        assertThat(e.problem()).isEqualTo(Problem.INVALID_VALUE);
        assertThat(e.pointer()).isEqualTo("/decisions/0/date");
    }

    @ParameterizedTest(name = "{0} found {1}")
    @CsvSource(delimiterString = "|", value = {
        "true | a boolean",
        "7    | a number",
        "1.5  | a number",
        "{}   | an object",
        "[]   | an array"})
    void a_wrong_type_is_named_in_the_message(String value, String found) {
        RouteJsonException e = failure(situation(",'description':" + value));

        assertThat(e.problem()).isEqualTo(Problem.WRONG_TYPE);
        assertThat(e.pointer()).isEqualTo("/description");
        assertThat(e.getMessage()).contains("must be a string, found " + found);
    }

    @Test
    void a_string_where_a_number_belongs_is_named_in_the_message() {
        RouteJsonException e = failure(json("{'formatVersion':'1','id':'s1','participants':[" + P1 + "]}"));

        assertThat(e.problem()).isEqualTo(Problem.WRONG_TYPE);
        assertThat(e.getMessage()).contains("found a string");
    }
}
