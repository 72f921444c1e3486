package io.github.nieuweroute.json;

import static io.github.nieuweroute.json.JsonFixtures.JSON;
import static io.github.nieuweroute.json.JsonFixtures.golden;
import static io.github.nieuweroute.json.JsonFixtures.goldenBytes;
import static io.github.nieuweroute.json.JsonFixtures.goldenReport;
import static io.github.nieuweroute.json.JsonFixtures.json;
import static io.github.nieuweroute.json.JsonFixtures.schemaErrors;
import static io.github.nieuweroute.json.JsonFixtures.schemaErrorsV1;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.nieuweroute.json.RouteJsonException.Problem;
import io.github.nieuweroute.model.Agreement;
import io.github.nieuweroute.model.Decision;
import io.github.nieuweroute.model.Participant;
import io.github.nieuweroute.model.ParticipationLevel;
import io.github.nieuweroute.model.Plan;
import io.github.nieuweroute.model.Relation;
import io.github.nieuweroute.model.SafetyCondition;
import io.github.nieuweroute.model.SafetyConditionKind;
import io.github.nieuweroute.model.SafetyFrame;
import io.github.nieuweroute.model.Situation;
import io.github.nieuweroute.rule.RuleSet;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Safety-frame conditions in format version 2. The golden file {@code golden/concepts/safety-conditions.json} is a
 * synthetic situation (no seed case records conditions: the sources do not state them) holding every kind of
 * condition; it is the format's specification of them, and its golden report shows rule R-27 on it.
 */
class SafetyConditionsJsonTest {

    private static final String KEY = "concepts/safety-conditions";
    private static final LocalDate DAY = LocalDate.of(2026, 3, 2);

    /** A child, her mother, her father and her grandmother; a frame of a child-protection worker. */
    static Situation situation() {
        return Situation.builder().id("safety-conditions")
                .addAssumption("synthetic: a situation to specify safety-frame conditions in the format")
                .addParticipants(Participant.focusPerson("child"), Participant.lifeworld("mother", Relation.PARENT),
                        Participant.lifeworld("father", Relation.PARENT),
                        Participant.lifeworld("grandmother", Relation.FAMILY),
                        Participant.professional("protection-worker", "Veilig Thuis"))
                .addDecision(Decision.builder().id("d1").date(DAY)
                        .putParticipation("child", ParticipationLevel.CO_DECIDED)
                        .putParticipation("mother", ParticipationLevel.CO_DECIDED)
                        .putParticipation("father", ParticipationLevel.CO_DECIDED)
                        .putParticipation("grandmother", ParticipationLevel.CO_DECIDED)
                        .putParticipation("protection-worker", ParticipationLevel.CONSULTED).build())
                .addPlan(Plan.builder().id("plan").owner("child").owner("mother")
                        .addAgreement(Agreement.builder().id("weekend-with-father").decision("d1")
                                .addPerformers("father", "child").proposer("father").build())
                        .addAgreement(Agreement.builder().id("wednesday-with-grandmother").decision("d1")
                                .addPerformers("father", "child", "grandmother").proposer("child").build())
                        .build())
                .addSafetyFrame(SafetyFrame.builder().id("frame").setBy("protection-worker").date(DAY)
                        .addConstraint("in de woorden van het kader").addCoveredId("d1")
                        .addCondition(SafetyCondition.notAloneWith("father", "child"))
                        .addCondition(SafetyCondition.builder().kind(SafetyConditionKind.SUPERVISED_CONTACT)
                                .subject("father").addPersons("child").addSupervisors("grandmother").build())
                        .addCondition(SafetyCondition.decidedWithFrameOwner("child")).build())
                .build();
    }

    @Test
    void the_situation_writes_as_its_golden_file_and_reads_back_from_it() throws IOException {
        if (Boolean.getBoolean("golden.write")) {
            Files.write(Path.of("src/test/resources/golden", KEY + ".json"), JSON.writeSituationBytes(situation()));
            Files.writeString(Path.of("src/test/resources/golden/reports", KEY + ".json"),
                    JSON.writeReport(RuleSet.standard().check(situation())), StandardCharsets.UTF_8);
        }
        assertThat(JSON.writeSituationBytes(situation())).isEqualTo(goldenBytes(KEY));
        assertThat(JSON.readSituation(golden(KEY))).isEqualTo(situation());
        assertThat(schemaErrors(golden(KEY))).isEmpty();
        assertThat(schemaErrorsV1(golden(KEY))).isNotEmpty();
    }

    @Test
    void the_golden_report_shows_each_breach_once_and_reads_back() {
        String report = goldenReport(KEY);

        assertThat(JSON.writeReport(RuleSet.standard().check(situation()))).isEqualTo(report);
        assertThat(report).contains("R-27.alone-with", "R-27.unsupervised-contact",
                "R-27.decided-without-frame-owner");
        assertThat(JSON.writeReport(JSON.readReport(report))).isEqualTo(report);
    }

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
