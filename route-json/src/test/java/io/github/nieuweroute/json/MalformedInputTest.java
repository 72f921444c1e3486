package io.github.nieuweroute.json;

import static io.github.nieuweroute.json.JsonFixtures.json;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.nieuweroute.json.RouteJsonException.Problem;
import io.github.nieuweroute.model.Situation;
import java.io.InputStream;
import org.junit.jupiter.params.ParameterizedTest;
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
}
