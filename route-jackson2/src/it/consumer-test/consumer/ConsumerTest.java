package consumer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.nieuweroute.jackson2.RouteJackson2Module;
import io.github.nieuweroute.json.RouteJson;
import io.github.nieuweroute.json.RouteJsonException;
import io.github.nieuweroute.model.Situation;
import io.github.nieuweroute.rule.Report;
import io.github.nieuweroute.rule.RuleSet;
import io.github.nieuweroute.seed.SeedCases;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

/** What a consumer of the BOM does with both JSON modules; compiled and run by both consumer projects. */
class ConsumerTest {

    private static final Situation DE_VRIES = SeedCases.deVries().situation();

    @Test
    void the_libraries_are_named_modules_exactly_on_the_module_path() {
        // consumer-modulepath sets consumer.modulePath; there the test itself is patched into the module "consumer"
        boolean modulePath = Boolean.getBoolean("consumer.modulePath");
        assertEquals(modulePath, RouteJson.class.getModule().isNamed());
        assertEquals(modulePath, RouteJackson2Module.class.getModule().isNamed());
        assertEquals(modulePath ? "consumer" : null, ConsumerTest.class.getModule().getName());
        if (modulePath) {
            assertEquals("io.github.nieuweroute.json", RouteJson.class.getModule().getName());
            assertEquals("io.github.nieuweroute.jackson2", RouteJackson2Module.class.getModule().getName());
        }
    }

    @Test
    void the_facade_reads_what_it_writes_and_checks_it() {
        String json = RouteJson.create().writeSituation(DE_VRIES);
        Report report = RuleSet.standard().check(RouteJson.create().readSituation(json));
        assertEquals(RuleSet.standard().check(DE_VRIES), report);
    }

    @Test
    void jackson_3_finds_the_module_by_itself() {
        JsonMapper mapper = JsonMapper.builder().findAndAddModules().build();
        String json = mapper.writeValueAsString(DE_VRIES);
        assertEquals(DE_VRIES, mapper.readValue(json, Situation.class));
    }

    @Test
    void jackson_2_finds_the_module_by_itself() throws Exception {
        ObjectMapper mapper = new ObjectMapper().findAndRegisterModules();
        assertTrue(mapper.getRegisteredModuleIds().contains(RouteJackson2Module.class.getName())
                || mapper.getRegisteredModuleIds().contains("io.github.nieuweroute.jackson2"));
        String json = mapper.writeValueAsString(DE_VRIES);
        assertEquals(DE_VRIES, mapper.readValue(json, Situation.class));
        assertEquals(RouteJson.create().withPrettyPrinting(false).writeSituation(DE_VRIES), json);
    }

    @Test
    void both_jacksons_reject_bad_input_with_the_same_problem_at_the_same_pointer() {
        String bad = "{\"formatVersion\":1,\"id\":\"s1\",\"participants\":[{\"id\":\"p1\",\"sphere\":\"nope\"}]}";
        RouteJsonException two = assertThrows(RouteJsonException.class,
                () -> new ObjectMapper().findAndRegisterModules().readValue(bad, Situation.class));
        RouteJsonException three = assertThrows(RouteJsonException.class,
                () -> JsonMapper.builder().findAndAddModules().build().readValue(bad, Situation.class));
        assertEquals(three.problem(), two.problem());
        assertEquals("/participants/0/sphere", two.pointer());
        assertEquals(three.pointer(), two.pointer());
    }
}

