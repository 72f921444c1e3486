package io.github.nieuweroute.rule;

import io.github.nieuweroute.model.Handover;
import io.github.nieuweroute.model.HandoverKind;
import io.github.nieuweroute.model.Situation;
import io.github.nieuweroute.source.Grounding;
import java.util.ArrayList;
import java.util.List;

/** R-10, Buiting's loyal helper who adds expertise instead of referring on. See {@link StandardRules#LOYAL_HELPER}. */
final class HandoverRule extends StandardRule {

    HandoverRule() {
        super("R-10", Checkability.DIRECT, Grounding.OTHER_SOURCE, "002_296212247530a523.txt:38",
                "000_003bca9ac70bd78f.txt:203", "002_296212247530a523.txt:42");
    }

    @Override
    public RuleResult check(Situation situation) {
        List<Violation> violations = new ArrayList<>();
        for (Handover h : situation.handovers()) {
            if (h.kind() != HandoverKind.EXPERTISE_ADDED) {
                violations.add(violation(Severity.WARNING, handoverEvidence(h), "handed-over", h.id(), h.kind(),
                        h.from(), h.to()));
            }
        }
        return RuleResult.of(violations);
    }

    static Evidence.Builder handoverEvidence(Handover h) {
        return Evidence.builder().add(EvidenceKind.HANDOVER, h.id()).participant(h.from()).participant(h.to());
    }
}
