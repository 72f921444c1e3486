package io.github.nieuweroute.rule;

import io.github.nieuweroute.model.Exchange;
import io.github.nieuweroute.model.Situation;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The directed graph of who gives to whom (nl: uitwisselingsgraaf): a node per participant that gives or receives in
 * an {@link Exchange}, an edge from giver to receiver. Its strongly connected components are the circles of
 * reciprocity: within one, everyone's giving comes back to them along a chain (A gives to B, B to C, C to A).
 * "Circular" read this literally is our interpretation of factor 7 "Circulaire wederkerigheid"
 * ({@code 000_003bca9ac70bd78f.txt:164}, title only), with K2's "evenwicht tussen het geven en nemen of ontvangen"
 * ({@code 004_5944939a3c113dbb.txt:3667-3668}).
 *
 * <p>The components are found on construction by an iterative Tarjan algorithm in time and memory linear in the
 * number of participants and exchanges (plus sorting the ids once, so that every output is in a fixed order); there is
 * no recursion, so graphs of hundreds of thousands of nodes do not overflow the stack. Concrete cycles are listed only
 * on demand by {@link #cycles(int, int)}, bounded by a length and a count.
 *
 * <pre>{@code
 * ExchangeGraph g = ExchangeGraph.of(situation);
 * g.circles();            // [[aunt, esther, neighbour]]
 * g.cycles(3, 10);        // [[aunt, esther], [esther, neighbour]]
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 */
public final class ExchangeGraph {

    private final String[] ids;
    /** Participant id to its number in first-seen order; {@link #rank} maps that to its place in id order. */
    private final Map<String, Integer> firstSeenIndex;
    private final int[] rank;
    private final int[] offsets;
    private final int[] targets;
    private final int[] component;
    private final List<List<String>> components;

    private ExchangeGraph(Collection<Exchange> exchanges) {
        // one hash lookup per endpoint: number the participants in first-seen order, then renumber in id order
        Map<String, Integer> seen = new HashMap<>(Math.max(16, exchanges.size() * 3));
        int m = exchanges.size();
        int[] from = new int[m];
        int[] to = new int[m];
        List<String> firstSeen = new ArrayList<>();
        int k0 = 0;
        for (Exchange e : exchanges) {
            from[k0] = number(seen, firstSeen, e.giver());
            to[k0] = number(seen, firstSeen, e.receiver());
            k0++;
        }
        int n = firstSeen.size();
        this.ids = firstSeen.toArray(new String[0]);
        Arrays.sort(ids);
        int[] rank = new int[n];
        for (int i = 0; i < n; i++) {
            rank[i] = Arrays.binarySearch(ids, firstSeen.get(i));
        }
        for (int k = 0; k < m; k++) {
            from[k] = rank[from[k]];
            to[k] = rank[to[k]];
        }
        this.firstSeenIndex = seen;
        this.rank = rank;
        int[] degree = new int[n + 1];
        for (int k = 0; k < m; k++) {
            degree[from[k]]++;
        }
        int[] starts = new int[n + 1];
        for (int v = 0; v < n; v++) {
            starts[v + 1] = starts[v] + degree[v];
        }
        int[] fill = Arrays.copyOf(starts, n);
        int[] raw = new int[m];
        for (int k = 0; k < m; k++) {
            raw[fill[from[k]]++] = to[k];
        }
        // sort each node's targets and drop parallel edges, so that cycles are listed once
        this.offsets = new int[n + 1];
        int w = 0;
        for (int v = 0; v < n; v++) {
            offsets[v] = w;
            Arrays.sort(raw, starts[v], starts[v + 1]);
            for (int k = starts[v]; k < starts[v + 1]; k++) {
                if (k == starts[v] || raw[k] != raw[k - 1]) {
                    raw[w++] = raw[k];
                }
            }
        }
        offsets[n] = w;
        this.targets = Arrays.copyOf(raw, w);
        this.component = tarjan(n, offsets, targets);
        this.components = group(ids, component);
    }

    private static int number(Map<String, Integer> seen, List<String> firstSeen, String id) {
        Integer known = seen.putIfAbsent(id, firstSeen.size());
        if (known != null) {
            return known;
        }
        firstSeen.add(id);
        return firstSeen.size() - 1;
    }

    /**
     * Builds the graph of a situation's exchanges.
     *
     * @param situation the situation, not null
     * @return the graph, never null
     */
    public static ExchangeGraph of(Situation situation) {
        return new ExchangeGraph(Objects.requireNonNull(situation, "situation").exchanges());
    }

    /**
     * Builds the graph of some exchanges.
     *
     * @param exchanges the exchanges, not null
     * @return the graph, never null
     */
    public static ExchangeGraph of(Collection<Exchange> exchanges) {
        return new ExchangeGraph(List.copyOf(exchanges));
    }

    /** @return the number of participants that give or receive */
    public int nodeCount() {
        return ids.length;
    }

    /** @return the number of distinct giver-receiver pairs (parallel exchanges count once) */
    public int edgeCount() {
        return targets.length;
    }

    /**
     * Returns all strongly connected components, single participants included.
     *
     * @return the components, each sorted by id, ordered by their smallest id; never null
     */
    public List<List<String>> stronglyConnectedComponents() {
        return components;
    }

    /**
     * Returns the circles of reciprocity: the strongly connected components with at least two participants.
     *
     * @return the circles, each sorted by id, ordered by their smallest id; never null
     */
    public List<List<String>> circles() {
        List<List<String>> circles = new ArrayList<>();
        for (List<String> c : components) {
            if (c.size() > 1) {
                circles.add(c);
            }
        }
        return Collections.unmodifiableList(circles);
    }

    /**
     * Returns the component a participant belongs to.
     *
     * @param participantId the participant's id, not null
     * @return the component, sorted by id; empty if the participant neither gives nor receives
     */
    public Optional<List<String>> componentOf(String participantId) {
        Integer v = firstSeenIndex.get(Objects.requireNonNull(participantId, "participantId"));
        return v == null ? Optional.empty() : Optional.of(components.get(component[rank[v]]));
    }

    /**
     * Tells whether a participant lies on a circle of reciprocity.
     *
     * @param participantId the participant's id, not null
     * @return true if their component has at least two participants
     */
    public boolean onCircle(String participantId) {
        return componentOf(participantId).map(c -> c.size() > 1).orElse(false);
    }

    /**
     * Lists concrete cycles (A gives to B, B to C, C to A), on demand and bounded. Each cycle is listed once, starting
     * at its smallest id, as the ids in giving order; the giver of the last gives to the first. Only paths of at most
     * {@code maxLength} participants inside one circle are explored, and listing stops after {@code maxCount} cycles.
     * The work grows with the number of such paths, so keep {@code maxLength} small.
     *
     * @param maxLength the most participants in a cycle, at least 2
     * @param maxCount the most cycles to list, at least 0
     * @return the cycles, ordered by their smallest id, then in search order; never null
     * @throws IllegalArgumentException if a bound is out of range
     */
    public List<List<String>> cycles(int maxLength, int maxCount) {
        if (maxLength < 2) {
            throw new IllegalArgumentException("maxLength must be at least 2, was " + maxLength);
        }
        if (maxCount < 0) {
            throw new IllegalArgumentException("maxCount must be at least 0, was " + maxCount);
        }
        List<List<String>> cycles = new ArrayList<>();
        int[] path = new int[maxLength];
        int[] next = new int[maxLength];
        boolean[] onPath = new boolean[ids.length];
        for (int s = 0; s < ids.length && cycles.size() < maxCount; s++) {
            if (components.get(component[s]).size() < 2) {
                continue;
            }
            int depth = 0;
            path[0] = s;
            next[0] = offsets[s];
            onPath[s] = true;
            while (depth >= 0 && cycles.size() < maxCount) {
                int v = path[depth];
                if (next[depth] == offsets[v + 1]) {
                    onPath[v] = false;
                    depth--;
                    continue;
                }
                int w = targets[next[depth]++];
                if (w == s) {
                    cycles.add(ids(path, depth + 1));
                } else if (w > s && !onPath[w] && component[w] == component[s] && depth + 1 < maxLength) {
                    depth++;
                    path[depth] = w;
                    next[depth] = offsets[w];
                    onPath[w] = true;
                }
            }
            for (int d = 0; d <= depth; d++) {
                onPath[path[d]] = false;
            }
        }
        return Collections.unmodifiableList(cycles);
    }

    private List<String> ids(int[] path, int length) {
        String[] cycle = new String[length];
        for (int i = 0; i < length; i++) {
            cycle[i] = ids[path[i]];
        }
        return List.of(cycle);
    }

    /**
     * Labels each node with its strongly connected component (Tarjan 1972), iteratively: an explicit call stack of
     * (node, next edge) replaces recursion. Labels are then renumbered so that component 0 holds node 0 and components
     * are numbered in the order of their smallest node.
     */
    private static int[] tarjan(int n, int[] offsets, int[] targets) {
        int[] order = new int[n];
        Arrays.fill(order, -1);
        int[] low = new int[n];
        int[] label = new int[n];
        boolean[] onStack = new boolean[n];
        int[] stack = new int[n];
        int[] callNode = new int[n];
        int[] callEdge = new int[n];
        int sp = 0;
        int counter = 0;
        int labels = 0;
        for (int root = 0; root < n; root++) {
            if (order[root] >= 0) {
                continue;
            }
            int top = 0;
            callNode[0] = root;
            callEdge[0] = offsets[root];
            order[root] = low[root] = counter++;
            stack[sp++] = root;
            onStack[root] = true;
            while (top >= 0) {
                int v = callNode[top];
                if (callEdge[top] < offsets[v + 1]) {
                    int w = targets[callEdge[top]++];
                    if (order[w] < 0) {
                        top++;
                        callNode[top] = w;
                        callEdge[top] = offsets[w];
                        order[w] = low[w] = counter++;
                        stack[sp++] = w;
                        onStack[w] = true;
                    } else if (onStack[w] && order[w] < low[v]) {
                        low[v] = order[w];
                    }
                    continue;
                }
                if (low[v] == order[v]) {
                    int w;
                    do {
                        w = stack[--sp];
                        onStack[w] = false;
                        label[w] = labels;
                    } while (w != v);
                    labels++;
                }
                top--;
                if (top >= 0 && low[v] < low[callNode[top]]) {
                    low[callNode[top]] = low[v];
                }
            }
        }
        int[] renumber = new int[labels];
        Arrays.fill(renumber, -1);
        int next = 0;
        for (int v = 0; v < n; v++) {
            if (renumber[label[v]] < 0) {
                renumber[label[v]] = next++;
            }
            label[v] = renumber[label[v]];
        }
        return label;
    }

    /** Groups the ids by component label; ids are visited in sorted order, so each group comes out sorted. */
    private static List<List<String>> group(String[] ids, int[] label) {
        int count = 0;
        for (int l : label) {
            count = Math.max(count, l + 1);
        }
        int[] sizes = new int[count + 1];
        for (int l : label) {
            sizes[l + 1]++;
        }
        for (int c = 0; c < count; c++) {
            sizes[c + 1] += sizes[c];
        }
        String[] grouped = new String[ids.length];
        int[] fill = Arrays.copyOf(sizes, count);
        for (int v = 0; v < ids.length; v++) {
            grouped[fill[label[v]]++] = ids[v];
        }
        List<String> all = Collections.unmodifiableList(Arrays.asList(grouped));
        List<List<String>> groups = new ArrayList<>(count);
        for (int c = 0; c < count; c++) {
            groups.add(all.subList(sizes[c], sizes[c + 1]));
        }
        return Collections.unmodifiableList(groups);
    }

    @Override
    public String toString() {
        return "ExchangeGraph[" + ids.length + " nodes, " + targets.length + " edges, " + circles().size()
                + " circles]";
    }
}
