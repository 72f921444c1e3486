package io.github.nieuweroute.rule;

import io.github.nieuweroute.model.ConsentStatus;
import io.github.nieuweroute.model.InformationItem;
import io.github.nieuweroute.model.Situation;
import io.github.nieuweroute.source.Grounding;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

/** R-24, information about a person is shared only with their consent. See {@link StandardRules#SHARING_WITH_CONSENT}. */
final class SharingConsentRule extends StandardRule {

    SharingConsentRule() {
        super("R-24", Checkability.DIRECT, Grounding.OTHER_SOURCE, "004_5944939a3c113dbb.txt:4412");
    }

    @Override
    public RuleResult check(Situation situation) {
        List<Violation> violations = new ArrayList<>();
        List<Exemption> exemptions = new ArrayList<>();
        SafetyCover cover = SafetyCover.of(situation);
        for (InformationItem item : situation.informationItems()) {
            if (item.concerns().isEmpty() || item.consent() == ConsentStatus.GIVEN) {
                continue;
            }
            String person = item.concerns().get();
            if (item.holders().size() == 1 && item.holders().contains(person)) {
                continue; // only the person concerned held it: the sharing was theirs
            }
            TreeSet<String> recipients = new TreeSet<>(item.sharedWith());
            recipients.remove(person);
            if (recipients.isEmpty()) {
                continue;
            }
            Evidence.Builder evidence = Evidence.builder().informationItem(item.id()).participant(person);
            recipients.stream().limit(EVIDENCE_CAP).forEach(evidence::participant);
            Object[] arguments = {item.id(), person, recipients.size(), item.consent().name()};
            var frame = cover.frameCovering(item.id());
            if (frame.isPresent()) {
                exemptions.add(exemption(ExemptionBasis.SAFETY_FRAME, evidence.safetyFrame(frame.get()),
                        "shared-without-consent", arguments));
            } else {
                violations.add(violation(Severity.WARNING, evidence, "shared-without-consent", arguments));
            }
        }
        return RuleResult.of(violations, exemptions);
    }
}
