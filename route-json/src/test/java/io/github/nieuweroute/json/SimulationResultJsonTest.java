package io.github.nieuweroute.json;

import static io.github.nieuweroute.json.JsonFixtures.JSON;
import static io.github.nieuweroute.json.JsonFixtures.resultSchemaErrors;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.nieuweroute.json.internal.Codes;
import io.github.nieuweroute.sim.DecimalText;
import io.github.nieuweroute.sim.Estimate;
import io.github.nieuweroute.sim.Library;
import io.github.nieuweroute.sim.Metric;
import io.github.nieuweroute.sim.Parameter;
import io.github.nieuweroute.sim.RouteGroup;
import io.github.nieuweroute.sim.RoutePolicy;
import io.github.nieuweroute.sim.Scenario;
import io.github.nieuweroute.sim.SimulationResult;
import io.github.nieuweroute.sim.Simulator;
import io.github.nieuweroute.sim.Sweep;
import io.github.nieuweroute.sim.SweepResult;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Simulation and sweep results in the JSON format: every number the API gives, in a schema-valid document. */
class SimulationResultJsonTest {

    private static final Scenario SCENARIO = Scenario.builder().name("new-route").cohortSize(300).horizonWeeks(30)
            .replications(3).policy(RoutePolicy.NEW).build();
    private static final SimulationResult RESULT = Simulator.builder().threads(1).build().run(SCENARIO, 42L);

    private static JsonNode tree(String json) {
        return JsonTrees.tree(json);
    }

    @Test
    void a_result_validates_against_the_schema_in_both_layouts() {
        assertThat(resultSchemaErrors(JSON.writeSimulationResult(RESULT))).isEmpty();
        assertThat(resultSchemaErrors(JSON.withPrettyPrinting(false).writeSimulationResult(RESULT))).isEmpty();
    }

    @Test
    void every_number_of_the_result_is_in_the_document_exactly() {
        JsonNode doc = tree(JSON.writeSimulationResult(RESULT));

        assertThat(doc.get("kind").asString()).isEqualTo("simulation-result");
        assertThat(doc.get("seed").asLong()).isEqualTo(42L);
        assertThat(doc.get("scenario").get("policy").asString()).isEqualTo("new");
        assertThat(doc.get("scenario").get("parameters").get("environmentInfluence").asDouble())
                .isEqualTo(SCENARIO.parameters().get(Parameter.ENVIRONMENT_INFLUENCE));
        List<String> groups = new ArrayList<>();
        for (JsonNode group : doc.get("groups")) {
            RouteGroup g = Codes.ROUTE_GROUP.constant(group.get("route").asString());
            groups.add(g.name());
            assertThat(group.get("metrics").size()).isEqualTo(Metric.values().length);
            for (int m = 0; m < Metric.values().length; m++) {
                Metric metric = Metric.values()[m];
                JsonNode node = group.get("metrics").get(m);
                assertThat(node.get("metric").asString()).isEqualTo(metric.key());
                assertThat(node.get("unit").asString()).isEqualTo(metric.unit());
                assertEstimate(node.get("horizon"), RESULT.horizonMean(g, metric));
                JsonNode weekly = node.get("weekly");
                for (int w = 0; w < SCENARIO.horizonWeeks(); w++) {
                    Estimate e = RESULT.weekly(g, metric, w);
                    assertNumber(weekly.get("mean").get(w), e.mean());
                    assertNumber(weekly.get("ci95Lower").get(w), e.lower());
                    assertNumber(weekly.get("ci95Upper").get(w), e.upper());
                    assertThat(weekly.get("replications").get(w).asInt()).isEqualTo(e.replications());
                    assertThat(group.get("cases").get(w).asDouble()).isEqualTo(RESULT.series(g, metric).cases(w));
                }
            }
        }
        List<String> withCases = Arrays.stream(RouteGroup.values()).filter(RESULT::hasCases).map(Enum::name)
                .collect(Collectors.toList());
        assertThat(groups).isEqualTo(withCases).contains("ALL", "NEW").hasSizeGreaterThan(2);
    }

