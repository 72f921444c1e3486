package io.github.nieuweroute.rule;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class EvidenceTest {

    @Test
    void ids_are_grouped_by_kind_and_sorted_whatever_the_order_they_were_added() {
        Evidence one = Evidence.builder().participant("b").agreement("a1").participant("a").build();
        Evidence two = Evidence.builder().participant("a").participant("b").agreement("a1").build();

        assertThat(one).isEqualTo(two).hasSameHashCodeAs(two);
        assertThat(one).hasToString("participant=[a, b] agreement=[a1]");
        assertThat(one.compareTo(two)).isZero();
        assertThat(one.participants()).containsExactly("a", "b");
        assertThat(one.mentions(EvidenceKind.AGREEMENT, "a1")).isTrue();
        assertThat(one.ids(EvidenceKind.EXCHANGE)).isEmpty();
    }

    @Test
    void evidence_names_at_least_one_id() {
        assertThatThrownBy(() -> Evidence.builder().build()).isInstanceOf(InvalidRuleDataException.class)
                .hasMessageContaining("at least one id");
    }

    @Test
    void evidence_ids_have_the_form_of_model_ids_so_no_free_text_slips_in() {
        assertThatThrownBy(() -> Evidence.builder().participant("Mevrouw de Vries"))
                .isInstanceOf(InvalidRuleDataException.class)
                .satisfies(e -> assertThat(((InvalidRuleDataException) e).field()).isEqualTo("ids"));
    }

    @Test
    void ids_cannot_be_changed_after_building() {
        Evidence e = Evidence.builder().participant("a").build();

        assertThatThrownBy(() -> e.participants().add("b")).isInstanceOf(UnsupportedOperationException.class);
    }
}
