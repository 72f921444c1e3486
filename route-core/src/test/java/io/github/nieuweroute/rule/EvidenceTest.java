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

    @Test
    void a_builder_used_again_after_building_leaves_the_evidence_it_built_as_it_was() {
        // four ids fill the builder, whose arrays the evidence then takes over; five go past its first capacity
        for (int n = 1; n <= 9; n++) {
            Evidence.Builder b = Evidence.builder();
            for (int i = n; i > 0; i--) {
                b.participant("p" + i);
            }
            Evidence first = b.build();
            String before = first.toString();
            b.participant("p0").decision("d1");
            Evidence second = b.build();
            b.agreement("a1").addAll(EvidenceKind.MEETING, java.util.List.of("m1", "m2"));
            Evidence third = b.build();

            assertThat(first.toString()).isEqualTo(before);
            assertThat(first.participants()).hasSize(n).doesNotContain("p0");
            assertThat(second.participants()).hasSize(n + 1).contains("p0");
            assertThat(second.ids(EvidenceKind.DECISION)).containsExactly("d1");
            assertThat(third.ids(EvidenceKind.MEETING)).containsExactly("m1", "m2");
            assertThat(second.ids(EvidenceKind.MEETING)).isEmpty();
        }
    }

    @Test
    void evidence_with_other_ids_or_other_kinds_is_not_equal() {
        Evidence ab = Evidence.builder().participant("a").participant("b").build();

        assertThat(ab).isNotEqualTo(Evidence.builder().participant("a").build());
        assertThat(ab).isNotEqualTo(Evidence.builder().participant("a").participant("c").build());
        assertThat(ab).isNotEqualTo(Evidence.builder().decision("a").decision("b").build());
        assertThat(ab).isNotEqualTo("participant=[a, b]");
        assertThat(ab.compareTo(Evidence.builder().participant("a").participant("c").build())).isNegative();
    }

    @Test
    void evidence_mentions_only_the_ids_it_holds_under_their_own_kind() {
        Evidence e = Evidence.builder().participant("a").participant("c").agreement("a1").build();

        assertThat(e.mentions(EvidenceKind.PARTICIPANT, "c")).isTrue();
        assertThat(e.mentions(EvidenceKind.PARTICIPANT, "b")).isFalse();
        assertThat(e.mentions(EvidenceKind.PARTICIPANT, "a1")).isFalse();
        assertThat(e.mentions(EvidenceKind.DECISION, "a")).isFalse();
        assertThat(e.kinds()).containsExactly(EvidenceKind.PARTICIPANT, EvidenceKind.AGREEMENT);
    }

    @Test
    void repeated_ids_are_kept_once_and_many_ids_of_one_kind_are_all_kept() {
        Evidence.Builder b = Evidence.builder().participant("p1").participant("p1");
        for (int i = 9; i >= 2; i--) {
            b.participant("p" + i);
        }
        Evidence e = b.build();

        assertThat(e.participants()).containsExactly("p1", "p2", "p3", "p4", "p5", "p6", "p7", "p8", "p9");
        assertThat(e).hasToString("participant=[p1, p2, p3, p4, p5, p6, p7, p8, p9]");
    }

    @Test
    void every_kind_of_the_builder_chains_and_lands_under_its_own_kind() {
        Evidence e = Evidence.builder().exchange("x1").request("r1").informationItem("i1").safetyFrame("f1")
                .meeting("m1").decision("d1").participant("p1").build();

        assertThat(e.ids(EvidenceKind.EXCHANGE)).containsExactly("x1");
        assertThat(e.ids(EvidenceKind.REQUEST)).containsExactly("r1");
        assertThat(e.ids(EvidenceKind.INFORMATION_ITEM)).containsExactly("i1");
        assertThat(e.ids(EvidenceKind.SAFETY_FRAME)).containsExactly("f1");
        assertThat(e.ids(EvidenceKind.MEETING)).containsExactly("m1");
        assertThat(e.participants()).containsExactly("p1");
    }
}
