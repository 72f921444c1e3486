package io.github.nieuweroute.rule;

import io.github.nieuweroute.model.IndexList;
import io.github.nieuweroute.model.SituationIndex;
import io.github.nieuweroute.model.Agreement;
import io.github.nieuweroute.model.Situation;
import io.github.nieuweroute.source.Grounding;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** R-14, professionals perform "waar nodig". See {@link StandardRules#PROFESSIONAL_TASK_HAS_NEED}. */
final class RecordedNeedRule extends StandardRule {

    RecordedNeedRule() {
        super("R-14", Checkability.PROXY, Grounding.DEFINED, "001_efdc3dbc7d93ff68.txt:24");
    }

    @Override
    public RuleResult check(Situation situation) {
        List<Violation> violations = new ArrayList<>();
        List<Exemption> exemptions = new ArrayList<>();
        SafetyCover cover = SafetyCover.of(situation);
        SituationIndex index = situation.index();
        List<Agreement> agreements = situation.agreements();
        for (int k = 0; k < agreements.size(); k++) {
            Agreement a = agreements.get(k);
            if (a.recordedNeed().isPresent()) {
                continue;
            }
            IndexList performers = index.performers(k);
            for (int i = 0; i < performers.size(); i++) {
                int p = performers.get(i);
                if (!index.isProfessional(p)) {
                    continue;
                }
                String performer = index.participantId(p);
                Evidence.Builder evidence = Evidence.builder().agreement(a.id()).participant(performer);
                Optional<String> frame = cover.frameCovering(a.id(), a.decision());
                if (frame.isPresent()) {
                    exemptions.add(exemption(ExemptionBasis.SAFETY_FRAME, evidence.safetyFrame(frame.get()),
                            "no-recorded-need", a.id(), performer));
                } else {
                    violations.add(violation(Severity.WARNING, evidence, "no-recorded-need", a.id(), performer));
                }
            }
        }
        return RuleResult.of(violations, exemptions);
    }
}
