package io.github.nieuweroute.json;

import static io.github.nieuweroute.json.JsonFixtures.JSON;
import static io.github.nieuweroute.json.JsonFixtures.golden;
import static io.github.nieuweroute.json.JsonFixtures.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.nieuweroute.model.Situation;
import io.github.nieuweroute.seed.SeedCase;
import io.github.nieuweroute.seed.SeedCases;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.JacksonModule;
import tools.jackson.databind.cfg.MapperBuilder;
import tools.jackson.databind.json.JsonMapper;

class RouteJsonModuleTest {

    private static final JsonMapper MAPPER = JsonMapper.builder().addModule(new RouteJsonModule()).build();
    private static final RouteJson COMPACT = JSON.withPrettyPrinting(false);

    @ParameterizedTest(name = "{0}")
    @MethodSource("io.github.nieuweroute.json.JsonFixtures#seedCases")
    void a_mapper_with_the_module_reads_the_golden_files(SeedCase seed) {
        assertThat(MAPPER.readValue(golden(seed.key()), Situation.class)).isEqualTo(seed.situation());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("io.github.nieuweroute.json.JsonFixtures#seedCases")
    void a_mapper_with_the_module_writes_what_the_facade_writes(SeedCase seed) {
        assertThat(MAPPER.writeValueAsString(seed.situation())).isEqualTo(COMPACT.writeSituation(seed.situation()));
    }

    @Test
    void situations_nested_in_a_callers_own_structure_round_trip() {
        Map<String, List<Situation>> batch = Map.of("batch", SeedCases.all().stream().map(SeedCase::situation)
                .collect(Collectors.toList()));

        String written = MAPPER.writeValueAsString(batch);
        Map<String, List<Situation>> read = MAPPER.readValue(written, new TypeReference<>() {});

        assertThat(read).isEqualTo(batch);
    }

    @Test
    void reading_is_strict_and_throws_the_typed_exception() {
        String unknown = json("{'formatVersion':1,'id':'s1','participants':[{'id':'p1','sphere':'focus-person',"
                + "'age':3}]}");

        assertThatThrownBy(() -> MAPPER.readValue(unknown, Situation.class))
                .isInstanceOfSatisfying(RouteJsonException.class, e -> {
                    assertThat(e.problem()).isEqualTo(RouteJsonException.Problem.UNKNOWN_FIELD);
                    assertThat(e.pointer()).isEqualTo("/participants/0/age");
                });
    }

    @Test
    void unknown_fields_can_be_ignored() {
        JsonMapper lenient = JsonMapper.builder().addModule(new RouteJsonModule().withUnknownFieldsIgnored(true))
                .build();
        String unknown = json("{'formatVersion':1,'id':'s1','participants':[{'id':'p1','sphere':'focus-person',"
                + "'age':3}]}");

        assertThat(lenient.readValue(unknown, Situation.class).participants()).hasSize(1);
    }

    @Test
    void the_array_limit_of_the_module_applies() {
        JsonMapper tight = JsonMapper.builder().addModule(new RouteJsonModule()
                .withLimits(JsonLimits.defaults().withMaxArrayLength(1))).build();

        assertThatThrownBy(() -> tight.readValue(golden("de-vries"), Situation.class))
                .isInstanceOfSatisfying(RouteJsonException.class,
                        e -> assertThat(e.problem()).isEqualTo(RouteJsonException.Problem.LIMIT_EXCEEDED));
    }

    @Test
    void is_found_by_the_service_loader() {
        List<Class<?>> found = MapperBuilder.findModules().stream().map(JacksonModule::getClass)
                .collect(Collectors.toList());

        assertThat(found).contains(RouteJsonModule.class);
    }

    @Test
    void a_mapper_that_finds_its_modules_reads_situations() {
        JsonMapper found = JsonMapper.builder().findAndAddModules().build();

        assertThat(found.readValue(golden("van-dalen-before"), Situation.class))
                .isEqualTo(SeedCases.vanDalenBefore().situation());
    }

    @Test
    void a_json_null_reads_as_null_as_for_any_jackson_value_while_the_facade_rejects_it() {
        assertThat(MAPPER.readValue("null", Situation.class)).isNull();
        assertThatThrownBy(() -> JSON.readSituation("null")).isInstanceOf(RouteJsonException.class);
    }

    @Test
    void has_the_name_of_the_java_module() {
        assertThat(new RouteJsonModule().getModuleName()).isEqualTo("io.github.nieuweroute.json");
    }
}
