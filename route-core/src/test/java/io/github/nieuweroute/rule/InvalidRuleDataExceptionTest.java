package io.github.nieuweroute.rule;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class InvalidRuleDataExceptionTest {

    @Test
    void the_exception_names_the_type_and_the_field() {
        assertThatThrownBy(() -> InvalidRuleDataException.require(false, "Rule", "id", "bad"))
                .isInstanceOf(InvalidRuleDataException.class).hasMessage("Rule, field 'id': bad")
                .satisfies(e -> {
                    assertThat(((InvalidRuleDataException) e).objectType()).isEqualTo("Rule");
                    assertThat(((InvalidRuleDataException) e).field()).isEqualTo("id");
                });
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @ValueSource(strings = {"a", "z", "A", "Z", "az", "Za", "A0", "z9", "a.b_c-d", "R-01"})
    void rule_ids_with_a_letter_at_either_end_of_the_alphabet_are_rule_ids(String id) {
        assertThat(InvalidRuleDataException.isRuleId(id)).isTrue();
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @ValueSource(strings = {"", "0a", "@a", "[a", "`a", "{a", "a@", "a[", "a`", "a{", "a/", "a:", "a b"})
    void texts_that_start_or_go_on_with_a_neighbour_of_a_letter_are_not_rule_ids(String id) {
        assertThat(InvalidRuleDataException.isRuleId(id)).isFalse();
    }

    @Test
    void a_rule_id_is_at_most_64_long() {
        assertThat(InvalidRuleDataException.isRuleId("a".repeat(64))).isTrue();
        assertThat(InvalidRuleDataException.isRuleId("a".repeat(65))).isFalse();
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @ValueSource(strings = {"a", "R-01.who-can-help-question", "a-.b", "a.b2.c", "A9", "a-"})
    void dot_separated_words_are_message_keys(String key) {
        assertThat(InvalidRuleDataException.isMessageKey(key)).isTrue();
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @ValueSource(strings = {"", ".a", "a.", "a..b", "a.-b", "-a", "1a", "a b", "a_b", "a.b."})
    void empty_words_words_starting_with_a_hyphen_and_other_characters_are_not_message_keys(String key) {
        assertThat(InvalidRuleDataException.isMessageKey(key)).isFalse();
    }
}
