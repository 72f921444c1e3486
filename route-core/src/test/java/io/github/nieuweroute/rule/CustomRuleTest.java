package io.github.nieuweroute.rule;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.nieuweroute.model.Situation;
import io.github.nieuweroute.source.Grounding;
import io.github.nieuweroute.source.Provenance;
import java.util.function.Function;
import org.junit.jupiter.api.Test;


/** A caller's rule made with {@link Rule#of}. */
class CustomRuleTest {

    private static final Provenance PROVENANCE = Provenance.of(Grounding.OTHER_SOURCE, "gemeentebeleid-2026:3");
    private static final Function<Situation, RuleResult> NOTHING = s -> RuleResult.empty();

    private static Rule rule(String id, String dutch, String english) {
        return Rule.of(id, dutch, english, PROVENANCE, Checkability.PROXY, NOTHING);
    }

    private static void assertInvalid(Runnable make, String field) {
        assertThatThrownBy(make::run).isInstanceOf(InvalidRuleDataException.class)
                .satisfies(e -> assertThat(((InvalidRuleDataException) e).field()).isEqualTo(field));
    }

    @Test
    void a_rule_keeps_its_id_titles_provenance_and_checkability() {
        Rule r = rule("GEM-01", "Geen lege plannen", "No empty plans");

        assertThat(r.id()).isEqualTo("GEM-01");
        assertThat(r.title(Language.DUTCH)).isEqualTo("Geen lege plannen");
        assertThat(r.title(Language.ENGLISH)).isEqualTo("No empty plans");
        assertThat(r.provenance()).isEqualTo(PROVENANCE);
        assertThat(r.checkability()).isEqualTo(Checkability.PROXY);
        assertThat(r.messages(Language.ENGLISH)).isEmpty();
        assertThat(r).hasToString("Rule GEM-01");
    }

    @Test
    void a_malformed_id_is_rejected_naming_the_field() {
        assertInvalid(() -> rule("1-GEM", "Titel", "Title"), "id");
        assertInvalid(() -> rule("GEM 01", "Titel", "Title"), "id");
        assertInvalid(() -> rule("", "Titel", "Title"), "id");
    }

    @Test
    void a_blank_title_in_either_language_is_rejected_naming_the_field() {
        assertInvalid(() -> rule("GEM-01", " ", "Title"), "titleDutch");
        assertInvalid(() -> rule("GEM-01", "Titel", ""), "titleEnglish");
    }

    @Test
    void a_check_returns_what_the_function_returns_and_never_null() {
        Situation s = RuleFixtures.clean();
        RuleResult one = RuleResult.of(java.util.List.of(Violation.of("GEM-01", Severity.INFO,
                Evidence.builder().participant(RuleFixtures.FOCUS).build(), "GEM-01.seen")));

        assertThat(Rule.of("GEM-01", "T", "T", PROVENANCE, Checkability.DIRECT, x -> one).check(s)).isSameAs(one);
        assertThatThrownBy(() -> Rule.of("GEM-01", "T", "T", PROVENANCE, Checkability.DIRECT, x -> null).check(s))
                .isInstanceOf(NullPointerException.class).hasMessageContaining("GEM-01");
    }
}
