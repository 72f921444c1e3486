package io.github.nieuweroute.effect;

import io.github.nieuweroute.model.Decision;
import io.github.nieuweroute.model.Participant;
import io.github.nieuweroute.model.ParticipationLevel;
import io.github.nieuweroute.model.Situation;
import io.github.nieuweroute.source.Grounding;
import io.github.nieuweroute.source.Provenance;
import java.util.HashSet;
import java.util.Objects;
import java.util.Set;

/**
 * The strict {@link AcceptanceMeasure} (nl: aandeel van de leefwereld dat meebesliste), our interpretation:
 * acceptance is the share of lifeworld participants who co-decided at least one decision of the situation (consent
 * does not count, {@code 000_003bca9ac70bd78f.txt:201}). It rests on "een plan waar iedereen achter staat"
 * ({@code 001_efdc3dbc7d93ff68.txt:36}) and on people taking responsibility only when they may co-decide
 * ({@code 000_003bca9ac70bd78f.txt:43}). A participant standing for a group counts once. A situation without
 * lifeworld participants has acceptance 0: nobody from the lifeworld stands behind the plan. Cost is linear in the
 * size of the situation.
 *
 * <p>It measures co-decision rather than acceptance: the De Vries daughter, who "stemt in"
 * ({@code 000_003bca9ac70bd78f.txt:201}), scores 0 here although she agreed to the plan. That is why the default is
 * {@link LifeworldAgreementShare}, which counts her; use this one to ask how much of the lifeworld had a say.
 *
 * <p>This class is stateless and thread-safe.
 */
public final class LifeworldCoDecisionShare implements AcceptanceMeasure {

    static final LifeworldCoDecisionShare INSTANCE = new LifeworldCoDecisionShare();

    private static final Provenance PROVENANCE = Provenance.of(Grounding.TITLE_ONLY, "000_003bca9ac70bd78f.txt:146-148",
            "001_efdc3dbc7d93ff68.txt:36", "000_003bca9ac70bd78f.txt:43");

    private LifeworldCoDecisionShare() {}

    @Override
    public double acceptance(Situation situation) {
        return share(situation, ParticipationLevel.CO_DECIDED);
    }

    @Override
    public Provenance provenance() {
        return PROVENANCE;
    }

    /**
     * The share of lifeworld participants whose participation in at least one decision is at least {@code least}; 0
     * without lifeworld participants. Shared with {@link LifeworldAgreementShare}.
     */
    static double share(Situation situation, ParticipationLevel least) {
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
        Set<String> agreed = new HashSet<>();
        for (Decision d : situation.decisions()) {
            d.participation().forEach((id, level) -> {
                if (level.isAtLeast(least) && lifeworld.contains(id)) {
                    agreed.add(id);
                }
            });
        }
        return (double) agreed.size() / lifeworld.size();
    }

    @Override
    public String toString() {
        return "LifeworldCoDecisionShare";
    }
}
