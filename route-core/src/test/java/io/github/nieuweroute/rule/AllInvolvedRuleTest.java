package io.github.nieuweroute.rule;

import static io.github.nieuweroute.rule.RuleFixtures.DAY;
import static io.github.nieuweroute.rule.RuleFixtures.FOCUS;
import static io.github.nieuweroute.rule.RuleFixtures.PARTNER;
import static io.github.nieuweroute.rule.RuleFixtures.WORKER;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.nieuweroute.model.NetworkQuestionForm;
import io.github.nieuweroute.model.PlanMeeting;
import io.github.nieuweroute.model.Question;
import io.github.nieuweroute.model.Situation;
import java.util.List;
import org.junit.jupiter.api.Test;

class AllInvolvedRuleTest {

    private static final Rule RULE = StandardRules.ALL_INVOLVED;

    @Test
    void who_finds_it_important_question_and_a_wide_meeting_pass() {
        assertThat(RULE.check(RuleFixtures.clean()).violations()).isEmpty();
    }

    @Test
    void who_can_help_question_is_a_violation() {
        Situation s = RuleFixtures.builder().addQuestion(Question.network("q2", NetworkQuestionForm.WHO_CAN_HELP))
                .build();

        assertThat(RULE.check(s).violations()).singleElement().satisfies(v -> {
            assertThat(v.messageKey()).isEqualTo("R-03.who-can-help-question");
            assertThat(v.severity()).isEqualTo(Severity.ERROR);
            assertThat(v.evidence().ids(EvidenceKind.QUESTION)).containsExactly("q2");
        });
    }

    @Test
    void meeting_of_only_the_first_circle_is_a_warning() {
        Situation s = RuleFixtures.builder().addMeeting(PlanMeeting.builder().id("m2").date(DAY)
                .addAllInvited(List.of(FOCUS, PARTNER, WORKER)).addAllAttended(List.of(FOCUS, PARTNER, WORKER))
                .build()).build();

        assertThat(RULE.check(s).violations()).singleElement().satisfies(v -> {
            assertThat(v.messageKey()).isEqualTo("R-03.no-wider-circle");
            assertThat(v.severity()).isEqualTo(Severity.WARNING);
            assertThat(v.evidence().ids(EvidenceKind.MEETING)).containsExactly("m2");
        });
    }

    @Test
    void a_wider_circle_person_who_was_invited_but_did_not_attend_counts_as_reached() {
        Situation s = RuleFixtures.builder().addMeeting(PlanMeeting.builder().id("m2").date(DAY)
                .addAllInvited(List.of(FOCUS, PARTNER, RuleFixtures.NEIGHBOUR, WORKER))
                .addAllAttended(List.of(FOCUS, PARTNER, WORKER)).build()).build();

        assertThat(RULE.check(s).violations()).isEmpty();
    }

    @Test
    void a_wider_circle_person_who_attended_uninvited_counts_as_reached() {
        Situation s = RuleFixtures.builder().addMeeting(PlanMeeting.builder().id("m2").date(DAY)
                .addAllInvited(List.of(FOCUS, PARTNER)).addAllAttended(List.of(FOCUS, RuleFixtures.NEIGHBOUR))
                .build()).build();

        assertThat(RULE.check(s).violations()).isEmpty();
    }

    @Test
    void a_professional_or_an_unknown_invitee_does_not_reach_the_wider_circle() {
        Situation s = RuleFixtures.builder().addMeeting(PlanMeeting.builder().id("m2").date(DAY)
                .addAllInvited(List.of(FOCUS, WORKER, RuleFixtures.COACH)).addAttended(FOCUS).build()).build();

        assertThat(RULE.check(s).violations()).extracting(Violation::messageKey)
                .containsExactly("R-03.no-wider-circle");
    }

    @Test
    void a_who_finds_it_important_question_is_not_a_violation() {
        Situation s = RuleFixtures.builder()
                .addQuestion(Question.network("q2", NetworkQuestionForm.WHO_FINDS_IT_IMPORTANT)).build();

        assertThat(RULE.check(s).violations()).isEmpty();
    }
}
