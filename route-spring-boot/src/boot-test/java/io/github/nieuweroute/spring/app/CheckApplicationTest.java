package io.github.nieuweroute.spring.app;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.nieuweroute.json.JsonLimits;
import io.github.nieuweroute.json.RouteJson;
import io.github.nieuweroute.rule.Language;
import io.github.nieuweroute.rule.Report;
import io.github.nieuweroute.rule.RuleSet;
import io.github.nieuweroute.seed.SeedCase;
import io.github.nieuweroute.seed.SeedCases;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

/**
 * A real Boot application of this module's line on a random localhost port: the seed cases go in as
 * {@code @RequestBody Situation} and come back as reports; hostile JSON is answered with 400 problem details that
 * carry the code and JSON pointer but no input value, and nothing is logged at ERROR.
 */
@SpringBootTest(classes = CheckApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ExtendWith(OutputCaptureExtension.class)
class CheckApplicationTest {

    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final RouteJson JSON = RouteJson.create();
    private static final String P1 = "{'id':'p1','sphere':'focus-person'}";

    @Value("${local.server.port}")
    int port;

    static List<SeedCase> seedCases() {
        return SeedCases.all();
    }

    private HttpResponse<String> post(byte[] body, String accept, String language) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/check"))
                .header("Content-Type", "application/json").header("Accept", accept)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body));
        if (language != null) {
            request.header("Accept-Language", language);
        }
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private HttpResponse<String> post(String body, String language) throws Exception {
        return post(body.getBytes(StandardCharsets.UTF_8), "application/json", language);
    }

    private static String json(String singleQuoted) {
        return singleQuoted.replace('\'', '"');
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("seedCases")
    void a_seed_case_posted_as_a_situation_comes_back_as_its_report(SeedCase seed) throws Exception {
        HttpResponse<String> response = post(JSON.writeSituation(seed.situation()), null);

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/json"));
        Report report = JSON.readReport(response.body());
        assertThat(report).isEqualTo(RuleSet.standard().check(seed.situation()));
    }

    @Test
    void the_report_as_text_follows_accept_language() throws Exception {
        byte[] situation = JSON.writeSituationBytes(SeedCases.estherAndJeffrey().situation());
        Report report = RuleSet.standard().check(SeedCases.estherAndJeffrey().situation());

        HttpResponse<String> dutch = post(situation, "text/plain", "nl-NL,nl;q=0.9");
        HttpResponse<String> english = post(situation, "text/plain", "en-GB,en;q=0.9");

        assertThat(dutch.body()).isEqualTo(report.render(Language.DUTCH));
        assertThat(english.body()).isEqualTo(report.render(Language.ENGLISH));
        assertThat(dutch.body()).isNotEqualTo(english.body());
    }

    /** Hostile or broken bodies, each with the problem code and pointer it must be answered with. */
    static List<List<String>> hostile() {
        String huge = "x".repeat(JsonLimits.DEFAULT_MAX_STRING_LENGTH + 1);
        String deep = "[".repeat(10_000) + "]".repeat(10_000);
        String golden = RouteJson.create().writeSituation(SeedCases.deVries().situation());
        return List.of(
                List.of("missing formatVersion", json("{'id':'s1','participants':[" + P1 + "]}"), "MISSING_FIELD",
                        ""),
                List.of("unknown participant", json("{'formatVersion':1,'id':'s1','participants':[" + P1 + "],"
                        + "'decisions':[{'id':'d1','date':'2024-01-01'}],'plans':[{'id':'pl','agreements':[{'id':'a1',"
                        + "'decision':'d1','performers':['nobody']}]}]}"), "INVALID_MODEL",
                        "/plans/0/agreements/0/performers"),
                List.of("a name as a field", json("{'formatVersion':1,'id':'s1','participants':[{'id':'p1','sphere':"
                        + "'focus-person','Jan Jansen woont hier':1}]}"), "UNKNOWN_FIELD", "/participants/0"),
                List.of("a name as an id", json("{'formatVersion':1,'id':'s1','participants':[{'id':'Jan Jansen',"
                        + "'sphere':'focus-person'}]}"), "INVALID_MODEL", "/participants/0/id"),
                List.of("a name as a code", json("{'formatVersion':1,'id':'s1','participants':[{'id':'p1',"
                        + "'sphere':'Jan Jansen'}]}"), "INVALID_VALUE", "/participants/0/sphere"),
                List.of("a huge string", json("{'formatVersion':1,'id':'s1','participants':[" + P1 + "],"
                        + "'description':'" + huge + "'}"), "LIMIT_EXCEEDED", "/description"),
                List.of("deep nesting", json("{'formatVersion':1,'id':'s1','participants':[" + P1 + "],'extra':")
                        + deep + "}", "UNKNOWN_FIELD", "/extra"),
                Arrays.asList("truncated", golden.substring(0, golden.length() / 2), "MALFORMED_JSON", null),
                List.of("a number as the id", json("{'formatVersion':1,'id':7,'participants':[" + P1 + "]}"),
                        "WRONG_TYPE", "/id"),
                List.of("a newer format", json("{'formatVersion':9,'id':'s1','participants':[" + P1 + "]}"),
                        "UNSUPPORTED_VERSION", "/formatVersion"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("hostile")
    void hostile_json_is_answered_with_400_problem_details_without_input_values(List<String> hostileCase)
            throws Exception {
        HttpResponse<String> response = post(hostileCase.get(1), null);

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        Map<String, Object> problem = problem(response.body());
        assertThat(problem).containsEntry("status", 400).containsEntry("code", hostileCase.get(2));
        if (hostileCase.get(3) != null) {
            assertThat(problem).containsEntry("pointer", hostileCase.get(3));
        } else {
            assertThat(problem).containsKey("pointer");
        }
        assertThat(problem.get("type")).isEqualTo("urn:nieuweroute:problem:"
                + hostileCase.get(2).toLowerCase(java.util.Locale.ROOT).replace('_', '-'));
        assertThat(response.body()).doesNotContain("Jan").doesNotContain("xxxx").doesNotContain("nobody")
                .doesNotContain("Exception");
    }

    @Test
    void invalid_utf8_is_malformed_json() throws Exception {
        byte[] body = json("{'formatVersion':1,'id':'s1','participants':[" + P1 + "],'description':'X'}")
                .getBytes(StandardCharsets.UTF_8);
        body[indexOf(body, (byte) 'X')] = (byte) 0xC3;

        HttpResponse<String> response = post(body, "application/json", null);

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(problem(response.body())).containsEntry("code", "MALFORMED_JSON");
    }

    @Test
    void the_problem_is_titled_in_the_language_of_the_request() throws Exception {
        String unknown = json("{'formatVersion':1,'id':'s1','participants':[" + P1 + "],'age':3}");

        Map<String, Object> dutch = problem(post(unknown, "nl").body());
        Map<String, Object> english = problem(post(unknown, "en").body());

        assertThat(dutch).containsEntry("title", "Onbekend veld").containsEntry("pointer", "/age");
        assertThat(english).containsEntry("title", "Unknown field").containsEntry("pointer", "/age");
        assertThat(dutch.get("detail")).isNotEqualTo(english.get("detail"));
    }

    @Test
    void a_problem_in_a_situation_inside_the_applications_own_request_type_is_a_400_problem_too() throws Exception {
        String good = JSON.withPrettyPrinting(false).writeSituation(SeedCases.deVries().situation());
        String bad = json("{'formatVersion':1,'id':'s1','participants':[" + P1 + "],'age':3}");
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/batch"))
                .header("Content-Type", "application/json");

        HttpResponse<String> fine = HTTP.send(request.POST(HttpRequest.BodyPublishers.ofString(
                "[" + good + "," + good + "]")).build(), HttpResponse.BodyHandlers.ofString());
        HttpResponse<String> wrong = HTTP.send(request.POST(HttpRequest.BodyPublishers.ofString(
                "[" + good + "," + bad + "]")).build(), HttpResponse.BodyHandlers.ofString());

        assertThat(fine.body()).isEqualTo("2");
        assertThat(wrong.statusCode()).isEqualTo(400);
        assertThat(wrong.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        // the pointer is relative to the situation, as the module reports it
        assertThat(problem(wrong.body())).containsEntry("code", "UNKNOWN_FIELD").containsEntry("pointer", "/age");
    }

    @Test
    void the_readme_quotes_this_controller_exactly() throws Exception {
        java.nio.file.Path root = java.nio.file.Path.of("..");
        String source = java.nio.file.Files.readString(root.resolve("route-spring-boot/src/boot-test/java/"
                + "io/github/nieuweroute/spring/app/CheckController.java"), StandardCharsets.UTF_8);
        String controller = source.substring(source.indexOf("@RestController"));
        String readme = java.nio.file.Files.readString(root.resolve("README.md"), StandardCharsets.UTF_8);

        assertThat(readme).contains("```java\n" + controller + "```");
    }

    @Test
    void an_empty_body_is_a_400_too(CapturedOutput output) throws Exception {
        assertThat(post("", null).statusCode()).isEqualTo(400);
        assertThat(post("null", null).statusCode()).isEqualTo(400);
        // Spring's own answer (a WARN): the capture that the check after each test reads sees the requests
        assertThat(output.getAll()).contains("Required request body is missing");
    }

    @AfterEach
    void nothing_was_logged_at_error_and_no_stack_trace_at_all(CapturedOutput output) {
        assertThat(output.getAll()).doesNotContain(" ERROR ").doesNotContain("\tat ")
                .doesNotContain("Jan Jansen");
    }

    /** Reads a problem document with the library's own Jackson 3, whichever Jackson the application uses. */
    @SuppressWarnings("unchecked")
    private static Map<String, Object> problem(String body) {
        return tools.jackson.databind.json.JsonMapper.builder().build().readValue(body, Map.class);
    }

    private static int indexOf(byte[] bytes, byte b) {
        for (int i = 0; i < bytes.length; i++) {
            if (bytes[i] == b) {
                return i;
            }
        }
        throw new IllegalArgumentException("not found");
    }
}
