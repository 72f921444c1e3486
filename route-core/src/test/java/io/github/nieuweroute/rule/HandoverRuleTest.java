package io.github.nieuweroute.rule;

import static io.github.nieuweroute.rule.RuleFixtures.COACH;
import static io.github.nieuweroute.rule.RuleFixtures.LATER;
import static io.github.nieuweroute.rule.RuleFixtures.WORKER;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.nieuweroute.model.Handover;
import io.github.nieuweroute.model.HandoverKind;
import io.github.nieuweroute.model.Situation;
import org.junit.jupiter.api.Test;

class HandoverRuleTest {

    private static final Rule RULE = StandardRules.LOYAL_HELPER;

    static Situation withHandover(HandoverKind kind) {
        return RuleFixtures.builder().addHandover(Handover.builder().id("h1").date(LATER).from(WORKER).to(COACH)
                .kind(kind).build()).build();
    }

    @Test
    void adding_expertise_passes() {
        assertThat(RULE.check(withHandover(HandoverKind.EXPERTISE_ADDED)).violations()).isEmpty();
    }

    @Test
    void transfer_instead_of_adding_expertise_is_flagged() {
        assertThat(RULE.check(withHandover(HandoverKind.TRANSFER)).violations()).singleElement().satisfies(v -> {
            assertThat(v.messageKey()).isEqualTo("R-10.handed-over");
            assertThat(v.arguments()).containsExactly("h1", "TRANSFER", WORKER, COACH);
            assertThat(v.evidence().ids(EvidenceKind.HANDOVER)).containsExactly("h1");
        });
    }

    @Test
    void referral_is_flagged_too() {
        assertThat(RULE.check(withHandover(HandoverKind.REFERRAL)).violations()).extracting(Violation::arguments)
                .singleElement().satisfies(args -> assertThat(args).contains("REFERRAL"));
    }
}
