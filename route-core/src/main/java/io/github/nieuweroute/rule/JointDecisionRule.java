package io.github.nieuweroute.rule;

import io.github.nieuweroute.model.IndexList;
import io.github.nieuweroute.model.SituationIndex;
import io.github.nieuweroute.model.AgeBand;
import io.github.nieuweroute.model.Decision;
import io.github.nieuweroute.model.Participant;
import io.github.nieuweroute.model.Situation;
import io.github.nieuweroute.model.Sphere;
import io.github.nieuweroute.source.Grounding;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** R-02, factor 10 "Samenbesluiten" (deciding together). See {@link StandardRules#DECIDING_TOGETHER}. */
final class JointDecisionRule extends StandardRule {

    JointDecisionRule() {
        super("R-02", Checkability.DIRECT, Grounding.DEFINED, "000_003bca9ac70bd78f.txt:167",
                "001_efdc3dbc7d93ff68.txt:7", "001_efdc3dbc7d93ff68.txt:24", "000_003bca9ac70bd78f.txt:45");
    }

    @Override
    public RuleResult check(Situation situation) {
        List<Violation> violations = new ArrayList<>();
        List<Exemption> exemptions = new ArrayList<>();
        SafetyCover cover = SafetyCover.of(situation);
        List<String> focusIds = new ArrayList<>();
        for (Participant p : situation.focusPersons()) {
            focusIds.add(p.id());
        }
        SituationIndex index = situation.index();
        boolean[] speaksForMinor = speaksForMinorClient(situation, index);
        List<Decision> decisions = situation.decisions();
        for (int k = 0; k < decisions.size(); k++) {
            Decision d = decisions.get(k);
            IndexList participants = index.decisionParticipants(k);
            boolean focus = false;
            boolean lifeworld = false;
            for (int i = 0; i < participants.size(); i++) {
                if (!index.coDecided(k, i)) {
                    continue;
                }
                Sphere sphere = index.sphere(participants.get(i));
                focus |= sphere == Sphere.FOCUS_PERSON
                        || speaksForMinor != null && speaksForMinor[participants.get(i)];
                lifeworld |= sphere == Sphere.LIFEWORLD;
            }
            Optional<String> frame = cover.frameCovering(d.id());
            if (!focus) {
                Evidence.Builder evidence = Evidence.builder().decision(d.id()).participants(focusIds);
                record(violations, exemptions, frame, evidence, "no-focus-person-co-decided", d.id());
            }
            if (!lifeworld) {
                Evidence.Builder evidence = Evidence.builder().decision(d.id());
                record(violations, exemptions, frame, evidence, "no-lifeworld-co-decided", d.id());
            }
        }
        return RuleResult.of(violations, exemptions);
    }

    /**
     * Marks who holds parental authority over a minor client: their co-decision is the client's say (a young person
     * depends primarily on the parents, {@code 004_5944939a3c113dbb.txt:2937-2940}).
     *
     * @return by participant position, null when no minor client has a recorded authority holder
     */
    private static boolean[] speaksForMinorClient(Situation situation, SituationIndex index) {
        boolean[] speaks = null;
        for (Participant p : situation.focusPersons()) {
            if (p.ageBand().equals(Optional.of(AgeBand.MINOR))) {
                for (String holder : p.authorityHolders()) {
                    if (speaks == null) {
                        speaks = new boolean[index.participantCount()];
                    }
                    speaks[index.position(holder)] = true;
                }
            }
        }
        return speaks;
    }

    private void record(List<Violation> violations, List<Exemption> exemptions, Optional<String> frame,
            Evidence.Builder evidence, String message, String decisionId) {
        if (frame.isPresent()) {
            exemptions.add(exemption(ExemptionBasis.SAFETY_FRAME, evidence.safetyFrame(frame.get()), message,
                    decisionId));
        } else {
            violations.add(violation(Severity.ERROR, evidence, message, decisionId));
        }
    }
}
