package io.github.nieuweroute.jackson2;

import static io.github.nieuweroute.json.JsonFixtures.golden;
import static io.github.nieuweroute.json.JsonFixtures.goldenReport;
import static io.github.nieuweroute.json.JsonFixtures.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.Module;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.github.nieuweroute.json.JsonLimits;
import io.github.nieuweroute.json.RouteJson;
import io.github.nieuweroute.json.RouteJsonException;
import io.github.nieuweroute.model.Situation;
import io.github.nieuweroute.rule.Report;
import io.github.nieuweroute.rule.RuleSet;
import io.github.nieuweroute.seed.SeedCase;
import io.github.nieuweroute.seed.SeedCases;
import io.github.nieuweroute.sim.RoutePolicy;
import io.github.nieuweroute.sim.Scenario;
import io.github.nieuweroute.sim.SimulationResult;
import io.github.nieuweroute.sim.Simulator;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The module against route-json's golden files, which define the format for both Jacksons. */
class RouteJackson2ModuleTest {

    private static final ObjectMapper MAPPER = new ObjectMapper().registerModule(new RouteJackson2Module());
    private static final RouteJson COMPACT = RouteJson.create().withPrettyPrinting(false);

    @ParameterizedTest(name = "{0}")
    @MethodSource("io.github.nieuweroute.json.JsonFixtures#seedCases")
    void a_mapper_with_the_module_reads_the_golden_files(SeedCase seed) throws Exception {
        assertThat(MAPPER.readValue(golden(seed.key()), Situation.class)).isEqualTo(seed.situation());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("io.github.nieuweroute.json.JsonFixtures#seedCases")
    void a_mapper_with_the_module_reads_the_version_1_golden_files_as_route_json_does(SeedCase seed)
            throws Exception {
        String v1 = io.github.nieuweroute.json.JsonFixtures.goldenV1(seed.key());

        assertThat(MAPPER.readValue(v1, Situation.class)).isEqualTo(RouteJson.create().readSituation(v1));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("io.github.nieuweroute.json.JsonFixtures#seedCases")
    void a_mapper_with_the_module_writes_what_route_json_writes(SeedCase seed) throws Exception {
        assertThat(MAPPER.writeValueAsString(seed.situation())).isEqualTo(COMPACT.writeSituation(seed.situation()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("io.github.nieuweroute.json.JsonFixtures#seedCases")
    void a_pretty_mapper_writes_the_golden_file(SeedCase seed) throws Exception {
        ObjectMapper pretty = new ObjectMapper().registerModule(new RouteJackson2Module())
                .enable(SerializationFeature.INDENT_OUTPUT);

        String written = pretty.writeValueAsString(seed.situation());

        // Jackson 2's pretty printer puts a space before the colon; the tokens are the golden file's
        assertThat(MAPPER.readTree(written)).isEqualTo(MAPPER.readTree(golden(seed.key())));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("io.github.nieuweroute.json.JsonFixtures#seedCases")
    void golden_reports_read_and_write_as_route_json_reads_and_writes_them(SeedCase seed) throws Exception {
        String document = goldenReport(seed.key());
        Report report = MAPPER.readValue(document, Report.class);

        assertThat(report).isEqualTo(RuleSet.standard().check(seed.situation()));
        assertThat(MAPPER.writeValueAsString(report)).isEqualTo(COMPACT.writeReport(report));
    }

    @Test
    void a_simulation_result_is_written_as_route_json_writes_it() throws Exception {
        Scenario scenario = Scenario.builder().name("small").policy(RoutePolicy.NEW).cohortSize(20).horizonWeeks(8)
                .replications(2).build();
        SimulationResult result = Simulator.builder().threads(1).build().run(scenario, 7L);
        ByteArrayOutputStream expected = new ByteArrayOutputStream();
        COMPACT.writeSimulationResult(result, expected);

        assertThat(MAPPER.writeValueAsString(result)).isEqualTo(expected.toString(StandardCharsets.UTF_8));
    }

    @Test
    void situations_nested_in_a_callers_own_structure_round_trip() throws Exception {
        Map<String, List<Situation>> batch = Map.of("batch", SeedCases.all().stream().map(SeedCase::situation)
                .collect(Collectors.toList()));

        String written = MAPPER.writeValueAsString(batch);
        Map<String, List<Situation>> read = MAPPER.readValue(written, new TypeReference<>() {});

        assertThat(read).isEqualTo(batch);
    }

    @Test
    void a_problem_in_a_nested_situation_keeps_its_type_and_its_pointer_relative_to_the_situation() {
        String batch = json("{'batch':[{'formatVersion':1,'id':'s1','participants':[{'id':'p1',"
                + "'sphere':'focus-person','age':3}]}]}");

        assertThatThrownBy(() -> MAPPER.readValue(batch, new TypeReference<Map<String, List<Situation>>>() {}))
                .satisfies(e -> {
                    RouteJsonException cause = RouteJackson2ModuleTest.find(e);
                    assertThat(cause.problem()).isEqualTo(RouteJsonException.Problem.UNKNOWN_FIELD);
                    assertThat(cause.pointer()).isEqualTo("/participants/0/age");
                });
    }

    private static RouteJsonException find(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof RouteJsonException r) {
                return r;
            }
        }
        throw new AssertionError("no RouteJsonException in " + e);
    }

    @Test
    void reading_a_situation_throws_the_typed_exception_itself() {
        String unknown = json("{'formatVersion':1,'id':'s1','participants':[{'id':'p1','sphere':'focus-person',"
                + "'age':3}]}");

        assertThatThrownBy(() -> MAPPER.readValue(unknown, Situation.class))
                .isInstanceOfSatisfying(RouteJsonException.class, e -> {
                    assertThat(e.problem()).isEqualTo(RouteJsonException.Problem.UNKNOWN_FIELD);
                    assertThat(e.pointer()).isEqualTo("/participants/0/age");
                });
    }

    @Test
    void the_nesting_limit_counts_from_the_situation_not_from_the_document() throws Exception {
        int outer = JsonLimits.DEFAULT_MAX_NESTING_DEPTH;
        String deep = "[".repeat(outer) + golden("de-vries") + "]".repeat(outer);

        try (JsonParser p = MAPPER.createParser(deep)) {
            for (int i = 0; i <= outer; i++) {
                p.nextToken();
            }
            assertThat(MAPPER.readValue(p, Situation.class)).isEqualTo(SeedCases.deVries().situation());
        }
    }

    @Test
    void is_found_by_the_service_loader() {
        List<Class<?>> found = ObjectMapper.findModules().stream().map(Module::getClass)
                .collect(Collectors.toList());

        assertThat(found).contains(RouteJackson2Module.class);
    }

    @Test
    void a_mapper_that_finds_its_modules_reads_situations() throws Exception {
        ObjectMapper found = new ObjectMapper().findAndRegisterModules();

        assertThat(found.readValue(golden("van-dalen-before"), Situation.class))
                .isEqualTo(SeedCases.vanDalenBefore().situation());
    }

    @Test
    void a_json_null_reads_as_null_as_for_any_jackson_value() throws Exception {
        assertThat(MAPPER.readValue("null", Situation.class)).isNull();
    }

    @Test
    void withers_return_new_modules_with_the_settings() {
        RouteJackson2Module module = new RouteJackson2Module();
        RouteJackson2Module lenient = module.withUnknownFieldsIgnored(true)
                .withLimits(JsonLimits.defaults().withMaxArrayLength(5));

        assertThat(module.ignoresUnknownFields()).isFalse();
        assertThat(lenient.ignoresUnknownFields()).isTrue();
        assertThat(lenient.limits().maxArrayLength()).isEqualTo(5);
        assertThat(module.getModuleName()).isEqualTo("io.github.nieuweroute.jackson2");
    }
}
