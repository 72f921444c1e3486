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
    void a_circle_through_the_household_and_two_others_counts_for_every_focus_person() {
        Situation s = base().addExchange(Exchange.of("x1", AUNT, NEIGHBOUR)).addExchange(Exchange.of("x2", FOCUS, AUNT))
                .addExchange(Exchange.of("x3", NEIGHBOUR, PARTNER)).build();

        assertThat(RULE.check(s).violations()).isEmpty();
    }

    @Test
    void direct_give_and_take_is_reciprocity_but_not_circular() {
        // Esther looks after the animals of the aunt and the neighbour who keep an eye on her: two direct pairs
        Situation s = base().addExchange(Exchange.of("x1", AUNT, FOCUS)).addExchange(Exchange.of("x2", FOCUS, AUNT))
                .addExchange(Exchange.of("x3", NEIGHBOUR, FOCUS)).addExchange(Exchange.of("x4", FOCUS, NEIGHBOUR))
                .build();

        assertThat(RULE.check(s).violations()).singleElement().satisfies(v -> {
            assertThat(v.messageKey()).isEqualTo("R-09.only-direct-exchange");
            assertThat(v.severity()).isEqualTo(Severity.WARNING);
            assertThat(v.arguments()).containsExactly("1", "4");
            assertThat(v.evidence().ids(EvidenceKind.EXCHANGE)).containsExactly("x1", "x2", "x3", "x4");
        });
    }

    @Test
    void a_pair_through_the_household_is_direct_even_when_two_focus_persons_take_part() {
        Situation s = base().addExchange(Exchange.of("x1", AUNT, PARTNER)).addExchange(Exchange.of("x2", FOCUS, AUNT))
                .addExchange(Exchange.of("x3", PARTNER, FOCUS)).build();

        assertThat(RULE.check(s).violations()).extracting(Violation::messageKey)
                .containsExactly("R-09.only-direct-exchange");
    }

    @Test
    void a_circle_elsewhere_does_not_make_a_direct_pair_circular() {
        Situation s = base().addParticipant(Participant.lifeworld("friend", Relation.FRIEND))
                .addExchange(Exchange.of("x1", AUNT, FOCUS)).addExchange(Exchange.of("x2", FOCUS, AUNT))
                .addExchange(Exchange.of("x3", AUNT, NEIGHBOUR)).addExchange(Exchange.of("x4", NEIGHBOUR, "friend"))
                .addExchange(Exchange.of("x5", "friend", AUNT)).build();

        assertThat(RULE.check(s).violations()).extracting(Violation::messageKey)
                .containsExactly("R-09.only-direct-exchange");
    }

    @Test
    void a_longer_circle_that_returns_through_a_direct_partner_counts() {
        Situation s = base().addParticipant(Participant.lifeworld("friend", Relation.FRIEND))
                .addExchange(Exchange.of("x1", AUNT, FOCUS)).addExchange(Exchange.of("x2", FOCUS, AUNT))
                .addExchange(Exchange.of("x3", FOCUS, "friend")).addExchange(Exchange.of("x4", "friend", NEIGHBOUR))
                .addExchange(Exchange.of("x5", NEIGHBOUR, AUNT)).build();

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
