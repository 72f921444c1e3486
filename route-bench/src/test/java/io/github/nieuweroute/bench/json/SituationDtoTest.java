package io.github.nieuweroute.bench.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.github.nieuweroute.json.RouteJson;
import io.github.nieuweroute.model.Situation;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The peer of the JSON benchmarks carries the same data as route-json: the plain records of a benchmark situation,
 * written by plain binding, are the same JSON tree as route-json's document, and route-json's document reads into the
 * records with no field left unknown. A field added to the format but not to the records fails here, so the two
 * sides of {@link JsonBenchmark} keep doing the same work.
 */
class SituationDtoTest {

    private final RouteJson routeJson = RouteJson.create().withPrettyPrinting(false);
    private final JsonMapper plain = JsonMapper.builder()
            .changeDefaultPropertyInclusion(incl -> incl.withValueInclusion(JsonInclude.Include.NON_EMPTY))
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();

    @ParameterizedTest
    @ValueSource(strings = {"esther-and-jeffrey", "generated-1000"})
    void the_records_carry_what_route_json_writes(String name) {
        Situation situation = BenchSituations.byName(name);
        JsonNode routeTree = plain.readTree(routeJson.writeSituationBytes(situation));
        JsonNode plainTree = plain.readTree(plain.writeValueAsBytes(SituationDto.from(situation)));

        assertThat(firstDifference("", plainTree, routeTree)).as("where the records differ from route-json")
                .isNull();
        SituationDto read = plain.readValue(routeJson.writeSituationBytes(situation), SituationDto.class);
        assertThat(plain.readTree(plain.writeValueAsBytes(read))).isEqualTo(routeTree);
    }

    /** @return the JSON pointer of the first place where the trees differ, null if they are equal */
    private static String firstDifference(String at, JsonNode a, JsonNode b) {
        if (a.equals(b)) {
            return null;
        }
        if (a.isObject() && b.isObject()) {
            java.util.Set<String> names = new java.util.TreeSet<>(a.propertyNames());
            names.addAll(b.propertyNames());
            for (String name : names) {
                if (!a.has(name) || !b.has(name)) {
                    return at + "/" + name;
                }
                String d = firstDifference(at + "/" + name, a.get(name), b.get(name));
                if (d != null) {
                    return d;
                }
            }
        } else if (a.isArray() && b.isArray() && a.size() == b.size()) {
            for (int i = 0; i < a.size(); i++) {
                String d = firstDifference(at + "/" + i, a.get(i), b.get(i));
                if (d != null) {
                    return d;
                }
            }
        }
        return at + " (" + a + " against " + b + ")";
    }

    @ParameterizedTest
    @ValueSource(strings = {"generated-1000"})
    void the_generated_situation_has_the_records_of_version_2(String name) {
        Situation situation = BenchSituations.byName(name);

        assertThat(situation.decisions()).allSatisfy(d -> assertThat(d.wishes()).isNotEmpty());
        assertThat(situation.decisions()).anySatisfy(d -> assertThat(d.reasons()).isNotEmpty());
        assertThat(situation.plans()).allSatisfy(p -> assertThat(p.reviewDate()).isPresent());
        assertThat(situation.plans()).anySatisfy(p -> assertThat(p.owners()).hasSizeGreaterThan(1));
        assertThat(situation.meetings()).anySatisfy(m -> assertThat(m.kind().name())
                .isEqualTo("MULTIDISCIPLINARY_CONSULTATION"));
        assertThat(situation.questions()).anySatisfy(q -> assertThat(q.owners()).isNotEmpty());
        assertThat(situation.agreements()).allSatisfy(a -> assertThat(a.offer()).isPresent());
        assertThat(situation.agreements()).allSatisfy(a -> assertThat(a.outcomes()).isNotEmpty());
        assertThat(situation.outcomes()).isNotEmpty();
        assertThat(situation.households()).isNotEmpty();
        assertThat(situation.questions()).anySatisfy(q -> assertThat(q.loket()).isPresent());
        assertThat(situation.safetyFrames()).anySatisfy(f -> assertThat(f.conditions()).hasSize(3));
        assertThat(situation.participants()).anySatisfy(p -> assertThat(p.employer()).isPresent());
        assertThat(situation.participants()).anySatisfy(p -> assertThat(p.loadAssessments()).isNotEmpty());
        assertThat(situation.participants()).anySatisfy(p -> assertThat(p.authorityHolders()).isNotEmpty());
    }
}
