package io.github.nieuweroute.rule;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.nieuweroute.model.SituationIndex;
import io.github.nieuweroute.model.Participant;
import io.github.nieuweroute.model.Situation;
import java.util.List;
import java.util.Set;
import java.util.function.IntPredicate;
import org.junit.jupiter.api.Test;

class SortedGroupTest {

    private static final Situation SITUATION = Situation.builder().id("s")
            .addParticipants(Participant.focusPerson("p5"), Participant.focusPerson("p1"),
                    Participant.focusPerson("p10"), Participant.focusPerson("p3"), Participant.focusPerson("p2"),
                    Participant.focusPerson("p4"), Participant.focusPerson("p6"))
            .build();
    private static final SituationIndex POSITIONS = SITUATION.index();
    private static final List<String> MEMBERS = List.of("p5", "p1", "p10", "p3", "p2", "p1", "p4");

    private static int[] positions(List<String> ids) {
        return ids.stream().mapToInt(POSITIONS::position).toArray();
    }

    private static IntPredicate has(Set<String> ids) {
        return p -> ids.contains(POSITIONS.participantId(p));
    }

    @Test
    void members_are_counted_once_however_often_they_are_named() {
        SortedGroup group = SortedGroup.of(POSITIONS, positions(MEMBERS), MEMBERS.size());

        assertThat(group.size()).isEqualTo(6);
        assertThat(group.contains(POSITIONS.position("p10"))).isTrue();
        assertThat(group.contains(POSITIONS.position("p6"))).isFalse();
    }

    @Test
    void the_first_missing_members_come_in_id_order_whatever_was_asked_before() {
        SortedGroup group = SortedGroup.of(POSITIONS, positions(MEMBERS), MEMBERS.size());

        assertThat(group.firstMissing(p -> false, 2)).containsExactly("p1", "p10");
        assertThat(group.firstMissing(has(Set.of("p1", "p10", "p2")), 2)).containsExactly("p3", "p4");
        assertThat(group.firstMissing(has(Set.of("p5")).negate(), 3)).containsExactly("p5");
        assertThat(group.firstMissing(p -> false, 10)).containsExactly("p1", "p10", "p2", "p3", "p4", "p5");
    }

    @Test
    void only_the_first_entries_are_taken() {
        SortedGroup group = SortedGroup.ofDistinct(POSITIONS, positions(List.of("p4", "p2", "p6")), 2);

        assertThat(group.size()).isEqualTo(2);
        assertThat(group.firstMissing(p -> false, 10)).containsExactly("p2", "p4");
        assertThatThrownBy(() -> group.contains(POSITIONS.position("p2"))).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void an_empty_group_misses_no_one() {
        SortedGroup group = SortedGroup.of(POSITIONS, new int[0], 0);

        assertThat(group.isEmpty()).isTrue();
        assertThat(group.firstMissing(p -> false, 20)).isEmpty();
    }
}
