package io.github.nieuweroute.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.nieuweroute.model.ModelValidationException.Problem;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** The structural invariants of the small value types, each error naming type, id and field. */
class ValueTypesTest {

    private static final LocalDate DAY = LocalDate.of(2016, 2, 8);

    private static void assertInvalid(Runnable build, String type, String id, String field, Problem problem) {
        assertThatThrownBy(build::run).isInstanceOf(ModelValidationException.class).satisfies(e -> {
            ModelValidationException m = (ModelValidationException) e;
            assertThat(m.objectType()).isEqualTo(type);
            assertThat(m.objectId().orElse(null)).isEqualTo(id);
            assertThat(m.field()).isEqualTo(field);
            assertThat(m.problem()).isEqualTo(problem);
        });
    }

    @Test
    void question_network_form_goes_with_network_questions_only() {
        assertThat(Question.network("q", NetworkQuestionForm.WHO_FINDS_IT_IMPORTANT).form())
                .contains(NetworkQuestionForm.WHO_FINDS_IT_IMPORTANT);
        assertInvalid(() -> Question.builder().id("q").kind(QuestionKind.NETWORK).build(), "Question", "q", "form",
                Problem.INVALID_VALUE);
        assertInvalid(() -> Question.builder().id("q").kind(QuestionKind.START)
                .form(NetworkQuestionForm.WHO_CAN_HELP).build(), "Question", "q", "form", Problem.INVALID_VALUE);
    }

    @Test
    void meeting_unrecorded_attendees_are_not_negative_and_count_in_the_head_count() {
        PlanMeeting m = PlanMeeting.builder().id("m").date(DAY).addAttended("a").addAttended("b")
                .unrecordedAttendees(30).build();
        assertThat(m.headCount()).isEqualTo(32);
        assertInvalid(() -> PlanMeeting.builder().id("m").date(DAY).unrecordedAttendees(-1).build(), "PlanMeeting",
                "m", "unrecordedAttendees", Problem.INVALID_VALUE);
        assertInvalid(() -> PlanMeeting.builder().id("m").date(DAY).addAttended("bad id").build(), "PlanMeeting",
                "m", "attended", Problem.INVALID_ID);
    }

    @Test
    void decision_level_of_an_unrecorded_participant_is_none_and_deciders_are_the_co_deciders() {
        Decision d = Decision.builder().id("d").date(DAY).putParticipation("a", ParticipationLevel.CO_DECIDED)
                .putParticipation("b", ParticipationLevel.CONSENTED).build();
        assertThat(d.levelOf("a")).isEqualTo(ParticipationLevel.CO_DECIDED);
        assertThat(d.levelOf("nobody")).isEqualTo(ParticipationLevel.NONE);
        assertThat(d.deciders()).containsExactly("a");
        assertInvalid(() -> Decision.builder().id("d").date(DAY).putParticipation("x y", ParticipationLevel.NONE)
                .build(), "Decision", "d", "participation", Problem.INVALID_ID);
    }

    @Test
    void participation_levels_are_ordered_and_only_co_decision_decides() {
        assertThat(ParticipationLevel.CONSENTED.isDeciding()).isFalse();
        assertThat(ParticipationLevel.CO_DECIDED.isDeciding()).isTrue();
        assertThat(ParticipationLevel.CO_DECIDED.isAtLeast(ParticipationLevel.CONSENTED)).isTrue();
        assertThat(ParticipationLevel.INFORMED.isAtLeast(ParticipationLevel.CONSULTED)).isFalse();
    }

    @Test
    void agreement_needs_a_performer() {
        assertInvalid(() -> Agreement.builder().id("a").decision("d").build(), "Agreement", "a", "performers",
                Problem.INVALID_VALUE);
        assertInvalid(() -> Agreement.builder().id("a").decision("d").addPerformer("p").recordedNeed(" ").build(),
                "Agreement", "a", "recordedNeed", Problem.INVALID_VALUE);
    }

    @Test
    void agreement_without_its_decision_reports_the_missing_field() {
        assertInvalid(() -> Agreement.builder().id("a").addPerformer("p").build(), "Agreement", null, "decision",
                Problem.MISSING);
    }

    @Test
    void information_item_needs_a_holder_and_defaults_to_relevant_information_without_consent() {
        InformationItem i = InformationItem.builder().id("i").addHolder("gp").build();
        assertThat(i.kind()).isEqualTo(InformationKind.INFORMATION);
        assertThat(i.consent()).isEqualTo(ConsentStatus.NOT_ASKED);
        assertThat(i.planRelevant()).isTrue();
        assertThat(i.isKnownTo("gp")).isTrue();
        assertThat(i.isKnownTo("daughter")).isFalse();
        assertInvalid(() -> InformationItem.builder().id("i").build(), "InformationItem", "i", "holders",
                Problem.INVALID_VALUE);
    }

    @Test
    void exchange_request_and_handover_join_two_different_participants() {
        assertThat(Exchange.of("e", "a", "b").giver()).isEqualTo("a");
        assertInvalid(() -> Exchange.of("e", "a", "a"), "Exchange", "e", "receiver", Problem.INVALID_VALUE);
        assertInvalid(() -> Request.builder().id("r").date(DAY).from("a").to("a").kind(RequestKind.VOLUNTEER)
                .build(), "Request", "r", "to", Problem.INVALID_VALUE);
        assertInvalid(() -> Handover.builder().id("h").date(DAY).from("a").to("a").kind(HandoverKind.TRANSFER)
                .build(), "Handover", "h", "to", Problem.INVALID_VALUE);
        assertThat(RequestKind.VOLUNTEER.asksForExecution()).isTrue();
        assertThat(RequestKind.THINK_ALONG.asksForExecution()).isFalse();
    }

    @Test
    void evaluation_needs_a_participant() {
        assertInvalid(() -> Evaluation.builder().id("e").date(DAY).build(), "Evaluation", "e", "participants",
                Problem.INVALID_VALUE);
    }

    @Test
    void initiative_take_over_needs_a_taker_and_a_date_not_before_the_initiative() {
        assertInvalid(() -> Initiative.builder().id("i").owner("a").takenOverOn(DAY).build(), "Initiative", "i",
                "takenOverOn", Problem.INVALID_VALUE);
        assertInvalid(() -> Initiative.builder().id("i").owner("a").date(DAY).takenOverBy("b")
                .takenOverOn(DAY.minusDays(1)).build(), "Initiative", "i", "takenOverOn", Problem.DATE_ORDER);
        assertInvalid(() -> Initiative.builder().id("i").owner("a").takenOverBy("a").build(), "Initiative", "i",
                "takenOverBy", Problem.INVALID_VALUE);
    }

    @Test
    void safety_frame_constraints_are_not_blank_and_never_printed() {
        SafetyFrame f = SafetyFrame.builder().id("f").setBy("vt").addConstraint("geen alcohol in huis").build();
        assertThat(f.toString()).doesNotContain("alcohol");
        assertInvalid(() -> SafetyFrame.builder().id("f").setBy("vt").addConstraint(" ").build(), "SafetyFrame", "f",
                "constraints", Problem.INVALID_VALUE);
    }

    @Test
    void recurrence_rule_is_optional_but_not_blank() {
        assertThat(Recurrence.of(Frequency.MONTHLY, "first Friday").rule()).contains("first Friday");
        assertThat(Recurrence.of(Frequency.WEEKLY).rule()).isEmpty();
        assertThatThrownBy(() -> Recurrence.of(Frequency.WEEKLY, "")).isInstanceOf(ModelValidationException.class);
    }
}
