package io.github.nieuweroute.rule;

import io.github.nieuweroute.model.ConsentStatus;
import io.github.nieuweroute.model.Handover;
import io.github.nieuweroute.model.HandoverKind;
import io.github.nieuweroute.model.Situation;
import io.github.nieuweroute.source.Grounding;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** R-19, a referral needs the consent of the person concerned. See {@link StandardRules#REFERRAL_WITH_CONSENT}. */
final class ReferralConsentRule extends StandardRule {

    ReferralConsentRule() {
        super("R-19", Checkability.DIRECT, Grounding.OTHER_SOURCE, "004_5944939a3c113dbb.txt:4412");
    }

    @Override
    public RuleResult check(Situation situation) {
        List<Violation> violations = new ArrayList<>();
        for (Handover h : situation.handovers()) {
            if (h.kind() == HandoverKind.REFERRAL && !h.consent().equals(Optional.of(ConsentStatus.GIVEN))) {
                violations.add(violation(Severity.WARNING, HandoverRule.handoverEvidence(h), "referral-without-consent",
                        h.id(), h.consent().map(Enum::name).orElse("NOT_RECORDED")));
            }
        }
        return RuleResult.of(violations);
    }
}
