package io.github.nieuweroute.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.nieuweroute.model.ModelValidationException.Problem;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class OutcomeTest {

    private static final LocalDate DAY = LocalDate.of(2013, 3, 1);

    private static Situation.Builder situation() {
        return Situation.builder().id("s").addParticipant(Participant.focusPerson("fp"))
                .addParticipant(Participant.lifeworld("nb", Relation.NEIGHBOUR))
                .addDecision(Decision.builder().id("d").date(DAY).build());
    }

    private static void assertInvalid(Situation.Builder builder, String type, String id, String field,
            Problem problem) {
        assertThatThrownBy(builder::build).isInstanceOfSatisfying(ModelValidationException.class, e -> {
            assertThat(e.objectType()).isEqualTo(type);
            assertThat(e.objectId()).contains(id);
            assertThat(e.field()).isEqualTo(field);
            assertThat(e.problem()).isEqualTo(problem);
        });
    }

    @Test
    void the_latest_status_is_that_of_the_latest_assessment_and_the_least_met_of_one_day() {
        OutcomeAssessment early = OutcomeAssessment.of(DAY, OutcomeStatus.NOT_MET);
        OutcomeAssessment lateMet = OutcomeAssessment.of(DAY.plusDays(1), OutcomeStatus.MET);
        OutcomeAssessment latePartly = OutcomeAssessment.of(DAY.plusDays(1), OutcomeStatus.PARTLY_MET);

        assertThat(Outcome.builder().id("o").build().latestStatus()).isEmpty();
        assertThat(Outcome.builder().id("o").addAssessment(early).addAssessment(lateMet).build().latestStatus())
                .contains(OutcomeStatus.MET);
        assertThat(Outcome.builder().id("o").addAssessment(lateMet).addAssessment(early).build().latestStatus())
                .contains(OutcomeStatus.MET);
        assertThat(Outcome.builder().id("o").addAssessment(lateMet).addAssessment(latePartly).build()
                .latestStatus()).contains(OutcomeStatus.PARTLY_MET);
        assertThat(Outcome.builder().id("o").addAssessment(latePartly).addAssessment(lateMet).build()
                .latestStatus()).contains(OutcomeStatus.PARTLY_MET);
    }

    @Test
    void only_met_is_not_unmet() {
        assertThat(OutcomeStatus.MET.isUnmet()).isFalse();
        assertThat(OutcomeStatus.PARTLY_MET.isUnmet()).isTrue();
        assertThat(OutcomeStatus.NOT_MET.isUnmet()).isTrue();
    }

    @Test
    void the_description_is_never_printed_and_ids_have_the_id_form() {
        Outcome o = Outcome.builder().id("o").person("fp").description("weer onder de mensen komen").build();
        assertThat(o.toString()).doesNotContain("mensen").contains("fp");
        assertThatThrownBy(() -> Outcome.builder().id("bad id").build())
                .isInstanceOfSatisfying(ModelValidationException.class, e -> {
                    assertThat(e.field()).isEqualTo("id");
                    assertThat(e.problem()).isEqualTo(Problem.INVALID_ID);
                });
        assertThatThrownBy(() -> Outcome.builder().id("o").person("bad id").build())
                .isInstanceOfSatisfying(ModelValidationException.class,
                        e -> assertThat(e.field()).isEqualTo("person"));
        assertThatThrownBy(() -> Outcome.builder().id("o").description(" ").build())
                .isInstanceOfSatisfying(ModelValidationException.class,
                        e -> assertThat(e.problem()).isEqualTo(Problem.INVALID_VALUE));
        assertThatThrownBy(() -> OutcomeAssessment.of(DAY, OutcomeStatus.MET, "bad id"))
                .isInstanceOfSatisfying(ModelValidationException.class,
                        e -> assertThat(e.field()).isEqualTo("assessedWith"));
    }

    @Test
    void a_situation_resolves_the_person_the_assessors_and_the_agreements_outcomes() {
        Outcome o = Outcome.builder().id("o").person("fp")
                .addAssessment(OutcomeAssessment.of(DAY, OutcomeStatus.PARTLY_MET, "fp", "nb")).build();
        Situation s = situation().addOutcome(o).addPlan(Plan.builder().id("p").addAgreement(Agreement.builder()
                .id("a").decision("d").addPerformer("nb").addOutcome("o").build()).build()).build();

        assertThat(s.outcomes()).containsExactly(o);
        assertThat(s.toBuilder().build()).isEqualTo(s);
        assertInvalid(situation().addOutcome(Outcome.builder().id("o").person("nobody").build()), "Outcome", "o",
                "person", Problem.UNRESOLVED_REFERENCE);
        assertInvalid(situation().addOutcome(Outcome.builder().id("o")
                .addAssessment(OutcomeAssessment.of(DAY, OutcomeStatus.MET, "nobody")).build()), "Outcome", "o",
                "assessments.assessedWith", Problem.UNRESOLVED_REFERENCE);
        assertInvalid(situation().addPlan(Plan.builder().id("p").addAgreement(Agreement.builder().id("a")
                .decision("d").addPerformer("nb").addOutcome("d").build()).build()), "Agreement", "a", "outcomes",
                Problem.UNRESOLVED_REFERENCE);
        assertInvalid(situation().addOutcome(Outcome.builder().id("d").build()), "Outcome", "d", "id",
                Problem.DUPLICATE_ID);
    }

    @Test
    void a_safety_frame_may_cover_an_outcome() {
        Situation s = situation().addOutcome(Outcome.builder().id("o").build())
                .addSafetyFrame(SafetyFrame.builder().id("f").setBy("nb").addCoveredId("o").build()).build();

        assertThat(s.safetyFrames().get(0).coveredIds()).containsExactly("o");
    }
}
