package io.github.nieuweroute.effect;

import io.github.nieuweroute.model.Decision;
import io.github.nieuweroute.model.Participant;
import io.github.nieuweroute.model.Situation;
import java.util.HashSet;
import java.util.Objects;
import java.util.Set;

/**
 * The default {@link AcceptanceMeasure} (nl: aandeel van de leefwereld dat meebesliste), our interpretation:
 * acceptance is the share of lifeworld participants who co-decided at least one decision of the situation (consent
 * does not count, {@code 000_003bca9ac70bd78f.txt:201}). It rests on "een plan waar iedereen achter staat"
 * ({@code 001_efdc3dbc7d93ff68.txt:36}) and on people taking responsibility only when they may co-decide
 * ({@code 000_003bca9ac70bd78f.txt:43}). A participant standing for a group counts once. A situation without lifeworld participants has acceptance 0: nobody from the lifeworld stands behind
 * the plan. Cost is linear in the size of the situation.
 *
 * <p>This class is stateless and thread-safe.
 */
public final class LifeworldCoDecisionShare implements AcceptanceMeasure {

    static final LifeworldCoDecisionShare INSTANCE = new LifeworldCoDecisionShare();

    private LifeworldCoDecisionShare() {}

    @Override
    public double acceptance(Situation situation) {
        Objects.requireNonNull(situation, "situation");
        Set<String> lifeworld = new HashSet<>();
        for (Participant p : situation.participants()) {
            if (p.isLifeworld()) {
                lifeworld.add(p.id());
            }
        }
        if (lifeworld.isEmpty()) {
            return 0.0;
        }
        Set<String> coDecided = new HashSet<>();
        for (Decision d : situation.decisions()) {
            for (String id : d.deciders()) {
                if (lifeworld.contains(id)) {
                    coDecided.add(id);
                }
            }
        }
        return (double) coDecided.size() / lifeworld.size();
    }

    @Override
    public String toString() {
        return "LifeworldCoDecisionShare";
    }
}
