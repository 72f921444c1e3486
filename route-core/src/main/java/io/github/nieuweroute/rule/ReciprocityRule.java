package io.github.nieuweroute.rule;

import io.github.nieuweroute.model.IndexList;
import io.github.nieuweroute.model.SituationIndex;
import io.github.nieuweroute.model.Exchange;
import io.github.nieuweroute.model.Situation;
import io.github.nieuweroute.model.Sphere;
import io.github.nieuweroute.source.Grounding;
import java.util.ArrayList;
import java.util.List;

/** R-09, factor 7 "Circulaire wederkerigheid". See {@link StandardRules#CIRCULAR_RECIPROCITY}. */
final class ReciprocityRule extends StandardRule {

    ReciprocityRule() {
        super("R-09", Checkability.PROXY, Grounding.TITLE_ONLY, "000_003bca9ac70bd78f.txt:164",
                "004_5944939a3c113dbb.txt:3667-3668", "001_efdc3dbc7d93ff68.txt:36", "000_003bca9ac70bd78f.txt:268");
    }

    @Override
    public RuleResult check(Situation situation) {
        SituationIndex index = situation.index();
        List<Exchange> exchanges = situation.exchanges();
        // the exchanges between the household and others, those the household received, and the focus persons
        // involved in them and receiving (each position once)
        List<String> exchanged = new ArrayList<>();
        List<String> received = new ArrayList<>();
        List<String> involved = new ArrayList<>();
        List<String> receivers = new ArrayList<>();
        byte[] seen = new byte[index.participantCount()]; // bit 1: involved, bit 2: receiving
        boolean gives = false;
        for (int x = 0; x < exchanges.size(); x++) {
            int giver = index.giver(x);
            int receiver = index.receiver(x);
            boolean fromFocus = index.sphere(giver) == Sphere.FOCUS_PERSON;
            if (fromFocus == (index.sphere(receiver) == Sphere.FOCUS_PERSON)) {
                continue; // within the household, or between others
            }
            String id = exchanges.get(x).id();
            exchanged.add(id);
            int focusPerson = fromFocus ? giver : receiver;
            if ((seen[focusPerson] & 1) == 0) {
                seen[focusPerson] |= 1;
                involved.add(index.participantId(focusPerson));
            }
            if (fromFocus) {
                gives = true;
            } else {
                received.add(id);
                if ((seen[receiver] & 2) == 0) {
                    seen[receiver] |= 2;
                    receivers.add(index.participantId(receiver));
                }
            }
        }
        if (received.isEmpty()) {
            return RuleResult.empty();
        }
        if (!gives) {
            Evidence.Builder evidence = Evidence.builder().participants(receivers)
                    .addAll(EvidenceKind.EXCHANGE, EvidenceIds.first(received));
            return RuleResult.of(List.of(violation(Severity.WARNING, evidence, "focus-person-only-receives",
                    receivers.size(), received.size())));
        }
        HouseholdCircle circle = circle(index, exchanges.size());
        if (circle == HouseholdCircle.THROUGH_OTHERS) {
            return RuleResult.empty();
        }
        Evidence.Builder evidence = Evidence.builder().participants(involved)
                .addAll(EvidenceKind.EXCHANGE, EvidenceIds.first(exchanged));
        if (circle == HouseholdCircle.DIRECT_PAIRS) {
            return RuleResult.of(List.of(violation(Severity.WARNING, evidence, "only-direct-exchange",
                    involved.size(), exchanged.size())));
        }
        return RuleResult.of(List.of(violation(Severity.WARNING, evidence, "no-circle", involved.size(),
                ExchangeGraph.of(situation).circleCount())));
    }

    /** How the household lies in the exchange graph. */
    enum HouseholdCircle {
        /** On a circle of giving through at least two others. */
        THROUGH_OTHERS,
        /** Only in direct give-and-take: someone gives to the household and receives from it, but no longer circle. */
        DIRECT_PAIRS,
        /** On no circle at all. */
        NONE
    }

    /**
     * Tells how the household (the focus persons taken as one node, exchanges inside it left out) lies in the
     * exchange graph. It lies on a circle through at least two others when an out-neighbour u and an in-neighbour w
     * of the household, u != w, are joined by a path from u to w that avoids the household. Otherwise every circle
     * through it (the shortest one through it is elementary) has length two: direct pairs, or none. Found by a search from all out-neighbours at once in which each
     * node keeps at most two distinct start labels, so every node is visited at most twice: linear in participants
     * plus exchanges. Two labels suffice: a node reachable from two starts ends with two labels, so an in-neighbour
     * reachable from a start other than itself always keeps one.
     */
    static HouseholdCircle circle(SituationIndex index, int exchangeCount) {
        int n = index.participantCount();
        int household = n; // the extra node standing for every focus person
        int[] from = new int[exchangeCount];
        int[] to = new int[exchangeCount];
        int[] outDegree = new int[n + 1];
        int edges = 0;
        for (int x = 0; x < exchangeCount; x++) {
            int u = node(index, index.giver(x), household);
            int v = node(index, index.receiver(x), household);
            if (u != v) {
                from[edges] = u;
                to[edges] = v;
                outDegree[u]++;
                edges++;
            }
        }
        int[] offsets = new int[n + 2];
        for (int u = 0; u <= n; u++) {
            offsets[u + 1] = offsets[u] + outDegree[u];
        }
        int[] targets = new int[edges];
        int[] fill = new int[n + 1];
        boolean[] inNeighbour = new boolean[n + 1];
        for (int e = 0; e < edges; e++) {
            targets[offsets[from[e]] + fill[from[e]]++] = to[e];
            if (to[e] == household) {
                inNeighbour[from[e]] = true;
            }
        }
        int[] first = new int[n + 1];
        int[] second = new int[n + 1];
        java.util.Arrays.fill(first, -1);
        java.util.Arrays.fill(second, -1);
        int[] queueNode = new int[2 * (n + 1)];
        int[] queueLabel = new int[2 * (n + 1)];
        int head = 0;
        int tail = 0;
        for (int k = offsets[household]; k < offsets[household + 1]; k++) {
            int u = targets[k];
            if (first[u] == -1) {
                first[u] = u;
                queueNode[tail] = u;
                queueLabel[tail++] = u;
            }
        }
        while (head < tail) {
            int x = queueNode[head];
            int label = queueLabel[head++];
            for (int k = offsets[x]; k < offsets[x + 1]; k++) {
                int y = targets[k];
                if (y == household || first[y] == label || second[y] == label || second[y] != -1) {
                    continue;
                }
                if (first[y] == -1) {
                    first[y] = label;
                } else {
                    second[y] = label;
                }
                queueNode[tail] = y;
                queueLabel[tail++] = label;
            }
        }
        boolean pair = false;
        for (int w = 0; w < n; w++) {
            if (!inNeighbour[w]) {
                continue;
            }
            if ((first[w] != -1 && first[w] != w) || (second[w] != -1 && second[w] != w)) {
                return HouseholdCircle.THROUGH_OTHERS;
            }
            pair |= first[w] == w;
        }
        return pair ? HouseholdCircle.DIRECT_PAIRS : HouseholdCircle.NONE;
    }

    private static int node(SituationIndex index, int p, int household) {
        return index.sphere(p) == Sphere.FOCUS_PERSON ? household : p;
    }
}
