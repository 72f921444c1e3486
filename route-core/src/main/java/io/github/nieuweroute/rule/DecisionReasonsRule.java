package io.github.nieuweroute.rule;

import io.github.nieuweroute.model.Decision;
import io.github.nieuweroute.model.Reason;
import io.github.nieuweroute.model.Situation;
import io.github.nieuweroute.source.Grounding;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** R-12, Buiting's "denken vanuit de bedoeling". See {@link StandardRules#REASONS_FROM_THE_PURPOSE}. */
final class DecisionReasonsRule extends StandardRule {

    DecisionReasonsRule() {
        super("R-12", Checkability.PROXY, Grounding.OTHER_SOURCE, "002_296212247530a523.txt:38");
    }

    @Override
    public RuleResult check(Situation situation) {
        List<Violation> violations = new ArrayList<>();
        List<Exemption> exemptions = new ArrayList<>();
        SafetyCover cover = SafetyCover.of(situation);
        for (Decision d : situation.decisions()) {
            if (d.reasons().isEmpty() || !d.reasons().stream().allMatch(r -> r.kind().isSystemReality())) {
                continue;
            }
            Set<String> givers = new HashSet<>();
            for (Reason r : d.reasons()) {
                givers.add(r.givenBy());
            }
            Evidence.Builder evidence = Evidence.builder().decision(d.id()).participants(EvidenceIds.first(givers));
            violationOrExemption(violations, exemptions, cover.frameCovering(d.id()), Severity.WARNING, evidence,
                    "system-reasons-only", d.id(), d.reasons().size());
        }
        return RuleResult.of(violations, exemptions);
    }
}
