package io.github.nieuweroute.rule;

import static io.github.nieuweroute.rule.RuleFixtures.COACH;
import static io.github.nieuweroute.rule.RuleFixtures.LATER;
import static io.github.nieuweroute.rule.RuleFixtures.WORKER;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.nieuweroute.model.ConsentStatus;
import io.github.nieuweroute.model.Handover;
import io.github.nieuweroute.model.HandoverKind;
import io.github.nieuweroute.model.Situation;
import org.junit.jupiter.api.Test;

class ReferralConsentRuleTest {

    private static final Rule RULE = StandardRules.REFERRAL_WITH_CONSENT;

    private static Situation referral(ConsentStatus consent) {
        Handover.Builder h = Handover.builder().id("h1").date(LATER).from(WORKER).to(COACH).kind(HandoverKind.REFERRAL);
        if (consent != null) {
            h.consent(consent);
        }
        return RuleFixtures.builder().addHandover(h.build()).build();
    }

    @Test
    void referral_with_consent_passes() {
        assertThat(RULE.check(referral(ConsentStatus.GIVEN)).violations()).isEmpty();
    }

    @Test
    void referral_without_recorded_consent_is_a_violation() {
        assertThat(RULE.check(referral(null)).violations()).singleElement()
                .satisfies(v -> assertThat(v.arguments()).containsExactly("h1", "NOT_RECORDED"));
    }

    @Test
    void referral_against_refused_consent_is_a_violation() {
        assertThat(RULE.check(referral(ConsentStatus.REFUSED)).violations()).singleElement()
                .satisfies(v -> assertThat(v.arguments()).containsExactly("h1", "REFUSED"));
    }

    @Test
    void transfer_is_left_to_r10() {
        Situation s = RuleFixtures.builder().addHandover(Handover.builder().id("h1").date(LATER).from(WORKER).to(COACH)
                .kind(HandoverKind.TRANSFER).build()).build();

        assertThat(RULE.check(s).violations()).isEmpty();
    }
}
