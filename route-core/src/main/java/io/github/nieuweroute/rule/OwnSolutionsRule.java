package io.github.nieuweroute.rule;

import io.github.nieuweroute.model.IndexList;
import io.github.nieuweroute.model.SituationIndex;
import io.github.nieuweroute.model.Plan;
import io.github.nieuweroute.model.Situation;
import io.github.nieuweroute.source.Grounding;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

/** R-13, people bring their own solutions. See {@link StandardRules#OWN_SOLUTIONS}. */
final class OwnSolutionsRule extends StandardRule {

    OwnSolutionsRule() {
        super("R-13", Checkability.PROXY, Grounding.OTHER_SOURCE, "001_efdc3dbc7d93ff68.txt:53",
                "004_5944939a3c113dbb.txt:4437");
    }

    @Override
    public RuleResult check(Situation situation) {
        List<Violation> violations = new ArrayList<>();
        SituationIndex index = situation.index();
        int a = 0; // the index of the plan's first agreement in situation.agreements()
        for (Plan p : situation.plans()) {
            int first = a;
            a += p.agreements().size();
            if (!proposedByProfessionalsOnly(index, first, a)) {
                continue;
            }
            TreeSet<String> proposers = new TreeSet<>();
            for (int k = first; k < a; k++) {
                if (index.proposer(k) >= 0) {
                    proposers.add(index.participantId(index.proposer(k)));
                }
            }
            Evidence.Builder evidence = Evidence.builder().add(EvidenceKind.PLAN, p.id());
            proposers.stream().limit(EVIDENCE_CAP).forEach(evidence::participant);
            violations.add(violation(Severity.WARNING, evidence, "all-proposed-by-professionals", p.id(),
                    proposers.size()));
        }
        return RuleResult.of(violations);
    }

    /** Whether agreements {@code from} to {@code to} (exclusive) have proposers, and all are professionals. */
    private static boolean proposedByProfessionalsOnly(SituationIndex index, int from, int to) {
        boolean any = false;
        for (int k = from; k < to; k++) {
            int proposer = index.proposer(k);
            if (proposer >= 0) {
                if (!index.isProfessional(proposer)) {
                    return false;
                }
                any = true;
            }
        }
        return any;
    }
}
