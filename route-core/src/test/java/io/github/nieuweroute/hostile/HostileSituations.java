package io.github.nieuweroute.hostile;

import io.github.nieuweroute.model.Agreement;
import io.github.nieuweroute.model.Decision;
import io.github.nieuweroute.model.Exchange;
import io.github.nieuweroute.model.Participant;
import io.github.nieuweroute.model.ParticipationLevel;
import io.github.nieuweroute.model.Plan;
import io.github.nieuweroute.model.Relation;
import io.github.nieuweroute.model.Situation;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Valid situations built to make the library work hard: many findings from a small record, ids that share a
 * {@code String.hashCode}. Each attack is one method, so a new one is easy to add beside them; the tests of
 * {@link HostileSituationsTest} and the JSON and command-line hostile-input tests draw on them.
 */
public final class HostileSituations {

    private HostileSituations() {}

    /**
     * A plan of {@code agreements} agreements, each carried out by the same {@code performers} neighbours who were
     * only informed of the decision: every (agreement, performer) pair is an R-01 violation, so 5,000 x 50 gives
     * 250,000 findings from a record of some 2.4 MB of JSON.
     *
     * @param agreements the number of agreements, at least one
     * @param performers the number of performers per agreement, at least one
     * @return the situation, never null
     */
    public static Situation performersWithoutSay(int agreements, int performers) {
        Situation.Builder s = Situation.builder().id("amplified").addParticipant(Participant.focusPerson("focus"))
                .addParticipant(Participant.professional("pro", "team"));
        Decision.Builder d = Decision.builder().id("d").date(LocalDate.of(2026, 1, 5))
                .putParticipation("focus", ParticipationLevel.CO_DECIDED)
                .putParticipation("pro", ParticipationLevel.CO_DECIDED);
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < performers; i++) {
            String id = "p" + i;
            ids.add(id);
            s.addParticipant(Participant.lifeworld(id, Relation.NEIGHBOUR));
            d.putParticipation(id, ParticipationLevel.INFORMED);
        }
        s.addDecision(d.build());
        Plan.Builder plan = Plan.builder().id("plan");
        for (int a = 0; a < agreements; a++) {
            plan.addAgreement(Agreement.builder().id("a" + a).decision("d").addAllPerformers(ids).build());
        }
        return s.addPlan(plan.build()).build();
    }

    /**
     * Returns {@code n} distinct ids that all share one {@code String.hashCode}: words of {@code "Aa"} and
     * {@code "BB"} blocks (the two hash alike), {@code bits} blocks long, so that a hash table keyed by them puts
     * them all in one bucket.
     *
     * @param n the number of ids, at most {@code 2^16}
     * @return the ids, each 32 characters, never null
     */
    public static List<String> collidingIds(int n) {
        List<String> ids = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            StringBuilder b = new StringBuilder(32);
            for (int bit = 15; bit >= 0; bit--) {
                b.append((i >>> bit & 1) == 0 ? "Aa" : "BB");
            }
            ids.add(b.toString());
        }
        return ids;
    }

    /**
     * Returns {@code n} ordinary distinct ids of the same length as {@link #collidingIds(int)}'s.
     *
     * @param n the number of ids
     * @return the ids, each 32 characters, never null
     */
    public static List<String> ordinaryIds(int n) {
        List<String> ids = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            ids.add(String.format("participant-%020d", i));
        }
        return ids;
    }

    /**
     * A situation whose lifeworld participants have the given ids, each co-deciding one decision and giving an
     * exchange to the next: every participant and exchange id is looked up while the situation is built and
     * checked.
     *
     * @param ids the participant ids, distinct, not null
     * @return the situation, never null
     */
    public static Situation withParticipantIds(List<String> ids) {
        Situation.Builder s = Situation.builder().id("ids").addParticipant(Participant.focusPerson("focus"));
        Decision.Builder d = Decision.builder().id("d").date(LocalDate.of(2026, 1, 5))
                .putParticipation("focus", ParticipationLevel.CO_DECIDED);
        for (int i = 0; i < ids.size(); i++) {
            s.addParticipant(Participant.lifeworld(ids.get(i), Relation.FRIEND));
            d.putParticipation(ids.get(i), ParticipationLevel.CO_DECIDED);
            if (i > 0) {
                s.addExchange(Exchange.builder().id("x" + ids.get(i)).giver(ids.get(i - 1)).receiver(ids.get(i))
                        .build());
            }
        }
        return s.addDecision(d.build()).build();
    }
}
