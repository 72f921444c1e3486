package io.github.nieuweroute.json;

import static io.github.nieuweroute.json.JsonFixtures.JSON;
import static io.github.nieuweroute.json.JsonFixtures.json;
import static io.github.nieuweroute.json.JsonFixtures.schemaErrors;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.nieuweroute.json.RouteJsonException.Problem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Safety-frame conditions in format version 2: strictness, pointers and the fields each kind needs. Their golden file
 * is checked by {@link ConceptGoldenFilesTest}.
 */
class SafetyConditionsJsonTest {

    @Test
    void conditions_in_a_version_1_document_are_an_unknown_field_with_their_pointer() {
        String document = json("{'formatVersion':1,'id':'s1','participants':[{'id':'p1','sphere':'focus-person'},"
                + "{'id':'p2','sphere':'lifeworld'}],'safetyFrames':[{'id':'f','setBy':'p2',"
                + "'conditions':[{'kind':'decided-with-frame-owner','subject':'p1'}]}]}");

        assertThatThrownBy(() -> JSON.readSituation(document)).isInstanceOfSatisfying(RouteJsonException.class,
                e -> {
                    assertThat(e.problem()).isEqualTo(Problem.UNKNOWN_FIELD);
                    assertThat(e.pointer()).isEqualTo("/safetyFrames/0/conditions");
                });
    }

    @Test
    void an_unknown_field_or_kind_of_a_condition_is_refused_at_its_pointer() {
        String field = frameWith("{'kind':'decided-with-frame-owner','subject':'p1','colour':'red'}");
        String kind = frameWith("{'kind':'never','subject':'p1'}");

        assertThatThrownBy(() -> JSON.readSituation(field)).isInstanceOfSatisfying(RouteJsonException.class,
                e -> {
                    assertThat(e.problem()).isEqualTo(Problem.UNKNOWN_FIELD);
                    assertThat(e.pointer()).isEqualTo("/safetyFrames/0/conditions/0/colour");
                });
        assertThatThrownBy(() -> JSON.readSituation(kind)).isInstanceOfSatisfying(RouteJsonException.class,
                e -> assertThat(e.pointer()).isEqualTo("/safetyFrames/0/conditions/0/kind"));
    }

    @Test
    void an_unresolved_participant_of_a_condition_points_at_the_conditions_of_its_frame() {
        String document = frameWith("{'kind':'not-alone-with','subject':'p2','persons':['nobody']}");

        assertThatThrownBy(() -> JSON.readSituation(document)).isInstanceOfSatisfying(RouteJsonException.class,
                e -> {
                    assertThat(e.problem()).isEqualTo(Problem.INVALID_MODEL);
                    assertThat(e.pointer()).isEqualTo("/safetyFrames/0/conditions");
                    assertThat(e.getMessage()).contains("conditions.persons");
                });
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @ValueSource(strings = {
        "{'kind':'not-alone-with','subject':'p2'}",
        "{'kind':'not-alone-with','subject':'p2','persons':[]}",
        "{'kind':'not-alone-with','subject':'p2','persons':['p1'],'supervisors':['p3']}",
        "{'kind':'supervised-contact','subject':'p2','persons':['p1']}",
        "{'kind':'decided-with-frame-owner','subject':'p1','persons':['p2']}",
        "{'kind':'decided-with-frame-owner','subject':'p1','supervisors':['p2']}",
        "{'kind':'not-alone-with','subject':'p2','persons':['p1','p1']}",
        "{'subject':'p2','persons':['p1']}",
    })
    void the_schema_and_the_reader_refuse_a_condition_that_does_not_fit_its_kind(String condition) {
        String document = frameWith(condition);

        assertThat(schemaErrors(document)).isNotEmpty();
        assertThat(org.assertj.core.api.Assertions.catchThrowableOfType(RouteJsonException.class,
                () -> JSON.readSituation(document))).isNotNull();
    }

    @Test
    void a_condition_that_fits_its_kind_is_valid_by_schema_and_reader() {
        String document = frameWith("{'kind':'supervised-contact','subject':'p2','persons':['p1'],"
                + "'supervisors':['p3']}");

        assertThat(schemaErrors(document)).isEmpty();
        assertThat(JSON.readSituation(document).safetyFrames().get(0).conditions()).singleElement()
                .satisfies(c -> assertThat(c.supervisors()).containsExactly("p3"));
    }

    private static String frameWith(String condition) {
        return json("{'formatVersion':2,'id':'s1','participants':[{'id':'p1','sphere':'focus-person'},"
                + "{'id':'p2','sphere':'lifeworld'},{'id':'p3','sphere':'lifeworld'}],'safetyFrames':[{'id':'f',"
                + "'setBy':'p3','conditions':[" + condition + "]}]}");
    }
}
