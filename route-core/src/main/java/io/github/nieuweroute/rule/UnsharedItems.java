package io.github.nieuweroute.rule;

import io.github.nieuweroute.model.ConsentStatus;
import io.github.nieuweroute.model.InformationItem;
import java.util.List;
import java.util.Optional;

/**
 * Records an information item that did not reach whom it should, for the sharing rules. Private by
 * default: an item about a person may only be shared with their consent (the one consent passage of the sources,
 * {@code 004_5944939a3c113dbb.txt:4412}, and our reading of the AVG), so an unshared item whose consent was never
 * asked is a prompt to ask ({@link Severity#INFO}), not a finding that it should have been shared.
 */
final class UnsharedItems {

    private UnsharedItems() {}

    /**
     * Records the item as an exemption when the person it concerns refused consent or a safety frame covers it; as a
     * prompt to ask consent ({@link Severity#INFO}, key {@code <rule id>.ask-consent}, the person concerned added to
     * the evidence) when it concerns a person who was never asked; and as a violation (key
     * {@code <rule id>.not-shared}) when consent was given or the item concerns no one person.
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
        } else if (item.consent() == ConsentStatus.NOT_ASKED && item.concerns().isPresent()) {
            evidence.participant(item.concerns().get());
            violations.add(rule.violation(Severity.INFO, evidence, "ask-consent", arguments));
        } else {
            violations.add(rule.violation(severity, evidence, "not-shared", arguments));
        }
    }
}
