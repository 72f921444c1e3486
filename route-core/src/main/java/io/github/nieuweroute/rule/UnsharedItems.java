package io.github.nieuweroute.rule;

import io.github.nieuweroute.model.ConsentStatus;
import io.github.nieuweroute.model.InformationItem;
import java.util.List;
import java.util.Optional;

/** Records an information item that did not reach whom it should, for the sharing rules. */
final class UnsharedItems {

    private UnsharedItems() {}

    /**
     * Records the item as an exemption when the person it concerns refused consent or a safety frame covers it, and
     * as a violation otherwise. The message key is {@code <rule id>.not-shared}.
     */
    static void record(StandardRule rule, InformationItem item, SafetyCover cover, Evidence.Builder evidence,
            List<Violation> violations, List<Exemption> exemptions, Severity severity, Object... arguments) {
        Optional<String> frame = cover.frameCovering(item.id());
        if (item.consent() == ConsentStatus.REFUSED) {
            item.concerns().ifPresent(evidence::participant);
            exemptions.add(rule.exemption(ExemptionBasis.CONSENT_REFUSED, evidence, "not-shared", arguments));
        } else if (frame.isPresent()) {
            exemptions.add(rule.exemption(ExemptionBasis.SAFETY_FRAME, evidence.safetyFrame(frame.get()),
                    "not-shared", arguments));
        } else {
            violations.add(rule.violation(severity, evidence, "not-shared", arguments));
        }
    }
}
