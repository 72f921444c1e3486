package io.github.nieuweroute.json;

import static io.github.nieuweroute.json.JsonFixtures.golden;
import static io.github.nieuweroute.json.JsonFixtures.json;
import static io.github.nieuweroute.json.JsonFixtures.schemaErrors;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.nieuweroute.json.internal.Codes;
import io.github.nieuweroute.seed.SeedCase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.JsonNode;

/** The shipped JSON Schema agrees with the golden files and with the reader. */
class SchemaTest {

    private static final String VALID = json("{'formatVersion':2,'id':'s1','participants':"
            + "[{'id':'p1','sphere':'focus-person'}],'decisions':[{'id':'d1','date':'2024-02-29'}]}");

    @ParameterizedTest(name = "{0}")
    @MethodSource("io.github.nieuweroute.json.JsonFixtures#seedCases")
    void every_golden_file_validates(SeedCase seed) {
        assertThat(schemaErrors(golden(seed.key()))).isEmpty();
    }

    @Test
    void a_minimal_document_validates() {
        assertThat(schemaErrors(VALID)).isEmpty();
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @ValueSource(strings = {
        "{'formatVersion':3,'id':'s1','participants':[{'id':'p1','sphere':'focus-person'}]}",
        "{'id':'s1','participants':[{'id':'p1','sphere':'focus-person'}]}",
        "{'formatVersion':2,'id':'s1','participants':[]}",
        "{'formatVersion':2,'id':'s1','participants':[{'id':'p1','sphere':'FOCUS_PERSON'}]}",
        "{'formatVersion':2,'id':'s 1','participants':[{'id':'p1','sphere':'focus-person'}]}",
        "{'formatVersion':2,'id':'s1','colour':'blue','participants':[{'id':'p1','sphere':'focus-person'}]}",
        "{'formatVersion':2,'id':'s1','description':'  ','participants':[{'id':'p1','sphere':'focus-person'}]}",
        "{'formatVersion':2,'id':'s1','participants':[{'id':'p1','sphere':'focus-person','name':null}]}",
        "{'formatVersion':2,'id':'s1','participants':[{'id':'p1','sphere':'focus-person'}],"
            + "'decisions':[{'id':'d1','date':'2024-13-01'}]}",
        "{'formatVersion':2,'id':'s1','participants':[{'id':'p1','sphere':'focus-person'}],"
            + "'decisions':[{'id':'d1','date':'2024-01-01','participation':{'p1':'decided'}}]}",
        "{'formatVersion':2,'id':'s1','participants':[{'id':'p1','sphere':'focus-person'}],'plans':[{'id':'pl',"
            + "'agreements':[{'id':'a1','decision':'d1','performers':['p1','p1']}]}]}",
        "{'formatVersion':2,'id':'s1','participants':[{'id':'p1','sphere':'focus-person'}],'meetings':[{'id':'m1',"
            + "'date':'2024-01-01','unrecordedAttendees':-1}]}",
        "{'formatVersion':2,'id':'s1','participants':[{'id':'p1','sphere':'focus-person'}],'meetings':[{'id':'m1',"
            + "'date':'2024-01-01','kind':'mdo'}]}",
        "{'formatVersion':2,'id':'s1','participants':[{'id':'p1','sphere':'focus-person'}],'plans':[{'id':'pl',"
            + "'owner':'p1'}]}",
        "{'formatVersion':2,'id':'s1','participants':[{'id':'p1','sphere':'focus-person'}],'plans':[{'id':'pl',"
            + "'owners':['p1','p1']}]}",
        "{'formatVersion':2,'id':'s1','participants':[{'id':'p1','sphere':'focus-person'}],'plans':[{'id':'pl',"
            + "'reviewDate':'2024-13-30'}]}",
        "{'formatVersion':2,'id':'s1','participants':[{'id':'p1','sphere':'focus-person'}],'decisions':[{'id':'d1',"
            + "'date':'2024-01-01','wishes':[{'holder':'p1','outcome':'followed'}]}]}",
        "{'formatVersion':2,'id':'s1','participants':[{'id':'p1','sphere':'focus-person'}],'decisions':[{'id':'d1',"
            + "'date':'2024-01-01','reasons':[{'kind':'money','givenBy':'p1'}]}]}",
        "{'formatVersion':1,'id':'s1','participants':[{'id':'p1','sphere':'focus-person'}],'plans':[{'id':'pl',"
            + "'owners':['p1']}]}",
    })
    void the_schema_rejects_what_the_reader_rejects(String singleQuoted) {
        String document = json(singleQuoted);

        assertThat(schemaErrors(document)).isNotEmpty();
        assertThat(org.assertj.core.api.Assertions.catchThrowableOfType(RouteJsonException.class,
                () -> JsonFixtures.JSON.readSituation(document))).isNotNull();
    }

    @Test
    void every_code_table_of_the_reader_is_an_enum_of_the_schema() {
        JsonNode schema = JsonTrees.tree(schemaText());
        String all = schema.toString();

        for (Codes<?> codes : Codes.ALL) {
            String quoted = codes.codes().stream().map(c -> "\"" + c + "\"")
                    .collect(java.util.stream.Collectors.joining(","));
            assertThat(all).as(codes.label()).contains("\"enum\":[" + quoted + "]");
        }
    }

    private static String schemaText() {
        try (java.io.InputStream in = RouteJson.openSchema()) {
            return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Test
    void every_code_table_of_the_report_reader_is_an_enum_of_the_report_schema() {
        String all;
        try (java.io.InputStream in = RouteJson.openReportSchema()) {
            all = JsonTrees.tree(new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8)).toString();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }

        for (Codes<?> codes : Codes.REPORT) {
            String quoted = codes.codes().stream().map(c -> "\"" + c + "\"")
                    .collect(java.util.stream.Collectors.joining(","));
            assertThat(all).as(codes.label()).contains("\"enum\":[" + quoted + "]");
        }
    }
}
