package io.github.nieuweroute.rule;

import static io.github.nieuweroute.rule.RuleFixtures.COACH;
import static io.github.nieuweroute.rule.RuleFixtures.FOCUS;
import static io.github.nieuweroute.rule.RuleFixtures.WORKER;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.nieuweroute.model.ConsentStatus;
import io.github.nieuweroute.model.InformationItem;
import io.github.nieuweroute.model.Situation;
import org.junit.jupiter.api.Test;

class SecrecyRuleTest {

    private static final Rule RULE = StandardRules.BREAKING_SECRECY;

    @Test
    void item_shared_with_the_lifeworld_passes() {
        assertThat(RULE.check(RuleFixtures.clean()).violations()).isEmpty();
    }

    @Test
    void item_known_only_to_professionals_is_secrecy() {
        Situation s = RuleFixtures.builder().addInformationItem(InformationItem.builder().id("i2").addHolder(WORKER)
                .addSharedWith(COACH).build()).build();

        assertThat(RULE.check(s).violations()).singleElement().satisfies(v -> {
            assertThat(v.messageKey()).isEqualTo("R-22.not-shared");
            assertThat(v.arguments()).containsExactly("i2", "2");
            assertThat(v.evidence().participants()).containsExactly(COACH, WORKER);
        });
    }

    @Test
    void refused_consent_keeps_it_a_recorded_exception() {
        Situation s = RuleFixtures.builder().addInformationItem(InformationItem.builder().id("i2").addHolder(WORKER)
                .concerns(FOCUS).consent(ConsentStatus.REFUSED).build()).build();

        RuleResult result = RULE.check(s);

        assertThat(result.violations()).isEmpty();
        assertThat(result.exemptions()).extracting(Exemption::basis).containsExactly(ExemptionBasis.CONSENT_REFUSED);
    }
}
