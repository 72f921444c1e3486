package io.github.nieuweroute.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.nieuweroute.model.ModelValidationException.Problem;
import java.util.List;
import org.junit.jupiter.api.Test;

class IdsTest {

    @Test
    void an_id_starts_with_an_ascii_letter_or_digit_at_either_end_of_their_ranges() {
        assertThat(List.of("a", "z", "A", "Z", "0", "9", "a1", "Z-9")).allMatch(Ids::isWellFormed);
        // the characters just outside the ranges a-z, A-Z and 0-9, and the punctuation allowed only later
        assertThat(List.of("`", "{", "@", "[", "/", ":", ".", "_", "-", " ", "é")).noneMatch(Ids::isWellFormed);
    }

    @Test
    void after_the_first_character_letters_digits_and_four_punctuation_marks_are_allowed() {
        assertThat(List.of("a.b", "a_b", "a:b", "a-b", "aAzZ09", "x9", "xa", "xz", "xA", "xZ", "x0"))
                .allMatch(Ids::isWellFormed);
        assertThat(List.of("a`", "a{", "a@", "a[", "a/", "a ", "a,", "a;", "aé", "a\n")).noneMatch(Ids::isWellFormed);
    }

    @Test
    void an_id_is_one_to_128_characters() {
        assertThat(Ids.isWellFormed("")).isFalse();
        assertThat(Ids.isWellFormed("a".repeat(Ids.MAX_LENGTH))).isTrue();
        assertThat(Ids.isWellFormed("a".repeat(Ids.MAX_LENGTH + 1))).isFalse();
    }

    @Test
    void require_returns_a_well_formed_id_and_names_type_object_and_field_of_a_bad_one_without_its_text() {
        assertThat(Ids.require("Decision", "d", "meeting", "m-1")).isEqualTo("m-1");
        assertThatThrownBy(() -> Ids.require("Decision", "d", "meeting", "bad id"))
                .isInstanceOfSatisfying(ModelValidationException.class, e -> {
                    assertThat(e.problem()).isEqualTo(Problem.INVALID_ID);
                    assertThat(e.objectType()).isEqualTo("Decision");
                    assertThat(e.objectId()).hasValue("d");
                    assertThat(e.field()).isEqualTo("meeting");
                    assertThat(e.getMessage()).doesNotContain("bad id");
                });
        assertThatThrownBy(() -> Ids.require("Decision", "d", "meeting", null))
                .isInstanceOf(NullPointerException.class).hasMessage("meeting");
    }

    @Test
    void require_all_checks_every_id_of_a_collection() {
        Ids.requireAll("Plan", "p", "owners", List.of());
        Ids.requireAll("Plan", "p", "owners", List.of("a", "b"));
        assertThatThrownBy(() -> Ids.requireAll("Plan", "p", "owners", List.of("a", "b", "c d")))
                .isInstanceOfSatisfying(ModelValidationException.class, e -> {
                    assertThat(e.problem()).isEqualTo(Problem.INVALID_ID);
                    assertThat(e.field()).isEqualTo("owners");
                });
    }
}
