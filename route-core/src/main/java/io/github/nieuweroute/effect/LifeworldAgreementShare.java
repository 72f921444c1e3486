package io.github.nieuweroute.effect;

import io.github.nieuweroute.model.ParticipationLevel;
import io.github.nieuweroute.model.Situation;
import io.github.nieuweroute.source.Grounding;
import io.github.nieuweroute.source.Provenance;

/**
 * The default {@link AcceptanceMeasure} (nl: aandeel van de leefwereld dat instemt), our interpretation: acceptance is
 * the share of lifeworld participants who agreed to at least one decision of the situation, by consenting
 * ({@link ParticipationLevel#CONSENTED}) or by co-deciding. Acceptance is agreeing to a plan: the daughter of Mevrouw
 * de Vries "stemt in" ({@code 000_003bca9ac70bd78f.txt:201}) and counts, although she did not co-decide (which is
 * what the route classification and {@link LifeworldCoDecisionShare} ask). It rests on "een plan waar iedereen achter
 * staat" ({@code 001_efdc3dbc7d93ff68.txt:36}) and on E = K x A, a heading only
 * ({@code 000_003bca9ac70bd78f.txt:146-148}). A participant standing for a group counts once; a situation without
 * lifeworld participants has acceptance 0. Cost is linear in the size of the situation.
 *
 * <p>This class is stateless and thread-safe.
 */
public final class LifeworldAgreementShare implements AcceptanceMeasure {

    static final LifeworldAgreementShare INSTANCE = new LifeworldAgreementShare();

    private static final Provenance PROVENANCE = Provenance.of(Grounding.TITLE_ONLY, "000_003bca9ac70bd78f.txt:146-148",
            "001_efdc3dbc7d93ff68.txt:36", "000_003bca9ac70bd78f.txt:201");

    private LifeworldAgreementShare() {}

    @Override
    public double acceptance(Situation situation) {
        return LifeworldCoDecisionShare.share(situation, ParticipationLevel.CONSENTED);
    }

    @Override
    public Provenance provenance() {
        return PROVENANCE;
    }

    @Override
    public String toString() {
        return "LifeworldAgreementShare";
    }
}