    private static void assertEstimate(JsonNode node, Estimate e) {
        assertNumber(node.get("mean"), e.mean());
        assertNumber(node.get("ci95Lower"), e.lower());
        assertNumber(node.get("ci95Upper"), e.upper());
        assertThat(node.get("replications").asInt()).isEqualTo(e.replications());
    }

    /** A number is written exactly, a value that does not exist (NaN) as null. */
    private static void assertNumber(JsonNode node, double expected) {
        if (Double.isNaN(expected)) {
            assertThat(node.isNull()).as("NaN is written as null").isTrue();
        } else {
            assertThat(node.isNumber()).isTrue();
            assertThat(node.asDouble()).isEqualTo(expected);
        }
    }

    @Test
    void a_result_names_the_library_and_its_version() {
        JsonNode library = tree(JSON.writeSimulationResult(RESULT)).get("library");

        assertThat(library.get("name").asString()).isEqualTo("io.github.nieuweroute:route-core");
        assertThat(library.get("version").asString()).isEqualTo(Library.version());
    }

    @Test
    void numbers_are_spelled_as_in_the_csv_the_shortest_text_that_reads_back() {
        String compact = JSON.withPrettyPrinting(false).writeSimulationResult(RESULT);
        Estimate e = RESULT.horizonMean(RouteGroup.ALL, Metric.EFFECT);

        assertThat(compact).contains("\"metric\":\"effect\",\"unit\":\"share\",\"horizon\":{\"mean\":"
                + DecimalText.of(e.mean()) + ",\"ci95Lower\":" + DecimalText.of(e.lower()) + ",");
        assertThat(compact).contains("\"cohortSize\":300,").contains("\"cases\":[300,300,");
    }

    @Test
    void the_pretty_layout_has_a_line_per_field_and_each_series_on_one_line() {
        String pretty = JSON.writeSimulationResult(RESULT);
        List<String> lines = pretty.lines().collect(Collectors.toList());
        long groups = Arrays.stream(RouteGroup.values()).filter(RESULT::hasCases).count();

        assertThat(lines).hasSizeGreaterThan(100);
        // per metric: metric, unit, horizon (6 lines), weekly (6 lines), braces: independent of the weeks
        assertThat((long) lines.size()).isLessThan(100 + groups * Metric.values().length * 20);
        assertThat(lines).anySatisfy(l -> assertThat(l).matches(" {12}\"mean\": \\[[^\\]]+\\],"));
        assertThat(lines.get(1)).isEqualTo("  \"formatVersion\": 1,");
        assertThat(tree(pretty)).isEqualTo(tree(JSON.withPrettyPrinting(false).writeSimulationResult(RESULT)));
    }

    @Test
    void values_that_do_not_exist_are_null() {
        SimulationResult one = Simulator.builder().build().run(SCENARIO.toBuilder().replications(1).build(), 7L);
        JsonNode horizon = tree(JSON.writeSimulationResult(one)).get("groups").get(0).get("metrics").get(0)
                .get("horizon");

        assertThat(horizon.get("mean").isNumber()).isTrue();
        assertThat(horizon.get("ci95Lower").isNull()).isTrue();
        assertThat(resultSchemaErrors(JSON.writeSimulationResult(one))).isEmpty();
    }

    @Test
    void the_same_seed_gives_the_same_bytes_whatever_the_threads() {
        SimulationResult twoThreads = Simulator.builder().threads(2).build().run(SCENARIO, 42L);

        assertThat(JSON.writeSimulationResult(twoThreads)).isEqualTo(JSON.writeSimulationResult(RESULT));
    }

