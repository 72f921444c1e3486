package io.github.nieuweroute.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class RelationTest {

    @Test
    void household_and_carers_are_the_first_circle_and_the_rest_wider() {
        assertThat(Relation.PARENT.circle()).isEqualTo(Circle.FIRST);
        assertThat(Relation.INFORMAL_CARER.circle()).isEqualTo(Circle.FIRST);
        assertThat(Relation.NEIGHBOUR.circle()).isEqualTo(Circle.WIDER);
        assertThat(Relation.SCHOOL.circle()).isEqualTo(Circle.WIDER);
    }

    @Test
    void other_relations_can_be_made_and_predefined_ones_found_by_code() {
        Relation coach = Relation.of("football-coach", Circle.WIDER);
        assertThat(coach.code()).isEqualTo("football-coach");
        assertThat(Relation.predefined("neighbour")).contains(Relation.NEIGHBOUR);
        assertThat(Relation.predefined("football-coach")).isEmpty();
        assertThat(Relation.predefined()).extracting(Relation::code).doesNotHaveDuplicates();
    }

    @Test
    void a_malformed_code_is_rejected() {
        assertThatThrownBy(() -> Relation.of("Buurvrouw", Circle.WIDER))
                .isInstanceOf(ModelValidationException.class).hasMessageContaining("code");
        assertThatThrownBy(() -> Relation.of("", Circle.WIDER)).isInstanceOf(ModelValidationException.class);
        for (String bad : new String[] {"1st", "-coach", "coach_2", "coach ", "cöach", "a".repeat(65)}) {
            assertThatThrownBy(() -> Relation.of(bad, Circle.WIDER)).as(bad)
                    .isInstanceOf(ModelValidationException.class);
        }
    }

    @Test
    void a_code_is_a_lower_case_letter_then_up_to_63_letters_digits_or_hyphens() {
        for (String good : new String[] {"a", "x-1", "ex-partner", "a".repeat(64), "z9-"}) {
            assertThat(Relation.of(good, Circle.FIRST).code()).isEqualTo(good);
        }
    }

    @Test
    void the_predefined_relations_include_the_constants_and_each_is_found_by_its_code() {
        assertThat(Relation.predefined()).contains(Relation.PARENT, Relation.INFORMAL_CARER, Relation.NEIGHBOUR,
                Relation.SCHOOL);
        for (Relation r : Relation.predefined()) {
            assertThat(Relation.predefined(r.code())).contains(r);
        }
    }

    @Test
    void the_ends_of_each_character_range_are_allowed_and_their_neighbours_are_not() {
        for (String good : new String[] {"az", "za", "z0", "a9", "zz-09"}) {
            assertThat(Relation.of(good, Circle.WIDER).code()).isEqualTo(good);
        }
        for (String bad : new String[] {"{coach", "`coach", "coach{", "coach`", "coach/", "coach:"}) {
            assertThatThrownBy(() -> Relation.of(bad, Circle.WIDER)).as(bad)
                    .isInstanceOf(ModelValidationException.class);
        }
    }
}
