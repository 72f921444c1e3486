package io.github.nieuweroute.rule;

import static io.github.nieuweroute.rule.RuleFixtures.AUNT;
import static io.github.nieuweroute.rule.RuleFixtures.FOCUS;
import static io.github.nieuweroute.rule.RuleFixtures.PARTNER;
import static io.github.nieuweroute.rule.RuleFixtures.WORKER;
import static io.github.nieuweroute.rule.RuleFixtures.frameOver;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.nieuweroute.model.Reason;
import io.github.nieuweroute.model.ReasonKind;
import io.github.nieuweroute.model.Situation;
import io.github.nieuweroute.model.Wish;
import io.github.nieuweroute.model.WishOutcome;
import io.github.nieuweroute.seed.SeedCases;
import org.junit.jupiter.api.Test;

class OwnWishRuleTest {

    private static final Rule RULE = StandardRules.OWN_WISH_WEIGHED;

    @Test
    void a_wish_of_the_client_set_aside_without_a_reason_is_a_warning_naming_who_conveyed_it() {
        Situation s = RuleFixtures.withD1(b -> b.addWish(Wish.of(FOCUS, PARTNER, WishOutcome.NOT_FOLLOWED)));

        assertThat(RULE.check(s).violations()).singleElement().satisfies(v -> {
            assertThat(v.messageKey()).isEqualTo("R-25.conveyed-wish-not-followed-without-reason");
            assertThat(v.severity()).isEqualTo(Severity.WARNING);
            assertThat(v.arguments()).containsExactly("d1", FOCUS, PARTNER, "NOT_FOLLOWED");
            assertThat(v.evidence().participants()).containsExactly(FOCUS, PARTNER);
        });
    }

    @Test
    void a_wish_the_client_voiced_and_that_was_followed_in_part_has_its_own_message() {
        Situation s = RuleFixtures.withD1(b -> b.addWish(Wish.of(FOCUS, FOCUS, WishOutcome.PARTLY_FOLLOWED)));

        assertThat(RULE.check(s).violations()).singleElement().satisfies(v -> {
            assertThat(v.messageKey()).isEqualTo("R-25.wish-not-followed-without-reason");
            assertThat(RuleSet.of(RULE).check(s).render(Language.DUTCH)).contains("maar ten dele gevolgd");
        });
    }

    @Test
    void a_recorded_reason_a_followed_wish_or_a_wish_of_someone_else_passes() {
        assertThat(RULE.check(RuleFixtures.withD1(b -> b.addWish(Wish.of(FOCUS, PARTNER, WishOutcome.NOT_FOLLOWED))
                .addReason(Reason.of(ReasonKind.SAFETY, WORKER)))).violations()).isEmpty();
        assertThat(RULE.check(RuleFixtures.withD1(b -> b.addWish(Wish.of(FOCUS, FOCUS, WishOutcome.FOLLOWED))))
                .violations()).isEmpty();
        assertThat(RULE.check(RuleFixtures.withD1(b -> b.addWish(Wish.of(AUNT, AUNT, WishOutcome.NOT_FOLLOWED))))
                .violations()).isEmpty();
    }

    @Test
    void a_safety_frame_over_the_decision_turns_it_into_an_exemption() {
        Situation s = RuleFixtures.withD1(b -> b.addWish(Wish.of(FOCUS, FOCUS, WishOutcome.NOT_FOLLOWED)))
                .toBuilder().addSafetyFrame(frameOver("d1")).build();

        RuleResult result = RULE.check(s);

        assertThat(result.violations()).isEmpty();
        assertThat(result.exemptions()).singleElement()
                .satisfies(e -> assertThat(e.basis()).isEqualTo(ExemptionBasis.SAFETY_FRAME));
    }

    @Test
    void de_vries_records_the_reasons_for_setting_the_mothers_wish_aside() {
        Situation deVries = SeedCases.deVries().situation();

        assertThat(deVries.decision("admission").orElseThrow().wishes()).isNotEmpty();
        assertThat(RULE.check(deVries).violations()).isEmpty();
    }
}
