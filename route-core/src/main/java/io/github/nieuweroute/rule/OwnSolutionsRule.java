package io.github.nieuweroute.rule;

import io.github.nieuweroute.model.Agreement;
import io.github.nieuweroute.model.Plan;
import io.github.nieuweroute.model.Situation;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

/** R-13, people bring their own solutions. See {@link StandardRules#OWN_SOLUTIONS}. */
final class OwnSolutionsRule extends StandardRule {

    OwnSolutionsRule() {
        super("R-13", Checkability.PROXY, Grounding.DEFINED, "001_efdc3dbc7d93ff68.txt:53",
                "004_5944939a3c113dbb.txt:4437");
    }

    @Override
    public RuleResult check(Situation situation) {
        List<Violation> violations = new ArrayList<>();
        for (Plan p : situation.plans()) {
            TreeSet<String> proposers = new TreeSet<>();
            for (Agreement a : p.agreements()) {
                a.proposer().ifPresent(proposers::add);
            }
            if (!proposers.isEmpty() && Spheres.allProfessional(situation, proposers)) {
                Evidence.Builder evidence = Evidence.builder().add(EvidenceKind.PLAN, p.id());
                proposers.stream().limit(EVIDENCE_CAP).forEach(evidence::participant);
                violations.add(violation(Severity.WARNING, evidence, "all-proposed-by-professionals", p.id(),
                        proposers.size()));
            }
        }
        return RuleResult.of(violations);
    }
}
