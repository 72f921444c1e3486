package io.github.nieuweroute.rule;

import static io.github.nieuweroute.rule.RuleFixtures.AUNT;
import static io.github.nieuweroute.rule.RuleFixtures.FOCUS;
import static io.github.nieuweroute.rule.RuleFixtures.NEIGHBOUR;
import static io.github.nieuweroute.rule.RuleFixtures.WORKER;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.nieuweroute.model.ConsentStatus;
import io.github.nieuweroute.model.InformationItem;
import io.github.nieuweroute.model.Situation;
import org.junit.jupiter.api.Test;

class SharingConsentRuleTest {

    private static final Rule RULE = StandardRules.SHARING_WITH_CONSENT;

    private static Situation withItem(InformationItem.Builder item) {
        return RuleFixtures.builder().addInformationItem(item.id("i2").build()).build();
    }

    private static InformationItem.Builder sharedByWorker(ConsentStatus consent) {
        return InformationItem.builder().addHolder(WORKER).concerns(FOCUS).addSharedWith(AUNT)
                .addSharedWith(NEIGHBOUR).consent(consent);
    }

    @Test
    void sharing_information_about_a_person_nobody_asked_is_the_finding() {
        assertThat(RULE.check(withItem(sharedByWorker(ConsentStatus.NOT_ASKED))).violations()).singleElement()
                .satisfies(v -> {
                    assertThat(v.messageKey()).isEqualTo("R-24.shared-without-consent");
                    assertThat(v.severity()).isEqualTo(Severity.WARNING);
                    assertThat(v.arguments()).containsExactly("i2", FOCUS, "2", "NOT_ASKED");
                    assertThat(v.evidence().participants()).containsExactly(AUNT, FOCUS, NEIGHBOUR);
                });
    }

    @Test
    void sharing_against_a_refusal_is_the_finding_too() {
        assertThat(RULE.check(withItem(sharedByWorker(ConsentStatus.REFUSED))).violations())
                .extracting(v -> v.arguments().get(3)).containsExactly("REFUSED");
    }

    @Test
    void sharing_with_consent_passes() {
        assertThat(RULE.check(withItem(sharedByWorker(ConsentStatus.GIVEN))).violations()).isEmpty();
    }

    @Test
    void sharing_only_with_the_person_concerned_or_information_about_nobody_passes() {
        assertThat(RULE.check(withItem(InformationItem.builder().addHolder(WORKER).concerns(FOCUS)
                .addSharedWith(FOCUS))).violations()).isEmpty();
        assertThat(RULE.check(withItem(InformationItem.builder().addHolder(WORKER).addSharedWith(AUNT)))
                .violations()).isEmpty();
    }

    @Test
    void what_only_the_person_concerned_held_is_theirs_to_share() {
        assertThat(RULE.check(withItem(InformationItem.builder().addHolder(FOCUS).concerns(FOCUS)
                .addSharedWith(AUNT))).violations()).isEmpty();
    }

    @Test
    void a_safety_frame_over_the_item_is_a_recorded_exemption() {
        Situation s = RuleFixtures.builder().addInformationItem(sharedByWorker(ConsentStatus.NOT_ASKED).id("i2").build())
                .addSafetyFrame(RuleFixtures.frameOver("i2")).build();

        RuleResult result = RULE.check(s);

        assertThat(result.violations()).isEmpty();
        assertThat(result.exemptions()).extracting(Exemption::basis).containsExactly(ExemptionBasis.SAFETY_FRAME);
    }
}
