package io.github.nieuweroute.json;

import static io.github.nieuweroute.json.JsonFixtures.JSON;
import static io.github.nieuweroute.json.JsonFixtures.asVersion1;
import static io.github.nieuweroute.json.JsonFixtures.golden;
import static io.github.nieuweroute.json.JsonFixtures.goldenV1;
import static io.github.nieuweroute.json.JsonFixtures.json;
import static io.github.nieuweroute.json.JsonFixtures.schemaErrors;
import static io.github.nieuweroute.json.JsonFixtures.schemaErrorsV1;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.nieuweroute.json.RouteJsonException.Problem;
import io.github.nieuweroute.model.MeetingKind;
import io.github.nieuweroute.model.ReasonKind;
import io.github.nieuweroute.model.Situation;
import io.github.nieuweroute.model.WishOutcome;
import io.github.nieuweroute.seed.SeedCase;
import java.time.LocalDate;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Format version 2 is written; version 1 documents still read, into the same situations as before. */
class FormatVersionsTest {

    private static final String PARTICIPANTS = "'participants':[{'id':'p1','sphere':'focus-person'},"
            + "{'id':'p2','sphere':'lifeworld'}]";

    @ParameterizedTest(name = "{0}")
    @MethodSource("io.github.nieuweroute.json.JsonFixtures#seedCases")
    void every_version_1_golden_file_reads_into_the_seed_case_as_version_1_records_it(SeedCase seed) {
        Situation read = JSON.readSituation(goldenV1(seed.key()));

        // a seed case may have gained assumptions with the concepts of version 2 (De Vries' wish and reasons)
        assertThat(seed.situation().assumptions()).containsAll(read.assumptions());
        assertThat(read).isEqualTo(asVersion1(seed.situation(), read.assumptions()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("io.github.nieuweroute.json.JsonFixtures#seedCases")
    void every_version_1_golden_file_is_valid_by_the_version_1_schema_only(SeedCase seed) {
        assertThat(schemaErrorsV1(goldenV1(seed.key()))).isEmpty();
        assertThat(schemaErrors(goldenV1(seed.key()))).isNotEmpty();
        assertThat(schemaErrorsV1(golden(seed.key()))).isNotEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("io.github.nieuweroute.json.JsonFixtures#seedCases")
    void a_version_1_document_is_written_back_as_version_2_with_the_same_content(SeedCase seed) {
        Situation fromV1 = JSON.readSituation(goldenV1(seed.key()));

        String written = JSON.writeSituation(fromV1);

        assertThat(written).contains("\"formatVersion\": 2");
        assertThat(JSON.readSituation(written)).isEqualTo(fromV1);
    }

    @Test
    void a_version_1_plan_owner_reads_as_the_one_owner_of_the_set() {
        Situation s = JSON.readSituation(json("{'formatVersion':1,'id':'s1'," + PARTICIPANTS
                + ",'plans':[{'id':'plan','owner':'p2'}]}"));

        assertThat(s.plans().get(0).owners()).containsExactly("p2");
        assertThat(s.plans().get(0).owner()).contains("p2");
        assertThat(JSON.writeSituation(s)).contains("\"owners\": [\n");
    }

    @Test
    void version_2_reads_every_new_field() {
        Situation s = JSON.readSituation(json("{'formatVersion':2,'id':'s1'," + PARTICIPANTS
                + ",'questions':[{'id':'q','kind':'central','owners':['p1','p2']}]"
                + ",'meetings':[{'id':'m','date':'2026-01-05','kind':'multidisciplinary-consultation'}]"
                + ",'decisions':[{'id':'d','date':'2026-01-05','meeting':'m',"
                + "'wishes':[{'holder':'p1','conveyedBy':'p2','outcome':'not-followed','text':'thuis'}],"
                + "'reasons':[{'kind':'budget-frame','givenBy':'p2'}]}]"
                + ",'plans':[{'id':'plan','owners':['p1','p2'],'reviewDate':'2026-04-01'}]}"));

        assertThat(s.questions().get(0).owners()).containsExactly("p1", "p2");
        assertThat(s.meetings().get(0).kind()).isEqualTo(MeetingKind.MULTIDISCIPLINARY_CONSULTATION);
        assertThat(s.decisions().get(0).wishes().get(0).outcome()).isEqualTo(WishOutcome.NOT_FOLLOWED);
        assertThat(s.decisions().get(0).wishes().get(0).conveyedBy()).isEqualTo("p2");
        assertThat(s.decisions().get(0).reasons().get(0).kind()).isEqualTo(ReasonKind.BUDGET_FRAME);
        assertThat(s.plans().get(0).owners()).isEqualTo(Set.of("p1", "p2"));
        assertThat(s.plans().get(0).owner()).isEmpty();
        assertThat(s.plans().get(0).reviewDate()).contains(LocalDate.of(2026, 4, 1));
        assertThat(JSON.readSituation(JSON.writeSituation(s))).isEqualTo(s);
    }

    @Test
    void a_version_2_field_in_a_version_1_document_is_an_unknown_field_with_its_pointer() {
        String document = json("{'formatVersion':1,'id':'s1'," + PARTICIPANTS
                + ",'plans':[{'id':'plan','owners':['p1']}]}");

        assertThatThrownBy(() -> JSON.readSituation(document)).isInstanceOfSatisfying(RouteJsonException.class,
                e -> {
                    assertThat(e.problem()).isEqualTo(Problem.UNKNOWN_FIELD);
                    assertThat(e.pointer()).isEqualTo("/plans/0/owners");
                    assertThat(e.getMessage()).contains("owner").doesNotContain("reviewDate");
                });
        assertThat(JSON.withUnknownFieldsIgnored(true).readSituation(document).plans().get(0).owners()).isEmpty();
    }

    @Test
    void a_version_1_field_in_a_version_2_document_is_an_unknown_field() {
        String document = json("{'formatVersion':2,'id':'s1'," + PARTICIPANTS
                + ",'plans':[{'id':'plan','owner':'p1'}]}");

        assertThatThrownBy(() -> JSON.readSituation(document)).isInstanceOfSatisfying(RouteJsonException.class,
                e -> {
                    assertThat(e.problem()).isEqualTo(Problem.UNKNOWN_FIELD);
                    assertThat(e.pointer()).isEqualTo("/plans/0/owner");
                });
    }

    @Test
    void a_field_of_the_other_version_read_before_the_format_version_fails_at_the_field_even_when_ignoring() {
        String document = json("{'id':'s1'," + PARTICIPANTS
                + ",'meetings':[{'id':'m','date':'2026-01-05','kind':'plan-meeting'}],'formatVersion':1}");

        for (RouteJson json : new RouteJson[] {JSON, JSON.withUnknownFieldsIgnored(true)}) {
            assertThatThrownBy(() -> json.readSituation(document)).isInstanceOfSatisfying(RouteJsonException.class,
                    e -> {
                        assertThat(e.problem()).isEqualTo(Problem.UNKNOWN_FIELD);
                        assertThat(e.pointer()).isEqualTo("/meetings/0/kind");
                    });
        }
    }

    @Test
    void fields_of_its_own_version_before_the_format_version_are_read() {
        Situation v1 = JSON.readSituation(json("{'id':'s1'," + PARTICIPANTS
                + ",'plans':[{'id':'plan','owner':'p1'}],'formatVersion':1}"));
        Situation v2 = JSON.readSituation(json("{'id':'s1'," + PARTICIPANTS
                + ",'plans':[{'id':'plan','owners':['p1']}],'formatVersion':2}"));

        assertThat(v1).isEqualTo(v2);
    }

    @Test
    void versions_before_1_and_after_2_are_not_supported() {
        for (int version : new int[] {0, 3}) {
            String document = json("{'formatVersion':" + version + ",'id':'s1'," + PARTICIPANTS + "}");
            assertThatThrownBy(() -> JSON.readSituation(document)).isInstanceOfSatisfying(RouteJsonException.class,
                    e -> {
                        assertThat(e.problem()).isEqualTo(Problem.UNSUPPORTED_VERSION);
                        assertThat(e.pointer()).isEqualTo("/formatVersion");
                    });
        }
    }

    @Test
    void an_unresolved_reference_of_a_new_field_points_at_its_object() {
        String document = json("{'formatVersion':2,'id':'s1'," + PARTICIPANTS
                + ",'decisions':[{'id':'d','date':'2026-01-05',"
                + "'reasons':[{'kind':'safety','givenBy':'nobody'}]}]}");

        assertThatThrownBy(() -> JSON.readSituation(document)).isInstanceOfSatisfying(RouteJsonException.class,
                e -> {
                    assertThat(e.problem()).isEqualTo(Problem.INVALID_MODEL);
                    assertThat(e.pointer()).isEqualTo("/decisions/0/reasons");
                    assertThat(e.getMessage()).contains("reasons.givenBy").contains("nobody");
                });
    }
}
