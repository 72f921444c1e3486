package io.github.nieuweroute.rule;

import io.github.nieuweroute.model.SafetyFrame;
import io.github.nieuweroute.model.Situation;
import io.github.nieuweroute.source.Grounding;
import java.util.ArrayList;
import java.util.List;

/**
 * R-20, a safety frame overrides the ownership rules where it applies. The override itself is applied by the rules
 * it overrides (they record an {@link Exemption} with basis {@link ExemptionBasis#SAFETY_FRAME}); this rule checks
 * that every frame says where it applies and why, so that each override can be traced. See
 * {@link StandardRules#SAFETY_FRAME_OVERRIDES}.
 */
final class SafetyFrameRule extends StandardRule {

    SafetyFrameRule() {
        super("R-20", Checkability.DIRECT, Grounding.DEFINED, "000_003bca9ac70bd78f.txt:266",
                "004_5944939a3c113dbb.txt:2937-2942", "001_efdc3dbc7d93ff68.txt:36");
    }

    @Override
    public RuleResult check(Situation situation) {
        List<Violation> violations = new ArrayList<>();
        for (SafetyFrame f : situation.safetyFrames()) {
            if (f.coveredIds().isEmpty()) {
                violations.add(violation(Severity.WARNING, Evidence.builder().safetyFrame(f.id()).participant(
                        f.setBy()), "covers-nothing", f.id(), f.setBy()));
            }
            if (f.constraints().isEmpty()) {
                violations.add(violation(Severity.WARNING, Evidence.builder().safetyFrame(f.id()).participant(
                        f.setBy()), "no-constraints", f.id(), f.setBy()));
            }
        }
        return RuleResult.of(violations);
    }
}
