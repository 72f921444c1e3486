package io.github.nieuweroute.json;

import static io.github.nieuweroute.json.JsonFixtures.JSON;
import static io.github.nieuweroute.json.JsonFixtures.golden;
import static io.github.nieuweroute.json.JsonFixtures.goldenBytes;
import static io.github.nieuweroute.json.JsonFixtures.goldenReport;
import static io.github.nieuweroute.json.JsonFixtures.schemaErrors;
import static io.github.nieuweroute.json.JsonFixtures.schemaErrorsV1;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.nieuweroute.model.AgeBand;
import io.github.nieuweroute.model.Agreement;
import io.github.nieuweroute.model.Decision;
import io.github.nieuweroute.model.FacilitatorRole;
import io.github.nieuweroute.model.LoadAssessment;
import io.github.nieuweroute.model.LoadBalance;
import io.github.nieuweroute.model.Participant;
import io.github.nieuweroute.model.ParticipationLevel;
import io.github.nieuweroute.model.Plan;
import io.github.nieuweroute.model.PlanMeeting;
import io.github.nieuweroute.model.Relation;
import io.github.nieuweroute.model.SafetyCondition;
import io.github.nieuweroute.model.SafetyConditionKind;
import io.github.nieuweroute.model.SafetyFrame;
import io.github.nieuweroute.model.Situation;
import io.github.nieuweroute.model.Sphere;
import io.github.nieuweroute.rule.RuleSet;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Golden files of concepts no seed case records, because the sources do not give the facts: synthetic situations
 * under {@code golden/concepts/}, each with its golden report under {@code golden/reports/concepts/}. They specify the
 * format of those concepts as the seed cases' golden files specify the rest ({@code -Dgolden.write=true} rewrites
 * them).
 */
class ConceptGoldenFilesTest {

    private static final LocalDate DAY = LocalDate.of(2026, 3, 2);

    static Stream<Arguments> concepts() {
        return Stream.of(Arguments.of("safety-conditions", safetyConditions()),
                Arguments.of("facilitator-employer", facilitatorEmployer()),
                Arguments.of("carer-load", carerLoad()), Arguments.of("minor-authority", minorAuthority()));
    }

