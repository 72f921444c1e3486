package io.github.nieuweroute.rule;

import static io.github.nieuweroute.rule.RuleFixtures.AUNT;
import static io.github.nieuweroute.rule.RuleFixtures.FOCUS;
import static io.github.nieuweroute.rule.RuleFixtures.NEIGHBOUR;
import static io.github.nieuweroute.rule.RuleFixtures.PARTNER;
import static io.github.nieuweroute.rule.RuleFixtures.WORKER;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.nieuweroute.model.InformationItem;
import io.github.nieuweroute.model.InformationKind;
import io.github.nieuweroute.model.Situation;
import java.util.List;
import org.junit.jupiter.api.Test;

class KnowledgeSharedRuleTest {

    private static final Rule RULE = StandardRules.KNOWLEDGE_SHARED;

    @Test
    void knowledge_shared_with_every_lifeworld_performer_passes() {
        assertThat(RULE.check(RuleFixtures.clean()).violations()).isEmpty();
    }

    @Test
    void knowledge_kept_from_a_lifeworld_performer_is_a_warning() {
        Situation s = RuleFixtures.builder().addInformationItem(InformationItem.builder().id("k2")
                .kind(InformationKind.KNOWLEDGE).addHolder(WORKER).addAllSharedWith(List.of(FOCUS, PARTNER))
                .build()).build();

        assertThat(RULE.check(s).violations()).singleElement().satisfies(v -> {
            assertThat(v.messageKey()).isEqualTo("R-23.not-shared");
            assertThat(v.severity()).isEqualTo(Severity.WARNING);
            assertThat(v.arguments()).containsExactly("k2", "2", "4");
            assertThat(v.evidence().participants()).containsExactly(AUNT, NEIGHBOUR);
        });
    }

    @Test
    void information_that_is_not_knowledge_is_left_to_r04() {
        Situation s = RuleFixtures.builder().addInformationItem(InformationItem.builder().id("i2").addHolder(WORKER)
                .build()).build();

        assertThat(RULE.check(s).violations()).isEmpty();
    }
}
