package io.github.nieuweroute.json;

import static io.github.nieuweroute.json.JsonFixtures.JSON;
import static io.github.nieuweroute.json.JsonFixtures.json;
import static io.github.nieuweroute.json.JsonFixtures.schemaErrors;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.nieuweroute.json.RouteJsonException.Problem;
import io.github.nieuweroute.model.LoadBalance;
import org.junit.jupiter.api.Test;

/** Participants' employers, load assessments and age bands in format version 2: strictness and pointers. */
class LoadAssessmentsJsonTest {

    private static String withCarer(int version, String carer) {
        return json("{'formatVersion':" + version + ",'id':'s1','participants':[{'id':'p1','sphere':'focus-person'},"
                + carer + "]}");
    }

    @Test
    void an_assessment_reads_with_its_balance_and_assessor() {
        String document = withCarer(2, "{'id':'p2','sphere':'lifeworld','employer':'org',"
                + "'loadAssessments':[{'date':'2026-01-05','balance':'above-capacity','assessedBy':'p1'}]}");

        assertThat(schemaErrors(document)).isEmpty();
        assertThat(JSON.readSituation(document).participants().get(1).loadAssessments()).singleElement()
                .satisfies(a -> {
                    assertThat(a.balance()).isEqualTo(LoadBalance.ABOVE_CAPACITY);
                    assertThat(a.assessedBy()).contains("p1");
                });
    }

    @Test
    void load_assessments_and_employers_in_a_version_1_document_are_unknown_fields() {
        String assessments = withCarer(1, "{'id':'p2','sphere':'lifeworld',"
                + "'loadAssessments':[{'date':'2026-01-05','balance':'at-capacity'}]}");
        String employer = withCarer(1, "{'id':'p2','sphere':'system-world','employer':'org'}");

        assertThatThrownBy(() -> JSON.readSituation(assessments)).isInstanceOfSatisfying(RouteJsonException.class,
                e -> {
                    assertThat(e.problem()).isEqualTo(Problem.UNKNOWN_FIELD);
                    assertThat(e.pointer()).isEqualTo("/participants/1/loadAssessments");
                });
        assertThatThrownBy(() -> JSON.readSituation(employer)).isInstanceOfSatisfying(RouteJsonException.class,
                e -> assertThat(e.pointer()).isEqualTo("/participants/1/employer"));
        String ageBand = withCarer(1, "{'id':'p2','sphere':'lifeworld','ageBand':'minor'}");
        assertThatThrownBy(() -> JSON.readSituation(ageBand)).isInstanceOfSatisfying(RouteJsonException.class,
                e -> assertThat(e.pointer()).isEqualTo("/participants/1/ageBand"));
    }

    @Test
    void an_unknown_balance_a_missing_date_or_a_malformed_employer_is_refused_by_schema_and_reader() {
        for (String carer : new String[] {
            "{'id':'p2','sphere':'lifeworld','loadAssessments':[{'date':'2026-01-05','balance':'heavy'}]}",
            "{'id':'p2','sphere':'lifeworld','loadAssessments':[{'balance':'at-capacity'}]}",
            "{'id':'p2','sphere':'lifeworld','employer':'Eigen Kracht'}",
            "{'id':'p2','sphere':'lifeworld','ageBand':'17'}",
            "{'id':'p2','sphere':'lifeworld','ageBand':'minor','authorityHolders':['p1','p1']}"}) {
            String document = withCarer(2, carer);
            assertThat(schemaErrors(document)).as(carer).isNotEmpty();
            assertThat(org.assertj.core.api.Assertions.catchThrowableOfType(RouteJsonException.class,
                    () -> JSON.readSituation(document))).as(carer).isNotNull();
        }
    }

    @Test
    void an_unresolved_assessor_points_at_the_participant() {
        String document = withCarer(2, "{'id':'p2','sphere':'lifeworld',"
                + "'loadAssessments':[{'date':'2026-01-05','balance':'at-capacity','assessedBy':'nobody'}]}");

        assertThatThrownBy(() -> JSON.readSituation(document)).isInstanceOfSatisfying(RouteJsonException.class,
                e -> {
                    assertThat(e.problem()).isEqualTo(Problem.INVALID_MODEL);
                    assertThat(e.pointer()).startsWith("/participants/1");
                    assertThat(e.getMessage()).contains("loadAssessments.assessedBy");
                });
    }
}
