package io.github.nieuweroute.rule;

import io.github.nieuweroute.model.IndexList;
import io.github.nieuweroute.model.SituationIndex;
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
                focus |= sphere == Sphere.FOCUS_PERSON;
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
