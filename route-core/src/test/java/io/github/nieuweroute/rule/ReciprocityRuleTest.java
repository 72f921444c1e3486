package io.github.nieuweroute.rule;

import static io.github.nieuweroute.rule.RuleFixtures.AUNT;
import static io.github.nieuweroute.rule.RuleFixtures.FOCUS;
import static io.github.nieuweroute.rule.RuleFixtures.NEIGHBOUR;
import static io.github.nieuweroute.rule.RuleFixtures.PARTNER;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.nieuweroute.model.Exchange;
import io.github.nieuweroute.model.Participant;
import io.github.nieuweroute.model.Relation;
import io.github.nieuweroute.model.Situation;
import org.junit.jupiter.api.Test;

class ReciprocityRuleTest {

    private static final Rule RULE = StandardRules.CIRCULAR_RECIPROCITY;

    private static Situation.Builder base() {
        return Situation.builder().id("s").addParticipants(Participant.focusPerson(FOCUS),
                Participant.focusPerson(PARTNER), Participant.lifeworld(AUNT, Relation.FAMILY),
                Participant.lifeworld(NEIGHBOUR, Relation.NEIGHBOUR));
    }

    @Test
    void focus_person_who_gives_back_on_a_circle_passes() {
        assertThat(RULE.check(RuleFixtures.clean()).violations()).isEmpty();
    }

    @Test
    void circle_through_the_household_counts_for_every_focus_person() {
        Situation s = base().addExchange(Exchange.of("x1", AUNT, PARTNER)).addExchange(Exchange.of("x2", FOCUS, AUNT))
                .addExchange(Exchange.of("x3", PARTNER, FOCUS)).build();

        assertThat(RULE.check(s).violations()).isEmpty();
    }

    @Test
    void focus_person_who_only_receives_is_a_warning() {
        Situation s = base().addExchange(Exchange.of("x1", AUNT, FOCUS))
                .addExchange(Exchange.of("x2", NEIGHBOUR, FOCUS)).addExchange(Exchange.of("x3", FOCUS, PARTNER))
                .build();

        assertThat(RULE.check(s).violations()).singleElement().satisfies(v -> {
            assertThat(v.messageKey()).isEqualTo("R-09.focus-person-only-receives");
            assertThat(v.arguments()).containsExactly("1", "2");
            assertThat(v.evidence().ids(EvidenceKind.EXCHANGE)).containsExactly("x1", "x2");
        });
    }

    @Test
    void giving_and_receiving_without_a_circle_is_a_warning() {
        Situation s = base().addParticipant(Participant.lifeworld("friend", Relation.FRIEND))
                .addExchange(Exchange.of("x1", AUNT, FOCUS)).addExchange(Exchange.of("x2", FOCUS, NEIGHBOUR))
                .addExchange(Exchange.of("x3", "friend", NEIGHBOUR)).addExchange(Exchange.of("x4", NEIGHBOUR, "friend"))
                .build();

        assertThat(RULE.check(s).violations()).singleElement().satisfies(v -> {
            assertThat(v.messageKey()).isEqualTo("R-09.no-circle");
            assertThat(v.arguments()).containsExactly("1", "1");
            assertThat(v.evidence().participants()).containsExactly(FOCUS);
            assertThat(v.evidence().ids(EvidenceKind.EXCHANGE)).containsExactly("x1", "x2");
        });
    }

    @Test
    void no_exchanges_means_nothing_to_check() {
        assertThat(RULE.check(base().build()).violations()).isEmpty();
    }
}
