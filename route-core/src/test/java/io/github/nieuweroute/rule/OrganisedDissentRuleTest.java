package io.github.nieuweroute.rule;

import static io.github.nieuweroute.rule.RuleFixtures.AUNT;
import static io.github.nieuweroute.rule.RuleFixtures.DAY;
import static io.github.nieuweroute.rule.RuleFixtures.FOCUS;
import static io.github.nieuweroute.rule.RuleFixtures.PARTNER;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.nieuweroute.model.MeetingPhase;
import io.github.nieuweroute.model.PlanMeeting;
import io.github.nieuweroute.model.Situation;
import java.util.List;
import org.junit.jupiter.api.Test;

class OrganisedDissentRuleTest {

    private static final Rule RULE = StandardRules.ORGANISED_DISSENT;

    private static PlanMeeting.Builder deciding() {
        return PlanMeeting.builder().id("m2").date(DAY).addAllAttended(List.of(FOCUS, PARTNER, AUNT))
                .addPhase(MeetingPhase.DECISION);
    }

    @Test
    void meeting_with_a_dissent_phase_passes() {
        assertThat(RULE.check(RuleFixtures.clean()).violations()).isEmpty();
    }

    @Test
    void meeting_that_kept_someone_the_focus_person_objected_to_passes() {
        Situation s = RuleFixtures.builder().addMeeting(deciding().addObjectedTo(AUNT).build()).build();

        assertThat(RULE.check(s).violations()).isEmpty();
    }

    @Test
    void deciding_meeting_without_any_dissent_is_a_warning() {
        Situation s = RuleFixtures.builder().addMeeting(deciding().build()).build();

        assertThat(RULE.check(s).violations()).singleElement().satisfies(v -> {
            assertThat(v.messageKey()).isEqualTo("R-08.no-dissent");
            assertThat(v.evidence().ids(EvidenceKind.MEETING)).containsExactly("m2");
        });
    }

    @Test
    void meeting_that_decides_nothing_is_not_checked() {
        Situation s = RuleFixtures.builder().addMeeting(PlanMeeting.builder().id("m2").date(DAY).addAttended(FOCUS)
                .build()).build();

        assertThat(RULE.check(s).violations()).isEmpty();
    }
    @Test
    void meeting_where_a_decision_was_made_decides_even_without_a_decision_phase() {
        Situation s = RuleFixtures.builder()
                .addMeeting(PlanMeeting.builder().id("m2").date(DAY).addAllAttended(List.of(FOCUS, PARTNER, AUNT))
                        .build())
                .addDecision(RuleFixtures.decision("d2", DAY, "m2", FOCUS, PARTNER, AUNT))
                .build();

        assertThat(RULE.check(s).violations()).extracting(Violation::messageKey).containsExactly("R-08.no-dissent");
    }
}
