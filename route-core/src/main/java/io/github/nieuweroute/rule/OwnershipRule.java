package io.github.nieuweroute.rule;

import io.github.nieuweroute.model.Plan;
import io.github.nieuweroute.model.Question;
import io.github.nieuweroute.model.Situation;
import io.github.nieuweroute.model.Sphere;
import io.github.nieuweroute.source.Grounding;
import java.util.ArrayList;
import java.util.List;

/** R-15, owners of the problem and of the plan. See {@link StandardRules#OWNERS_OF_PROBLEM_AND_PLAN}. */
final class OwnershipRule extends StandardRule {

    OwnershipRule() {
        super("R-15", Checkability.DIRECT, Grounding.DEFINED, "001_efdc3dbc7d93ff68.txt:27",
                "001_efdc3dbc7d93ff68.txt:20", "004_5944939a3c113dbb.txt:4207", "004_5944939a3c113dbb.txt:4437");
    }

    @Override
    public RuleResult check(Situation situation) {
        List<Violation> violations = new ArrayList<>();
        List<Exemption> exemptions = new ArrayList<>();
        SafetyCover cover = SafetyCover.of(situation);
        for (Plan p : situation.plans()) {
            Evidence.Builder evidence = Evidence.builder().add(EvidenceKind.PLAN, p.id())
                    .participants(EvidenceIds.first(p.owners()));
            if (p.owners().isEmpty() && !p.agreements().isEmpty()) {
                violationOrExemption(violations, exemptions, cover.frameCoveringPlan(p), Severity.WARNING, evidence,
                        "plan-without-owner", p.id());
            } else if (!p.owners().isEmpty() && allSystemWorld(situation, p.owners())) {
                violationOrExemption(violations, exemptions, cover.frameCoveringPlan(p), Severity.ERROR, evidence,
                        "plan-owned-by-system-world", p.id(), p.owners().size());
            }
        }
        for (Question q : situation.questions()) {
            if (!q.owners().isEmpty()
                    && q.owners().stream().noneMatch(o -> situation.sphereOf(o) == Sphere.FOCUS_PERSON)) {
                Evidence.Builder evidence = Evidence.builder().add(EvidenceKind.QUESTION, q.id())
                        .participants(EvidenceIds.first(q.owners()));
                violations.add(violation(Severity.WARNING, evidence, "problem-owner-not-client", q.id(),
                        q.owners().size()));
            }
        }
        return RuleResult.of(violations, exemptions);
    }

    private static boolean allSystemWorld(Situation situation, Iterable<String> owners) {
        for (String owner : owners) {
            if (situation.sphereOf(owner) != Sphere.SYSTEM_WORLD) {
                return false;
            }
        }
        return true;
    }
}
