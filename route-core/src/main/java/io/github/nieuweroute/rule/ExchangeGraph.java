package io.github.nieuweroute.rule;

import io.github.nieuweroute.internal.IdTable;
import io.github.nieuweroute.model.IndexList;
import io.github.nieuweroute.model.SituationIndex;
import io.github.nieuweroute.model.Exchange;
import io.github.nieuweroute.model.Situation;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.ToIntFunction;

/**
 * The directed graph of who gives to whom (nl: uitwisselingsgraaf): a node per participant that gives or receives in
 * an {@link Exchange}, an edge from giver to receiver. Its strongly connected components are the circles of
 * reciprocity: within one, everyone's giving comes back to them along a chain (A gives to B, B to C, C to A).
 * "Circular" read this literally is our interpretation of factor 7 "Circulaire wederkerigheid"
 * ({@code 000_003bca9ac70bd78f.txt:164}, title only), with K2's "evenwicht tussen het geven en nemen of ontvangen"
 * ({@code 004_5944939a3c113dbb.txt:3667-3668}).
 *
 * <p>The components are found on construction by an iterative Tarjan algorithm in time and memory linear in the
 * number of participants and exchanges; there is no recursion, so graphs of hundreds of thousands of nodes do not
 * overflow the stack. Counts and membership ({@link #componentSize(String)}, {@link #sameComponent(String, String)},
 * {@link #circleCount()}) need nothing more. The listings ({@link #stronglyConnectedComponents()}, {@link #circles()},
 * {@link #componentOf(String)}) are in id order, whatever the order of the exchanges: they sort the ids once, on
 * first use. Concrete cycles are listed only on demand by {@link #cycles(int, int)}, bounded by a length and a count.
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

    /** Participant id to its node number, -1 for none; node numbers follow the order the exchanges first name them. */
    private final ToIntFunction<String> number;
    private final String[] ids;
    private final int[] offsets;
    private final int[] targets;
    /** Component label per node, in Tarjan's completion order. */
    private final int[] label;
    private final int[] labelSize;
    private final int circleCount;
    /** The id-ordered views, made on first use. */
    private volatile Listing listing;

    /**
     * @param from the giver's node per exchange
     * @param to the receiver's node per exchange
     * @param ids the participant's id per node
     * @param number finds a participant's node by id
     */
    private ExchangeGraph(int[] from, int[] to, String[] ids, ToIntFunction<String> number) {
        this.number = number;
        this.ids = ids;
        int n = ids.length;
        int[][] csr = csr(n, from, to);
        this.offsets = csr[0];
        this.targets = csr[1];
        this.label = tarjan(n, offsets, targets);
        int labels = 0;
        for (int l : label) {
            labels = Math.max(labels, l + 1);
        }
        this.labelSize = new int[labels];
        for (int l : label) {
            labelSize[l]++;
        }
        int circles = 0;
        for (int size : labelSize) {
            if (size > 1) {
                circles++;
            }
        }
        this.circleCount = circles;
    }

    /**
     * Builds adjacency arrays {offsets, targets} from edge lists, each node's targets sorted and without parallel
     * edges (so that cycles are listed once).
     */
    private static int[][] csr(int n, int[] from, int[] to) {
        int m = from.length;
        int[] starts = new int[n + 1];
        for (int k = 0; k < m; k++) {
            starts[from[k] + 1]++;
        }
        for (int v = 0; v < n; v++) {
            starts[v + 1] += starts[v];
        }
        int[] fill = Arrays.copyOf(starts, n);
        int[] raw = new int[m];
        for (int k = 0; k < m; k++) {
            raw[fill[from[k]]++] = to[k];
        }
        int[] offsets = new int[n + 1];
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
        return new int[][] {offsets, Arrays.copyOf(raw, w)};
    }

    /**
     * Builds the graph of a situation's exchanges.
     *
     * @param situation the situation, not null
     * @return the graph, never null
     */
    public static ExchangeGraph of(Situation situation) {
        // every giver and receiver is one of the situation's participants, already resolved to a position
        SituationIndex index = Objects.requireNonNull(situation, "situation").index();
        int m = situation.exchanges().size();
        int[] nodeOf = new int[index.participantCount()]; // node number plus one per position, 0 for none
        String[] ids = new String[Math.min(index.participantCount(), 2 * m)];
        int[] from = new int[m];
        int[] to = new int[m];
        int n = 0;
        for (int x = 0; x < m; x++) {
            int giver = index.giver(x);
            int receiver = index.receiver(x);
            if (nodeOf[giver] == 0) {
                ids[n] = index.participantId(giver);
                nodeOf[giver] = ++n;
            }
            if (nodeOf[receiver] == 0) {
                ids[n] = index.participantId(receiver);
                nodeOf[receiver] = ++n;
            }
            from[x] = nodeOf[giver] - 1;
            to[x] = nodeOf[receiver] - 1;
        }
        return new ExchangeGraph(from, to, Arrays.copyOf(ids, n), id -> {
            int p = index.position(id);
            return p < 0 ? -1 : nodeOf[p] - 1;
        });
    }

    /**
     * Builds the graph of some exchanges.
     *
     * @param exchanges the exchanges, not null
     * @return the graph, never null
     */
    public static ExchangeGraph of(Collection<Exchange> exchanges) {
        List<Exchange> copy = List.copyOf(exchanges);
        IdTable seen = new IdTable(copy.size());
        int[] from = new int[copy.size()];
        int[] to = new int[copy.size()];
        for (int x = 0; x < copy.size(); x++) {
            from[x] = seen.add(copy.get(x).giver());
            to[x] = seen.add(copy.get(x).receiver());
        }
        return new ExchangeGraph(from, to, seen.ids(), seen::find);
    }

    /** @return the number of participants that give or receive */
    public int nodeCount() {
        return ids.length;
    }

    /** @return the number of distinct giver-receiver pairs (parallel exchanges count once) */
    public int edgeCount() {
        return targets.length;
    }

    /** @return the number of strongly connected components, single participants included */
    public int componentCount() {
        return labelSize.length;
    }

    /** @return the number of circles of reciprocity: components of at least two participants */
    public int circleCount() {
        return circleCount;
    }

    /**
     * Returns the size of the component a participant belongs to.
     *
     * @param participantId the participant's id, not null
     * @return the number of participants in their component, 0 if they neither give nor receive
     */
    public int componentSize(String participantId) {
        int v = number.applyAsInt(Objects.requireNonNull(participantId, "participantId"));
        return v < 0 ? 0 : labelSize[label[v]];
    }

    /**
     * Tells whether two participants lie in one component: each one's giving reaches the other.
     *
     * @param first a participant's id, not null
     * @param second a participant's id, not null
     * @return true if both give or receive and share a component
     */
    public boolean sameComponent(String first, String second) {
        int a = number.applyAsInt(Objects.requireNonNull(first, "first"));
        int b = number.applyAsInt(Objects.requireNonNull(second, "second"));
        return a >= 0 && b >= 0 && label[a] == label[b];
    }

    /**
     * Tells whether a participant lies on a circle of reciprocity.
     *
     * @param participantId the participant's id, not null
     * @return true if their component has at least two participants
     */
    public boolean onCircle(String participantId) {
        return componentSize(participantId) > 1;
    }

    /**
     * Returns all strongly connected components, single participants included.
     *
     * @return the components, each sorted by id, ordered by their smallest id; never null
     */
    public List<List<String>> stronglyConnectedComponents() {
        return listing().components;
    }

    /**
     * Returns the circles of reciprocity: the strongly connected components with at least two participants.
     *
     * @return the circles, each sorted by id, ordered by their smallest id; never null
     */
    public List<List<String>> circles() {
        List<List<String>> circles = new ArrayList<>(circleCount);
        for (List<String> c : listing().components) {
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
        int v = number.applyAsInt(Objects.requireNonNull(participantId, "participantId"));
        return v < 0 ? Optional.empty() : Optional.of(listing().components.get(listing().ordinal[label[v]]));
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
        Listing l = listing();
        int[][] ranked = l.rankedAdjacency(this);
        int[] rOffsets = ranked[0];
        int[] rTargets = ranked[1];
        List<List<String>> cycles = new ArrayList<>();
        int[] path = new int[maxLength];
        int[] next = new int[maxLength];
        boolean[] onPath = new boolean[ids.length];
        for (int s = 0; s < ids.length && cycles.size() < maxCount; s++) {
            if (labelSize[l.labelOfRank[s]] < 2) {
                continue; // a participant alone in its component is on no cycle: skipping it only saves work
            }
            int depth = 0;
            path[0] = s;
            next[0] = rOffsets[s];
            onPath[s] = true;
            while (depth >= 0 && cycles.size() < maxCount) {
                int v = path[depth];
                if (next[depth] == rOffsets[v + 1]) {
                    onPath[v] = false;
                    depth--;
                    continue;
                }
                int w = rTargets[next[depth]++];
                if (w == s) {
                    String[] cycle = new String[depth + 1];
                    for (int i = 0; i <= depth; i++) {
                        cycle[i] = l.sortedIds[path[i]];
                    }
                    cycles.add(List.of(cycle));
                } else if (w > s && !onPath[w] && l.labelOfRank[w] == l.labelOfRank[s] && depth + 1 < maxLength) {
                    depth++;
                    path[depth] = w;
                    next[depth] = rOffsets[w];
                    onPath[w] = true;
                }
            }
            for (int d = 0; d <= depth; d++) {
                onPath[path[d]] = false;
            }
        }
        return Collections.unmodifiableList(cycles);
    }

    private Listing listing() {
        Listing l = listing;
        if (l == null) {
            l = new Listing(ids, label, labelSize.length);
            listing = l;
        }
        return l;
    }

    /** The graph in id order: the ids sorted once, components listed sorted and ordered by their smallest id. */
    private static final class Listing {

        final String[] sortedIds;
        /** Rank in id order per node number. */
        final int[] rank;
        final int[] labelOfRank;
        /** Position in {@link #components} per Tarjan label. */
        final int[] ordinal;
        final List<List<String>> components;

        Listing(String[] ids, int[] label, int labels) {
            int n = ids.length;
            sortedIds = ids.clone();
            Arrays.sort(sortedIds);
            rank = new int[n];
            labelOfRank = new int[n];
            for (int v = 0; v < n; v++) {
                rank[v] = Arrays.binarySearch(sortedIds, ids[v]);
                labelOfRank[rank[v]] = label[v];
            }
            ordinal = new int[labels];
            Arrays.fill(ordinal, -1);
            int[] sizes = new int[labels + 1];
            int count = 0;
            for (int r = 0; r < n; r++) {
                int l = labelOfRank[r];
                if (ordinal[l] < 0) {
                    ordinal[l] = count++;
                }
                sizes[ordinal[l] + 1]++;
            }
            for (int c = 0; c < count; c++) {
                sizes[c + 1] += sizes[c];
            }
            String[] grouped = new String[n];
            int[] fill = Arrays.copyOf(sizes, count);
            for (int r = 0; r < n; r++) {
                grouped[fill[ordinal[labelOfRank[r]]]++] = sortedIds[r];
            }
            List<String> all = Collections.unmodifiableList(Arrays.asList(grouped));
            List<List<String>> groups = new ArrayList<>(count);
            for (int c = 0; c < count; c++) {
                groups.add(all.subList(sizes[c], sizes[c + 1]));
            }
            components = Collections.unmodifiableList(groups);
        }

        /** The adjacency renumbered by rank, each node's targets in id order, for listing cycles. */
        int[][] rankedAdjacency(ExchangeGraph g) {
            int[] from = new int[g.targets.length];
            int[] to = new int[g.targets.length];
            for (int v = 0; v < g.ids.length; v++) {
                for (int k = g.offsets[v]; k < g.offsets[v + 1]; k++) {
                    from[k] = rank[v];
                    to[k] = rank[g.targets[k]];
                }
            }
            return csr(g.ids.length, from, to);
        }
    }

    /**
     * Labels each node with its strongly connected component (Tarjan 1972), iteratively: an explicit call stack of
     * (node, next edge) replaces recursion. Labels are numbered in the order the components complete.
     *
     * <p>Four of PIT's boundary mutants here are equivalent (CONTRIBUTING.md): {@code order[root] > 0} instead of
     * {@code >= 0} (only the first root has order 0, and it is unvisited when reached), {@code <=} instead of
     * {@code <} where {@code low} is lowered (an equal value changes nothing), and {@code top > 0} instead of
     * {@code top >= 0} (a root's low link never drops below its own order).
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
        return label;
    }

    @Override
    public String toString() {
        return "ExchangeGraph[" + ids.length + " nodes, " + targets.length + " edges, " + circleCount + " circles]";
    }
}
