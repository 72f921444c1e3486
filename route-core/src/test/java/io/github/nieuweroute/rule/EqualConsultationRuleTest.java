package io.github.nieuweroute.rule;

import static io.github.nieuweroute.rule.RuleFixtures.AUNT;
import static io.github.nieuweroute.rule.RuleFixtures.COACH;
import static io.github.nieuweroute.rule.RuleFixtures.DAY;
import static io.github.nieuweroute.rule.RuleFixtures.FOCUS;
import static io.github.nieuweroute.rule.RuleFixtures.NEIGHBOUR;
import static io.github.nieuweroute.rule.RuleFixtures.PARTNER;
import static io.github.nieuweroute.rule.RuleFixtures.WORKER;
import static io.github.nieuweroute.rule.RuleFixtures.decision;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.nieuweroute.model.PlanMeeting;
import io.github.nieuweroute.model.Situation;
import java.util.List;
import org.junit.jupiter.api.Test;

class EqualConsultationRuleTest {

    private static final Rule RULE = StandardRules.MORE_EQUAL_CONSULTATION;

    @Test
    void everyone_present_co_decides_passes() {
        assertThat(RULE.check(RuleFixtures.clean()).violations()).isEmpty();
    }

    @Test
    void lifeworld_present_without_a_say_is_a_warning() {
        Situation s = RuleFixtures.builder()
                .addMeeting(PlanMeeting.builder().id("m2").date(DAY)
                        .addAllAttended(List.of(FOCUS, PARTNER, AUNT, NEIGHBOUR, WORKER)).build())
                .addDecision(decision("d2", DAY, "m2", FOCUS, PARTNER, WORKER)).build();

        assertThat(RULE.check(s).violations()).singleElement().satisfies(v -> {
            assertThat(v.messageKey()).isEqualTo("R-21.present-without-say");
            assertThat(v.arguments()).containsExactly("d2", "m2", "2", "4");
            assertThat(v.evidence().participants()).containsExactly(AUNT, NEIGHBOUR);
        });
    }

    @Test
    void meeting_of_professionals_only_is_a_warning() {
        Situation s = RuleFixtures.builder().addMeeting(PlanMeeting.builder().id("m2").date(DAY)
                .addAllAttended(List.of(WORKER, COACH)).build()).build();

        assertThat(RULE.check(s).violations()).singleElement().satisfies(v -> {
            assertThat(v.messageKey()).isEqualTo("R-21.professionals-only");
            assertThat(v.arguments()).containsExactly("m2", "2");
        });
    }

    @Test
    void meeting_without_recorded_attendees_is_not_called_professionals_only() {
        Situation s = RuleFixtures.builder().addMeeting(PlanMeeting.builder().id("m2").date(DAY)
                .unrecordedAttendees(12).build()).build();

        assertThat(RULE.check(s).violations()).isEmpty();
    }

    @Test
    void meeting_of_professionals_with_one_lifeworld_attendee_is_not_professionals_only() {
        Situation s = RuleFixtures.builder().addMeeting(PlanMeeting.builder().id("m2").date(DAY)
                .addAllAttended(List.of(WORKER, COACH, AUNT)).build()).build();

        assertThat(RULE.check(s).violations()).isEmpty();
    }

    @Test
    void every_decision_of_a_meeting_is_checked_and_a_say_in_one_is_no_say_in_the_other() {
        Situation s = RuleFixtures.builder()
                .addMeeting(PlanMeeting.builder().id("m2").date(DAY)
                        .addAllAttended(List.of(FOCUS, AUNT, WORKER)).build())
                .addDecision(decision("d2", DAY, "m2", FOCUS, AUNT, WORKER))
                .addDecision(decision("d3", DAY, "m2", FOCUS, WORKER))
                .build();

        assertThat(RULE.check(s).violations()).singleElement().satisfies(v -> {
            assertThat(v.arguments()).containsExactly("d3", "m2", "1", "2");
            assertThat(v.evidence().participants()).containsExactly(AUNT);
            assertThat(v.evidence().ids(EvidenceKind.DECISION)).containsExactly("d3");
            assertThat(v.evidence().ids(EvidenceKind.MEETING)).containsExactly("m2");
        });
    }

    @Test
    void a_lifeworld_decider_who_did_not_attend_does_not_count_for_those_present() {
        Situation s = RuleFixtures.builder()
                .addMeeting(PlanMeeting.builder().id("m2").date(DAY).addAllAttended(List.of(FOCUS, AUNT, WORKER))
                        .build())
                .addDecision(decision("d2", DAY, "m2", FOCUS, PARTNER, WORKER))
                .build();

        assertThat(RULE.check(s).violations()).singleElement().satisfies(v -> {
            assertThat(v.arguments()).containsExactly("d2", "m2", "1", "2");
            assertThat(v.evidence().participants()).containsExactly(AUNT);
        });
    }
}
