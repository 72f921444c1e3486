package io.github.nieuweroute.rule;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import io.github.nieuweroute.model.Exchange;
import io.github.nieuweroute.model.Participant;
import io.github.nieuweroute.model.Situation;
import io.github.nieuweroute.testing.Generators;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

class ExchangeGraphTest {

    /** a gives to b, b to c, c to a; c gives to d, d gives back to nobody. */
    private static final List<Exchange> TRIANGLE_AND_TAIL = List.of(Exchange.of("x1", "a", "b"),
            Exchange.of("x2", "b", "c"), Exchange.of("x3", "c", "a"), Exchange.of("x4", "c", "d"));

    @Test
    void triangle_is_one_circle_and_the_tail_stays_alone() {
        ExchangeGraph g = ExchangeGraph.of(TRIANGLE_AND_TAIL);

        assertThat(g.stronglyConnectedComponents()).containsExactly(List.of("a", "b", "c"), List.of("d"));
        assertThat(g.circles()).containsExactly(List.of("a", "b", "c"));
        assertThat(g.onCircle("a")).isTrue();
        assertThat(g.onCircle("d")).isFalse();
        assertThat(g.componentOf("x")).isEmpty();
        assertThat(g.componentOf("b")).contains(List.of("a", "b", "c"));
        assertThat(g.nodeCount()).isEqualTo(4);
        assertThat(g.componentCount()).isEqualTo(2);
        assertThat(g.circleCount()).isEqualTo(1);
        assertThat(g.componentSize("c")).isEqualTo(3);
        assertThat(g.componentSize("x")).isZero();
        assertThat(g.sameComponent("a", "c")).isTrue();
        assertThat(g.sameComponent("a", "d")).isFalse();
        // a, the first node named, as the second argument too; and ids that give and receive nothing
        assertThat(g.sameComponent("c", "a")).isTrue();
        assertThat(g.sameComponent("a", "a")).isTrue();
        assertThat(g.sameComponent("x", "a")).isFalse();
        assertThat(g.sameComponent("a", "x")).isFalse();
        assertThat(g.sameComponent("x", "y")).isFalse();
    }

    @Test
    void components_do_not_depend_on_the_order_of_the_exchanges() {
        List<Exchange> reversed = new ArrayList<>(TRIANGLE_AND_TAIL);
        java.util.Collections.reverse(reversed);

        assertThat(ExchangeGraph.of(reversed).stronglyConnectedComponents())
                .isEqualTo(ExchangeGraph.of(TRIANGLE_AND_TAIL).stronglyConnectedComponents());
        assertThat(ExchangeGraph.of(reversed).cycles(4, 10))
                .isEqualTo(ExchangeGraph.of(TRIANGLE_AND_TAIL).cycles(4, 10));
    }

    @Test
    void parallel_exchanges_count_as_one_edge_and_list_a_cycle_once() {
        ExchangeGraph g = ExchangeGraph.of(List.of(Exchange.of("x1", "a", "b"), Exchange.of("x2", "a", "b"),
                Exchange.of("x3", "b", "a")));

        assertThat(g.edgeCount()).isEqualTo(2);
        assertThat(g.cycles(5, 10)).containsExactly(List.of("a", "b"));
    }

    @Test
    void cycles_are_listed_from_their_smallest_id_and_bounded_by_length_and_count() {
        ExchangeGraph g = ExchangeGraph.of(List.of(Exchange.of("x1", "a", "b"), Exchange.of("x2", "b", "a"),
                Exchange.of("x3", "b", "c"), Exchange.of("x4", "c", "a")));

        assertThat(g.cycles(3, 10)).containsExactly(List.of("a", "b"), List.of("a", "b", "c"));
        assertThat(g.cycles(2, 10)).containsExactly(List.of("a", "b"));
        assertThat(g.cycles(3, 1)).hasSize(1);
        assertThat(g.cycles(3, 0)).isEmpty();
    }

