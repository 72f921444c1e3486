package io.github.nieuweroute.rule;

import io.github.nieuweroute.model.Agreement;
import io.github.nieuweroute.model.Outcome;
import io.github.nieuweroute.model.OutcomeStatus;
import io.github.nieuweroute.model.Plan;
import io.github.nieuweroute.model.Situation;
import io.github.nieuweroute.source.Grounding;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** R-17, an unmet result has a plan item. See {@link StandardRules#UNMET_RESULT_HAS_AGREEMENT}. */
final class UnmetOutcomeRule extends StandardRule {

    UnmetOutcomeRule() {
        super("R-17", Checkability.DIRECT, Grounding.OTHER_SOURCE, "004_5944939a3c113dbb.txt:2724-2751",
                "004_5944939a3c113dbb.txt:4280-4281");
    }

    @Override
    public RuleResult check(Situation situation) {
        List<Violation> violations = new ArrayList<>();
        List<Exemption> exemptions = new ArrayList<>();
        Set<String> served = new HashSet<>();
        for (Plan p : situation.plans()) {
            for (Agreement a : p.agreements()) {
                served.addAll(a.outcomes());
            }
        }
        SafetyCover cover = SafetyCover.of(situation);
        for (Outcome o : situation.outcomes()) {
            Optional<OutcomeStatus> status = o.latestStatus();
            if (status.isEmpty() || !status.get().isUnmet() || served.contains(o.id())) {
                continue;
            }
            Evidence.Builder evidence = Evidence.builder().add(EvidenceKind.OUTCOME, o.id());
            o.person().ifPresent(evidence::participant);
            violationOrExemption(violations, exemptions, cover.frameCovering(o.id()), Severity.WARNING, evidence,
                    "unmet-without-agreement", o.id(), status.get());
        }
        return RuleResult.of(violations, exemptions);
    }
}