    /**
     * A child, her mother, her father and her grandmother; a frame of a child-protection worker with one condition of
     * each kind, and agreements that breach each of them once.
     */
    static Situation safetyConditions() {
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

    /**
     * An independent citizen coordinator of no sphere, recorded as independent, whose employer also employs the home
     * carer who carries out an agreement: R-07 derives that the coordinator is not independent.
     */
    static Situation facilitatorEmployer() {
        return Situation.builder().id("facilitator-employer")
                .addAssumption("synthetic: a situation to specify employers and derived independence in the format")
                .addParticipants(Participant.focusPerson("client"), Participant.lifeworld("son", Relation.CHILD),
                        Participant.builder().id("coordinator").sphere(Sphere.UNKNOWN).employer("care-org")
                                .facilitator(FacilitatorRole.INDEPENDENT).build(),
                        Participant.builder().id("home-carer").sphere(Sphere.SYSTEM_WORLD).organisation("thuiszorg")
                                .employer("care-org").build())
                .addMeeting(PlanMeeting.builder().id("m1").date(DAY).facilitator("coordinator")
                        .addAttended("client").addAttended("son").addAttended("coordinator").build())
                .addDecision(Decision.builder().id("d1").date(DAY).meeting("m1")
                        .putParticipation("client", ParticipationLevel.CO_DECIDED)
                        .putParticipation("son", ParticipationLevel.CO_DECIDED).build())
                .addPlan(Plan.builder().id("plan").owner("client")
                        .addAgreement(Agreement.builder().id("shopping").decision("d1").addPerformer("son").build())
                        .addAgreement(Agreement.builder().id("washing").decision("d1").addPerformer("home-carer")
                                .recordedNeed("in woorden").build())
                        .build())
                .build();
    }

    /**
     * A client and her daughter, whose load the home carer recorded as above her capacity (overload) a week before a
     * decision that puts one more agreement on her; a later assessment of her own says there is room again.
     */
    static Situation carerLoad() {
        return Situation.builder().id("carer-load")
                .addAssumption("synthetic: a situation to specify load assessments in the format")
                .addParticipants(Participant.focusPerson("client"),
                        Participant.builder().id("daughter").sphere(Sphere.LIFEWORLD).relation(Relation.CHILD)
                                .addLoadAssessment(LoadAssessment.builder().date(DAY.minusDays(7))
                                        .balance(LoadBalance.ABOVE_CAPACITY).assessedBy("home-carer").build())
                                .addLoadAssessment(LoadAssessment.builder().date(DAY.plusDays(30))
                                        .balance(LoadBalance.BELOW_CAPACITY).assessedBy("daughter").build())
                                .build(),
                        Participant.professional("home-carer", "thuiszorg"))
                .addDecision(Decision.builder().id("d1").date(DAY)
                        .putParticipation("client", ParticipationLevel.CO_DECIDED)
                        .putParticipation("daughter", ParticipationLevel.CO_DECIDED).build())
                .addPlan(Plan.builder().id("plan").owner("client")
                        .addAgreement(Agreement.builder().id("daily-visit").decision("d1").addPerformer("daughter")
                                .build())
                        .build())
                .build();
    }

    /**
     * A minor client whose mother holds parental authority: the mother co-decides with the aunt, the child is
     * consulted, and R-02 counts the mother's co-decision as the child's say.
     */
    static Situation minorAuthority() {
        return Situation.builder().id("minor-authority")
                .addAssumption("synthetic: a situation to specify age bands and parental authority in the format")
                .addParticipants(Participant.builder().id("child").sphere(Sphere.FOCUS_PERSON)
                                .ageBand(AgeBand.MINOR).addAuthorityHolders("mother").build(),
                        Participant.builder().id("mother").sphere(Sphere.LIFEWORLD).relation(Relation.PARENT)
                                .ageBand(AgeBand.ADULT).build(),
                        Participant.lifeworld("aunt", Relation.FAMILY))
                .addDecision(Decision.builder().id("d1").date(DAY)
                        .putParticipation("child", ParticipationLevel.CONSULTED)
                        .putParticipation("mother", ParticipationLevel.CO_DECIDED)
                        .putParticipation("aunt", ParticipationLevel.CO_DECIDED).build())
                .addPlan(Plan.builder().id("plan").owner("child").owner("mother")
                        .addAgreement(Agreement.builder().id("homework").decision("d1").addPerformers("aunt", "child")
                                .build())
                        .build())
                .build();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("concepts")
    void the_situation_writes_as_its_golden_file_and_reads_back_from_it(String name, Situation situation)
            throws IOException {
        String key = "concepts/" + name;
        if (Boolean.getBoolean("golden.write")) {
            Files.write(Path.of("src/test/resources/golden", key + ".json"), JSON.writeSituationBytes(situation));
            Files.writeString(Path.of("src/test/resources/golden/reports", key + ".json"),
                    JSON.writeReport(RuleSet.standard().check(situation)), StandardCharsets.UTF_8);
        }
        assertThat(JSON.writeSituationBytes(situation)).isEqualTo(goldenBytes(key));
        assertThat(JSON.readSituation(golden(key))).isEqualTo(situation);
        assertThat(schemaErrors(golden(key))).isEmpty();
        assertThat(schemaErrorsV1(golden(key))).isNotEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("concepts")
    void the_golden_report_is_the_standard_check_and_reads_back(String name, Situation situation) {
        String report = goldenReport("concepts/" + name);

        assertThat(JSON.writeReport(RuleSet.standard().check(situation))).isEqualTo(report);
        assertThat(JSON.writeReport(JSON.readReport(report))).isEqualTo(report);
    }

    @org.junit.jupiter.api.Test
    void each_golden_report_shows_what_its_concept_is_for() {
        assertThat(goldenReport("concepts/safety-conditions")).contains("R-27.alone-with",
                "R-27.unsupervised-contact", "R-27.decided-without-frame-owner");
        assertThat(goldenReport("concepts/facilitator-employer")).contains("R-07.employer-performs")
                .doesNotContain("R-07.not-independent");
        assertThat(goldenReport("concepts/carer-load")).contains("R-28.more-than-capacity");
        assertThat(goldenReport("concepts/minor-authority")).doesNotContain("R-02.");
    }
}