    @Test
    void cycle_bounds_out_of_range_are_rejected() {
        ExchangeGraph g = ExchangeGraph.of(TRIANGLE_AND_TAIL);

        assertThatIllegalArgumentException().isThrownBy(() -> g.cycles(1, 5)).withMessageContaining("maxLength");
        assertThatIllegalArgumentException().isThrownBy(() -> g.cycles(3, -1)).withMessageContaining("maxCount");
    }

    @Test
    void a_ring_of_a_hundred_thousand_is_one_circle_without_overflowing_the_stack() {
        int n = 100_000;
        List<Exchange> ring = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            ring.add(Exchange.of("x" + i, "p" + i, "p" + ((i + 1) % n)));
        }

        ExchangeGraph g = ExchangeGraph.of(ring);

        assertThat(g.circles()).hasSize(1);
        assertThat(g.circles().get(0)).hasSize(n);
    }

    @Test
    void a_chain_of_a_hundred_thousand_has_no_circle() {
        int n = 100_000;
        List<Exchange> chain = new ArrayList<>(n);
        for (int i = 0; i < n - 1; i++) {
            chain.add(Exchange.of("x" + i, "p" + i, "p" + (i + 1)));
        }

        ExchangeGraph g = ExchangeGraph.of(chain);

        assertThat(g.circles()).isEmpty();
        assertThat(g.stronglyConnectedComponents()).hasSize(n);
    }

    @Test
    void components_agree_with_mutual_reachability_on_random_graphs() {
        qt().withExamples(300).forAll(lists().of(integers().between(0, 11 * 12 - 1)).ofSizeBetween(0, 40))
                .checkAssert(codes -> {
                    List<Exchange> exchanges = new ArrayList<>();
                    for (int code : codes) {
                        int from = code / 11;
                        int to = code % 11 >= from ? code % 11 + 1 : code % 11;
                        exchanges.add(Exchange.of("x" + exchanges.size(), "n" + from, "n" + to));
                    }
                    ExchangeGraph g = ExchangeGraph.of(exchanges);
                    List<Exchange> shuffled = new ArrayList<>(exchanges);
                    java.util.Collections.shuffle(shuffled, new java.util.Random(codes.size()));
                    assertThat(ExchangeGraph.of(shuffled).stronglyConnectedComponents())
                            .isEqualTo(g.stronglyConnectedComponents());
                    assertThat(ExchangeGraph.of(shuffled).cycles(12, 50)).isEqualTo(g.cycles(12, 50));
                    assertThat(g.circleCount()).isEqualTo(g.circles().size());
                    for (List<String> component : g.stronglyConnectedComponents()) {
                        assertThat(g.componentSize(component.get(0))).isEqualTo(component.size());
                        String first = component.get(0);
                        Set<String> expected = new TreeSet<>(reachable(exchanges, first, true));
                        expected.retainAll(reachable(exchanges, first, false));
                        assertThat(component).containsExactlyElementsOf(expected);
                    }
                    for (List<String> cycle : g.cycles(12, 50)) {
                        assertThat(new HashSet<>(cycle)).hasSameSizeAs(cycle);
                        for (int i = 0; i < cycle.size(); i++) {
                            String giver = cycle.get(i);
                            String receiver = cycle.get((i + 1) % cycle.size());
                            assertThat(exchanges)
                                    .anyMatch(e -> e.giver().equals(giver) && e.receiver().equals(receiver));
                        }
                    }
                });
    }

    private static Set<String> reachable(List<Exchange> exchanges, String start, boolean forward) {
        Set<String> seen = new HashSet<>(List.of(start));
        Deque<String> todo = new ArrayDeque<>(List.of(start));
        while (!todo.isEmpty()) {
            String v = todo.pop();
            for (Exchange e : exchanges) {
                String from = forward ? e.giver() : e.receiver();
                String to = forward ? e.receiver() : e.giver();
                if (from.equals(v) && seen.add(to)) {
                    todo.push(to);
                }
            }
        }
        return seen;
    }

    @Test
    void the_graph_of_a_situation_numbers_each_participant_as_the_graph_of_its_exchanges_does() {
        Situation s = RuleFixtures.builder().addExchange(Exchange.of("x5", RuleFixtures.WORKER, RuleFixtures.COACH))
                .build();
        ExchangeGraph g = ExchangeGraph.of(s);

        assertThat(g.nodeCount()).isEqualTo(5);
        assertThat(g.edgeCount()).isEqualTo(5);
        assertThat(g.circles()).containsExactly(List.of(RuleFixtures.AUNT, RuleFixtures.FOCUS,
                RuleFixtures.NEIGHBOUR));
        assertThat(g.componentSize(RuleFixtures.AUNT)).isEqualTo(3);
        assertThat(g.componentSize(RuleFixtures.WORKER)).isEqualTo(1);
        assertThat(g.componentSize(RuleFixtures.PARTNER)).isZero();
        assertThat(g.componentSize("nobody")).isZero();
        assertThat(g.sameComponent(RuleFixtures.FOCUS, RuleFixtures.NEIGHBOUR)).isTrue();
        assertThat(g.sameComponent(RuleFixtures.FOCUS, RuleFixtures.WORKER)).isFalse();
        assertThat(g.sameComponent(RuleFixtures.WORKER, RuleFixtures.COACH)).isFalse();
        assertThat(g.sameComponent(RuleFixtures.PARTNER, RuleFixtures.FOCUS)).isFalse();
        assertThat(g.onCircle(RuleFixtures.FOCUS)).isTrue();
        assertThat(g.onCircle(RuleFixtures.COACH)).isFalse();
        assertThat(g.componentOf(RuleFixtures.COACH)).contains(List.of(RuleFixtures.COACH));
        assertThat(g.componentOf(RuleFixtures.PARTNER)).isEmpty();
        assertThat(g.componentOf(RuleFixtures.AUNT)).contains(List.of(RuleFixtures.AUNT, RuleFixtures.FOCUS,
                RuleFixtures.NEIGHBOUR));
    }

    @Test
    void the_graph_of_a_generated_situation_answers_as_the_graph_of_its_exchanges() {
        qt().withExamples(200).forAll(Generators.situations()).checkAssert(s -> {
            ExchangeGraph bySituation = ExchangeGraph.of(s);
            ExchangeGraph byExchanges = ExchangeGraph.of(s.exchanges());

            assertThat(bySituation.nodeCount()).isEqualTo(byExchanges.nodeCount());
            assertThat(bySituation.edgeCount()).isEqualTo(byExchanges.edgeCount());
            assertThat(bySituation.stronglyConnectedComponents())
                    .isEqualTo(byExchanges.stronglyConnectedComponents());
            assertThat(bySituation.cycles(6, 20)).isEqualTo(byExchanges.cycles(6, 20));
            for (Participant p : s.participants()) {
                assertThat(bySituation.componentSize(p.id())).isEqualTo(byExchanges.componentSize(p.id()));
                assertThat(bySituation.componentOf(p.id())).isEqualTo(byExchanges.componentOf(p.id()));
                for (Participant q : s.participants()) {
                    assertThat(bySituation.sameComponent(p.id(), q.id()))
                            .isEqualTo(byExchanges.sameComponent(p.id(), q.id()));
                }
            }
        });
    }

    @Test
    void a_ring_longer_than_the_length_bound_lists_no_cycle_and_a_count_of_zero_lists_none() {
        List<Exchange> ring = List.of(Exchange.of("x1", "a", "b"), Exchange.of("x2", "b", "c"),
                Exchange.of("x3", "c", "d"), Exchange.of("x4", "d", "e"), Exchange.of("x5", "e", "a"));
        ExchangeGraph g = ExchangeGraph.of(ring);

        assertThat(g.cycles(4, 10)).isEmpty();
        assertThat(g.cycles(5, 10)).containsExactly(List.of("a", "b", "c", "d", "e"));
        assertThat(g.cycles(5, 0)).isEmpty();
        assertThat(g.componentOf("a")).contains(List.of("a", "b", "c", "d", "e"));
        assertThat(g.circleCount()).isEqualTo(1);
    }
}
