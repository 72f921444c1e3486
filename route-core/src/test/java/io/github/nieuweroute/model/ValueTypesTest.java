package io.github.nieuweroute.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.nieuweroute.model.ModelValidationException.Problem;
import java.time.LocalDate;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The structural invariants of the small value types, each error naming type, id and field. */
class ValueTypesTest {

    private static final LocalDate DAY = LocalDate.of(2016, 2, 8);
    private static final String BAD_ID = "bad id";
    private static final String BLANK = "  ";

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

    @Test
    void participation_level_is_at_least_itself_and_not_at_least_a_higher_level() {
        for (ParticipationLevel level : ParticipationLevel.values()) {
            assertThat(level.isAtLeast(level)).as(level.name()).isTrue();
        }
        assertThat(ParticipationLevel.CONSENTED.isAtLeast(ParticipationLevel.CO_DECIDED)).isFalse();
        assertThat(ParticipationLevel.NONE.isAtLeast(ParticipationLevel.INFORMED)).isFalse();
    }

    @Test
    void information_item_is_known_to_whom_it_was_shared_with_but_not_to_others() {
        InformationItem i = InformationItem.builder().id("i").addHolder("gp").addSharedWith("daughter").build();
        assertThat(i.isKnownTo("daughter")).isTrue();
        assertThat(i.isKnownTo("gp")).isTrue();
        assertThat(i.isKnownTo("neighbour")).isFalse();
    }

