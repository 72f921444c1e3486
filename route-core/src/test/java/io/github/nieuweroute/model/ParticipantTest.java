package io.github.nieuweroute.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class ParticipantTest {

    private static final Participant DAUGHTER = Participant.builder().id("daughter").sphere(Sphere.LIFEWORLD)
            .name("Anna").relation(Relation.INFORMAL_CARER).build();

    @Test
    void factories_set_the_sphere() {
        assertThat(Participant.focusPerson("f").sphere()).isEqualTo(Sphere.FOCUS_PERSON);
        assertThat(Participant.lifeworld("n", Relation.NEIGHBOUR).relation()).contains(Relation.NEIGHBOUR);
        assertThat(Participant.professional("gp", "huisarts").organisation()).contains("huisarts");
        assertThat(Participant.professional("gp", "huisarts").isProfessional()).isTrue();
    }

    @Test
    void to_string_never_shows_the_name() {
        assertThat(DAUGHTER.toString()).contains("daughter").doesNotContain("Anna");
        assertThat(DAUGHTER.name()).contains("Anna");
    }

    @Test
    void a_missing_sphere_names_type_and_field() {
        assertThatThrownBy(() -> Participant.builder().id("x").build())
                .isInstanceOf(ModelValidationException.class)
                .hasMessageContaining("Participant")
                .hasMessageContaining("sphere")
                .satisfies(e -> assertThat(((ModelValidationException) e).problem())
                        .isEqualTo(ModelValidationException.Problem.MISSING));
    }

    @Test
    void a_malformed_id_is_rejected_with_the_field() {
        assertThatThrownBy(() -> Participant.focusPerson("has space"))
                .isInstanceOf(ModelValidationException.class)
                .satisfies(e -> {
                    ModelValidationException m = (ModelValidationException) e;
                    assertThat(m.problem()).isEqualTo(ModelValidationException.Problem.INVALID_ID);
                    assertThat(m.field()).isEqualTo("id");
                    assertThat(m.objectType()).isEqualTo("Participant");
                });
        assertThatThrownBy(() -> Participant.focusPerson("")).isInstanceOf(ModelValidationException.class);
        assertThatThrownBy(() -> Participant.focusPerson("x".repeat(129))).isInstanceOf(ModelValidationException.class);
    }

    @Test
    void a_null_argument_throws_a_null_pointer_exception_naming_it() {
        assertThatThrownBy(() -> Participant.builder().id(null)).isInstanceOf(NullPointerException.class)
                .hasMessageContaining("id");
    }

    @Test
    void a_blank_name_is_rejected_without_echoing_it() {
        assertThatThrownBy(() -> Participant.builder().id("p").sphere(Sphere.LIFEWORLD).name("   ").build())
                .isInstanceOf(ModelValidationException.class)
                .hasMessageContaining("'p'")
                .hasMessageContaining("name");
    }

    @Test
    void a_focus_person_cannot_facilitate_their_own_plan() {
        assertThatThrownBy(() -> Participant.builder().id("f").sphere(Sphere.FOCUS_PERSON)
                .facilitator(FacilitatorRole.INDEPENDENT).build())
                .isInstanceOf(ModelValidationException.class)
                .hasMessageContaining("facilitator");
    }

    @Test
    void collective_defaults_to_false_and_equality_is_by_value() {
        Participant a = Participant.lifeworld("n", Relation.NEIGHBOUR);
        Participant b = Participant.builder().id("n").sphere(Sphere.LIFEWORLD).relation(Relation.NEIGHBOUR).build();
        assertThat(a.collective()).isFalse();
        assertThat(a).isEqualTo(b).hasSameHashCodeAs(b);
    }

    @Test
    void only_the_system_world_is_professional() {
        assertThat(Participant.focusPerson("f").isProfessional()).isFalse();
        assertThat(DAUGHTER.isProfessional()).isFalse();
        assertThat(Participant.builder().id("u").sphere(Sphere.UNKNOWN).build().isProfessional()).isFalse();
    }

    @Test
    void a_blank_organisation_is_rejected_naming_the_field() {
        assertThatThrownBy(() -> Participant.professional("gp", " "))
                .isInstanceOf(ModelValidationException.class)
                .satisfies(e -> {
                    ModelValidationException m = (ModelValidationException) e;
                    assertThat(m.field()).isEqualTo("organisation");
                    assertThat(m.objectId()).contains("gp");
                    assertThat(m.problem()).isEqualTo(ModelValidationException.Problem.INVALID_VALUE);
                });
    }

    @Test
    void an_employer_is_an_id_and_a_malformed_one_is_rejected_naming_the_field() {
        assertThat(Participant.builder().id("coach").sphere(Sphere.UNKNOWN).employer("eigen-kracht").build()
                .employer()).contains("eigen-kracht");
        assertThatThrownBy(() -> Participant.builder().id("coach").sphere(Sphere.UNKNOWN).employer("Eigen Kracht")
                .build()).isInstanceOfSatisfying(ModelValidationException.class, m -> {
                    assertThat(m.field()).isEqualTo("employer");
                    assertThat(m.objectId()).contains("coach");
                    assertThat(m.problem()).isEqualTo(ModelValidationException.Problem.INVALID_ID);
                });
    }

    @Test
    void only_a_minor_has_authority_holders_and_never_themself() {
        assertThat(Participant.builder().id("child").sphere(Sphere.FOCUS_PERSON).ageBand(AgeBand.MINOR)
                .addAuthorityHolders("mother").build().authorityHolders()).containsExactly("mother");
        assertThatThrownBy(() -> Participant.builder().id("son").sphere(Sphere.LIFEWORLD).ageBand(AgeBand.ADULT)
                .addAuthorityHolders("mother").build()).isInstanceOfSatisfying(ModelValidationException.class,
                        m -> assertThat(m.field()).isEqualTo("authorityHolders"));
        assertThatThrownBy(() -> Participant.builder().id("child").sphere(Sphere.FOCUS_PERSON)
                .addAuthorityHolders("mother").build()).isInstanceOf(ModelValidationException.class);
        assertThatThrownBy(() -> Participant.builder().id("child").sphere(Sphere.FOCUS_PERSON).ageBand(AgeBand.MINOR)
                .addAuthorityHolders("child").build()).isInstanceOfSatisfying(ModelValidationException.class,
                        m -> assertThat(m.field()).isEqualTo("authorityHolders"));
    }
}
