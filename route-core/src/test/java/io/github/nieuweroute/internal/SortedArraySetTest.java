package io.github.nieuweroute.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Random;
import java.util.SortedSet;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/** The read-only sorted view over an array answers as a tree set of the same ids does, and refuses every change. */
class SortedArraySetTest {

    private static final List<String> PROBES = List.of("", "a", "b", "b1", "c", "m", "p3", "z", "zz");

    @Test
    void answers_as_a_tree_set_of_the_same_ids() {
        Random random = new Random(7);
        for (int round = 0; round < 200; round++) {
            String[] ids = new String[random.nextInt(8)];
            for (int i = 0; i < ids.length; i++) {
                ids[i] = String.valueOf((char) ('a' + random.nextInt(26))) + (random.nextBoolean() ? "" : i % 4);
            }
            TreeSet<String> expected = new TreeSet<>(List.of(ids).subList(0, ids.length));
            String[] work = ids.clone();
            int distinct = SortedArraySet.sortDistinct(work, work.length);
            SortedSet<String> set = SortedArraySet.of(java.util.Arrays.copyOf(work, distinct));

            assertSame(set, expected);
            for (String from : PROBES) {
                assertSame(set.tailSet(from), expected.tailSet(from));
                assertSame(set.headSet(from), expected.headSet(from));
                for (String to : PROBES) {
                    if (from.compareTo(to) <= 0) {
                        assertSame(set.subSet(from, to), expected.subSet(from, to));
                    }
                }
            }
        }
    }

    private static void assertSame(SortedSet<String> actual, SortedSet<String> expected) {
        assertThat(actual).containsExactlyElementsOf(expected).isEqualTo(expected).hasSameHashCodeAs(expected);
        assertThat(actual.size()).isEqualTo(expected.size());
        assertThat(actual.isEmpty()).isEqualTo(expected.isEmpty());
        assertThat(actual.toArray()).containsExactly(expected.toArray());
        for (String probe : PROBES) {
            assertThat(actual.contains(probe)).as(probe).isEqualTo(expected.contains(probe));
        }
        if (expected.isEmpty()) {
            assertThatThrownBy(actual::first).isInstanceOf(NoSuchElementException.class);
            assertThatThrownBy(actual::last).isInstanceOf(NoSuchElementException.class);
        } else {
            assertThat(actual.first()).isEqualTo(expected.first());
            assertThat(actual.last()).isEqualTo(expected.last());
        }
    }

    @Test
    void refuses_every_change_and_hands_out_copies() {
        String[] ids = {"a", "b", "c"};
        SortedSet<String> set = SortedArraySet.of(ids);

        assertThatThrownBy(() -> set.add("d")).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> set.remove("a")).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(set::clear).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> set.iterator().remove()).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> set.subSet("c", "a")).isInstanceOf(IllegalArgumentException.class);
        assertThat(set.contains(42)).isFalse();
        assertThat(set.comparator()).isNull();
        Object[] copy = set.toArray();
        copy[0] = "z";
        assertThat(set).containsExactly("a", "b", "c");
        List<String> seen = new ArrayList<>();
        set.iterator().forEachRemaining(seen::add);
        assertThat(seen).containsExactly("a", "b", "c");
        assertThatThrownBy(() -> {
            var it = SortedArraySet.of(ids, 1, 1).iterator();
            it.next();
        }).isInstanceOf(NoSuchElementException.class);
        assertThat(Collections.unmodifiableSortedSet(set).headSet("b")).containsExactly("a");
    }
}