    /** Every id field and every optional text of the value types, each built with one bad value. */
    static Stream<Arguments> one_bad_field_each() {
        return Stream.of(
                bad("Agreement", null, "id", Problem.INVALID_ID,
                        () -> Agreement.builder().id(BAD_ID).decision("d").addPerformer("p").build()),
                bad("Agreement", "a", "decision", Problem.INVALID_ID,
                        () -> Agreement.builder().id("a").decision(BAD_ID).addPerformer("p").build()),
                bad("Agreement", "a", "performers", Problem.INVALID_ID,
                        () -> Agreement.builder().id("a").decision("d").addPerformers("p", BAD_ID).build()),
                bad("Agreement", "a", "proposer", Problem.INVALID_ID,
                        () -> Agreement.builder().id("a").decision("d").addPerformer("p").proposer(BAD_ID).build()),
                bad("Agreement", "a", "description", Problem.INVALID_VALUE,
                        () -> Agreement.builder().id("a").decision("d").addPerformer("p").description(BLANK).build()),
                bad("Decision", null, "id", Problem.INVALID_ID,
                        () -> Decision.builder().id(BAD_ID).date(DAY).build()),
                bad("Decision", "d", "meeting", Problem.INVALID_ID,
                        () -> Decision.builder().id("d").date(DAY).meeting(BAD_ID).build()),
                bad("Decision", "d", "subject", Problem.INVALID_VALUE,
                        () -> Decision.builder().id("d").date(DAY).subject(BLANK).build()),
                bad("Evaluation", null, "id", Problem.INVALID_ID,
                        () -> Evaluation.builder().id(BAD_ID).date(DAY).addParticipant("p").build()),
                bad("Evaluation", "e", "plan", Problem.INVALID_ID,
                        () -> Evaluation.builder().id("e").date(DAY).plan(BAD_ID).addParticipant("p").build()),
                bad("Evaluation", "e", "participants", Problem.INVALID_ID,
                        () -> Evaluation.builder().id("e").date(DAY).addParticipants("p", BAD_ID).build()),
                bad("Exchange", null, "id", Problem.INVALID_ID, () -> Exchange.of(BAD_ID, "a", "b")),
                bad("Exchange", "e", "giver", Problem.INVALID_ID, () -> Exchange.of("e", BAD_ID, "b")),
                bad("Exchange", "e", "receiver", Problem.INVALID_ID, () -> Exchange.of("e", "a", BAD_ID)),
                bad("Exchange", "e", "what", Problem.INVALID_VALUE,
                        () -> Exchange.builder().id("e").giver("a").receiver("b").what(BLANK).build()),
                bad("Handover", null, "id", Problem.INVALID_ID, () -> handover(BAD_ID, "a", "b")),
                bad("Handover", "h", "from", Problem.INVALID_ID, () -> handover("h", BAD_ID, "b")),
                bad("Handover", "h", "to", Problem.INVALID_ID, () -> handover("h", "a", BAD_ID)),
                bad("InformationItem", null, "id", Problem.INVALID_ID,
                        () -> InformationItem.builder().id(BAD_ID).addHolder("gp").build()),
                bad("InformationItem", "i", "topic", Problem.INVALID_VALUE,
                        () -> InformationItem.builder().id("i").addHolder("gp").topic(BLANK).build()),
                bad("InformationItem", "i", "concerns", Problem.INVALID_ID,
                        () -> InformationItem.builder().id("i").addHolder("gp").concerns(BAD_ID).build()),
                bad("InformationItem", "i", "holders", Problem.INVALID_ID,
                        () -> InformationItem.builder().id("i").addHolders("gp", BAD_ID).build()),
                bad("InformationItem", "i", "sharedWith", Problem.INVALID_ID,
                        () -> InformationItem.builder().id("i").addHolder("gp").addSharedWith(BAD_ID).build()),
                bad("Initiative", null, "id", Problem.INVALID_ID,
                        () -> Initiative.builder().id(BAD_ID).owner("a").build()),
                bad("Initiative", "i", "owner", Problem.INVALID_ID,
                        () -> Initiative.builder().id("i").owner(BAD_ID).build()),
                bad("Initiative", "i", "takenOverBy", Problem.INVALID_ID,
                        () -> Initiative.builder().id("i").owner("a").takenOverBy(BAD_ID).build()),
                bad("Initiative", "i", "description", Problem.INVALID_VALUE,
                        () -> Initiative.builder().id("i").owner("a").description(BLANK).build()),
                bad("Plan", null, "id", Problem.INVALID_ID, () -> Plan.builder().id(BAD_ID).build()),
                bad("Plan", "p", "owners", Problem.INVALID_ID, () -> Plan.builder().id("p").owner(BAD_ID).build()),
                bad("Plan", "p", "owners", Problem.INVALID_ID,
                        () -> Plan.builder().id("p").addOwner("a").addOwner(BAD_ID).build()),
                bad("Question", "q", "owners", Problem.INVALID_ID, () -> Question.builder().id("q")
                        .kind(QuestionKind.CENTRAL).addOwner(BAD_ID).build()),
                bad("Wish", null, "holder", Problem.INVALID_ID,
                        () -> Wish.of(BAD_ID, "a", WishOutcome.FOLLOWED)),
                bad("Wish", null, "conveyedBy", Problem.INVALID_ID,
                        () -> Wish.of("a", BAD_ID, WishOutcome.FOLLOWED)),
                bad("Wish", null, "text", Problem.INVALID_VALUE, () -> Wish.builder().holder("a").conveyedBy("a")
                        .outcome(WishOutcome.FOLLOWED).text(BLANK).build()),
                bad("Reason", null, "givenBy", Problem.INVALID_ID, () -> Reason.of(ReasonKind.SAFETY, BAD_ID)),
                bad("Reason", null, "text", Problem.INVALID_VALUE,
                        () -> Reason.builder().kind(ReasonKind.SAFETY).givenBy("a").text(BLANK).build()),
                bad("LoadAssessment", null, "assessedBy", Problem.INVALID_ID, () -> LoadAssessment.builder()
                        .date(DAY).balance(LoadBalance.BELOW_CAPACITY).assessedBy(BAD_ID).build()),
                bad("SafetyCondition", null, "subject", Problem.INVALID_ID,
                        () -> SafetyCondition.decidedWithFrameOwner(BAD_ID)),
                bad("SafetyCondition", null, "persons", Problem.INVALID_ID,
                        () -> SafetyCondition.notAloneWith("a", BAD_ID)),
                bad("SafetyCondition", null, "persons", Problem.INVALID_VALUE,
                        () -> SafetyCondition.builder().kind(SafetyConditionKind.NOT_ALONE_WITH).subject("a").build()),
                bad("SafetyCondition", null, "persons", Problem.INVALID_VALUE, () -> SafetyCondition.builder()
                        .kind(SafetyConditionKind.DECIDED_WITH_FRAME_OWNER).subject("a").addPersons("b").build()),
                bad("SafetyCondition", null, "persons", Problem.INVALID_VALUE,
                        () -> SafetyCondition.notAloneWith("a", "a")),
                bad("SafetyCondition", null, "supervisors", Problem.INVALID_VALUE, () -> SafetyCondition.builder()
                        .kind(SafetyConditionKind.SUPERVISED_CONTACT).subject("a").addPersons("b").build()),
                bad("SafetyCondition", null, "supervisors", Problem.INVALID_VALUE, () -> SafetyCondition.builder()
                        .kind(SafetyConditionKind.NOT_ALONE_WITH).subject("a").addPersons("b").addSupervisors("c")
                        .build()),
                bad("SafetyCondition", null, "supervisors", Problem.INVALID_VALUE, () -> SafetyCondition.builder()
                        .kind(SafetyConditionKind.SUPERVISED_CONTACT).subject("a").addPersons("b")
                        .addSupervisors("a").build()),
                bad("SafetyCondition", null, "supervisors", Problem.INVALID_VALUE, () -> SafetyCondition.builder()
                        .kind(SafetyConditionKind.SUPERVISED_CONTACT).subject("a").addPersons("b")
                        .addSupervisors("b").build()),
                bad("SafetyCondition", null, "supervisors", Problem.INVALID_ID, () -> SafetyCondition.builder()
                        .kind(SafetyConditionKind.SUPERVISED_CONTACT).subject("a").addPersons("b")
                        .addSupervisors(BAD_ID).build()),
                bad("PlanMeeting", null, "id", Problem.INVALID_ID,
                        () -> PlanMeeting.builder().id(BAD_ID).date(DAY).build()),
                bad("PlanMeeting", "m", "organiser", Problem.INVALID_ID,
                        () -> PlanMeeting.builder().id("m").date(DAY).organiser(BAD_ID).build()),
                bad("PlanMeeting", "m", "facilitator", Problem.INVALID_ID,
                        () -> PlanMeeting.builder().id("m").date(DAY).facilitator(BAD_ID).build()),
                bad("PlanMeeting", "m", "invited", Problem.INVALID_ID,
                        () -> PlanMeeting.builder().id("m").date(DAY).addInvited(BAD_ID).build()),
                bad("PlanMeeting", "m", "objectedTo", Problem.INVALID_ID,
                        () -> PlanMeeting.builder().id("m").date(DAY).addObjectedTo(BAD_ID).build()),
                bad("Question", null, "id", Problem.INVALID_ID,
                        () -> Question.builder().id(BAD_ID).kind(QuestionKind.START).build()),
                bad("Question", "q", "askedBy", Problem.INVALID_ID,
                        () -> Question.builder().id("q").kind(QuestionKind.START).askedBy(BAD_ID).build()),
                bad("Question", "q", "text", Problem.INVALID_VALUE,
                        () -> Question.builder().id("q").kind(QuestionKind.START).text(BLANK).build()),
                bad("Request", null, "id", Problem.INVALID_ID, () -> request(BAD_ID, "a", "b").build()),
                bad("Request", "r", "from", Problem.INVALID_ID, () -> request("r", BAD_ID, "b").build()),
                bad("Request", "r", "to", Problem.INVALID_ID, () -> request("r", "a", BAD_ID).build()),
                bad("Request", "r", "description", Problem.INVALID_VALUE,
                        () -> request("r", "a", "b").description(BLANK).build()),
                bad("SafetyFrame", null, "id", Problem.INVALID_ID,
                        () -> SafetyFrame.builder().id(BAD_ID).setBy("vt").build()),
                bad("SafetyFrame", "f", "setBy", Problem.INVALID_ID,
                        () -> SafetyFrame.builder().id("f").setBy(BAD_ID).build()),
                bad("SafetyFrame", "f", "coveredIds", Problem.INVALID_ID,
                        () -> SafetyFrame.builder().id("f").setBy("vt").addCoveredId(BAD_ID).build()),
                bad("Recurrence", null, "rule", Problem.INVALID_VALUE, () -> Recurrence.of(Frequency.WEEKLY, BLANK)));
    }

    private static Arguments bad(String type, String id, String field, Problem problem, Runnable build) {
        return Arguments.of(type + "." + field, build, type, id, field, problem);
    }

    private static Handover handover(String id, String from, String to) {
        return Handover.builder().id(id).date(DAY).from(from).to(to).kind(HandoverKind.TRANSFER).build();
    }

    private static Request.Builder request(String id, String from, String to) {
        return Request.builder().id(id).date(DAY).from(from).to(to).kind(RequestKind.THINK_ALONG);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("one_bad_field_each")
    void a_malformed_id_or_blank_text_is_rejected_naming_type_id_and_field(String label, Runnable build, String type,
            String id, String field, Problem problem) {
        assertInvalid(build, type, id, field, problem);
    }
}