    @Test
    void a_sweep_is_written_point_by_point_with_the_swept_values() {
        Sweep sweep = Sweep.over(SCENARIO.toBuilder().horizonWeeks(8).replications(2).build())
                .policies(RoutePolicy.OLD, RoutePolicy.NEW).vary(Parameter.ENVIRONMENT_INFLUENCE, 0.2, 0.6).build();
        SweepResult result = Simulator.builder().threads(2).build().sweep(sweep, 3L);
        ByteArrayOutputStream out = new ByteArrayOutputStream();

        JSON.writeSweepResult(result, out);

        String json = out.toString(StandardCharsets.UTF_8);
        assertThat(resultSchemaErrors(json)).isEmpty();
        JsonNode doc = tree(json);
        assertThat(doc.get("kind").asString()).isEqualTo("sweep-result");
        assertThat(doc.get("library").get("version").asString()).isEqualTo(Library.version());
        assertThat(doc.get("design").asString()).isEqualTo("full-factorial");
        assertThat(doc.get("policies").toString()).isEqualTo("[\"old\",\"new\"]");
        assertThat(doc.get("varied").toString()).isEqualTo("[\"environmentInfluence\"]");
        assertThat(doc.get("points").size()).isEqualTo(4);
        for (int i = 0; i < 4; i++) {
            JsonNode point = doc.get("points").get(i);
            SweepResult.Point expected = result.points().get(i);
            assertThat(point.get("point").asInt()).isEqualTo(expected.point().index());
            assertThat(point.get("values").get("environmentInfluence").asDouble())
                    .isEqualTo(expected.point().values().get(Parameter.ENVIRONMENT_INFLUENCE));
            assertThat(point.get("scenario").get("policy").asString())
                    .isEqualTo(Codes.ROUTE_POLICY.code(expected.point().policy()));
            assertThat(point.get("groups").get(0).get("metrics").get(0).get("horizon").get("mean").asDouble())
                    .isEqualTo(expected.result().horizonMean(RouteGroup.ALL, Metric.values()[0]).mean());
        }
    }

    @Test
    void the_module_writes_results_as_the_facade_does() {
        JsonMapper mapper = JsonMapper.builder().addModule(new RouteJsonModule()).build();

        assertThat(mapper.writeValueAsString(RESULT)).isEqualTo(JSON.withPrettyPrinting(false)
                .writeSimulationResult(RESULT));
    }

    @Test
    void the_schema_names_every_parameter_metric_policy_and_group() {
        JsonNode schema;
        try (InputStream in = RouteJson.openResultSchema()) {
            schema = tree(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        JsonNode defs = schema.get("$defs");

        assertThat(strings(defs.get("parameterKey").get("enum"))).isEqualTo(
                Arrays.stream(Parameter.values()).map(Parameter::key).collect(Collectors.toList()));
        assertThat(strings(defs.get("scenario").get("properties").get("parameters").get("required")))
                .isEqualTo(strings(defs.get("parameterKey").get("enum")));
        assertThat(strings(defs.get("metric").get("properties").get("metric").get("enum"))).isEqualTo(
                Arrays.stream(Metric.values()).map(Metric::key).collect(Collectors.toList()));
        assertThat(strings(defs.get("scenario").get("properties").get("policy").get("enum")))
                .isEqualTo(Codes.ROUTE_POLICY.codes());
        assertThat(strings(defs.get("group").get("properties").get("route").get("enum")))
                .isEqualTo(Codes.ROUTE_GROUP.codes());
    }

    @Test
    void a_document_the_schema_must_reject_is_rejected() {
        JsonNode doc = tree(JSON.writeSimulationResult(RESULT));
        Map<String, String> edits = Map.of(
                "/scenario/policy", "\"sideways\"",
                "/groups/0/metrics/0/metric", "\"happiness\"",
                "/groups/0/metrics/0/weekly/mean/0", "\"1.0\"",
                "/kind", "\"report\"");
        for (Map.Entry<String, String> e : edits.entrySet()) {
            String edited = JsonTrees.text(JsonTrees.replace(doc, e.getKey(), tree(e.getValue())));
            assertThat(resultSchemaErrors(edited)).as(e.getKey()).isNotEmpty();
        }
    }

    private static List<String> strings(JsonNode array) {
        List<String> out = new ArrayList<>();
        array.forEach(n -> out.add(n.asString()));
        return out;
    }
}
