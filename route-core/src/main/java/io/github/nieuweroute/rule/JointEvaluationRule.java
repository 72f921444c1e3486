package io.github.nieuweroute.rule;

import io.github.nieuweroute.model.Evaluation;
import io.github.nieuweroute.model.Plan;
import io.github.nieuweroute.model.Situation;
import io.github.nieuweroute.source.Grounding;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * R-06, factor 12 "Herhaling en niet overnemen", the part on repetition read as joint evaluation. See
 * {@link StandardRules#JOINT_EVALUATION}. A plan whose review date lies after the record's date ({@link RecordDate})
 * is not yet due.
 */
final class JointEvaluationRule extends StandardRule {

    JointEvaluationRule() {
        super("R-06", Checkability.PROXY, Grounding.TITLE_ONLY, "000_003bca9ac70bd78f.txt:170",
                "000_003bca9ac70bd78f.txt:272", "000_003bca9ac70bd78f.txt:276", "000_003bca9ac70bd78f.txt:185");
    }

    @Override
    public RuleResult check(Situation situation) {
        Set<String> evaluatedJointly = new HashSet<>();
        for (Evaluation e : situation.evaluations()) {
            if (e.plan().isPresent() && Spheres.anyOwnSide(situation, e.participants())) {
                evaluatedJointly.add(e.plan().get());
            }
        }
        List<Violation> violations = new ArrayList<>();
        RecordDate asOf = RecordDate.of(situation);
        for (Plan p : situation.plans()) {
            if (!p.agreements().isEmpty() && !evaluatedJointly.contains(p.id()) && asOf.isDue(p)) {
                violations.add(violation(Severity.WARNING, Evidence.builder().add(EvidenceKind.PLAN, p.id()),
                        "no-joint-evaluation", p.id()));
            }
        }
        return RuleResult.of(violations);
    }

}
