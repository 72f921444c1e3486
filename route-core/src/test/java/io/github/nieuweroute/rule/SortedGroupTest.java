package io.github.nieuweroute.rule;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class SortedGroupTest {

    private static final List<String> MEMBERS = List.of("p5", "p1", "p10", "p3", "p2", "p1", "p4");

    @Test
    void members_are_counted_once_however_often_they_are_named() {
        SortedGroup group = new SortedGroup(MEMBERS);

        assertThat(group.size()).isEqualTo(6);
        assertThat(group.contains("p10")).isTrue();
        assertThat(group.contains("p6")).isFalse();
        assertThat(group.countMembers(Set.of("p1", "p6"), Set.of("p1", "p2"))).isEqualTo(2);
    }

    @Test
    void the_first_missing_members_come_in_id_order_whatever_was_asked_before() {
        SortedGroup group = new SortedGroup(MEMBERS);

        assertThat(group.firstMissing(id -> false, 2)).containsExactly("p1", "p10");
        assertThat(group.firstMissing(Set.of("p1", "p10", "p2")::contains, 2)).containsExactly("p3", "p4");
        assertThat(group.firstMissing(id -> !id.equals("p5"), 3)).containsExactly("p5");
        assertThat(group.firstMissing(id -> false, 10)).containsExactly("p1", "p10", "p2", "p3", "p4", "p5");
    }

    @Test
    void an_empty_group_misses_no_one() {
        SortedGroup group = new SortedGroup(List.of());

        assertThat(group.isEmpty()).isTrue();
        assertThat(group.firstMissing(id -> false, 20)).isEmpty();
    }
}
