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
}
