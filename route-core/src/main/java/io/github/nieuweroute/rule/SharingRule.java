package io.github.nieuweroute.rule;

import io.github.nieuweroute.model.InformationItem;
import io.github.nieuweroute.model.InformationKind;
import io.github.nieuweroute.model.Situation;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Base of the rules on sharing information: a plan-relevant item must reach a group of participants, unless the
 * person it concerns refused consent or a safety frame covers it; those are recorded exemptions.
 */
abstract class SharingRule extends StandardRule {

    private final Severity severity;
    private final Optional<InformationKind> kind;

    SharingRule(String id, Checkability checkability, Severity severity, Optional<InformationKind> kind,
            String... sources) {
        super(id, checkability, Grounding.TITLE_ONLY, sources);
        this.severity = severity;
        this.kind = kind;
    }

    /** Returns the participants every item must reach; an empty group means there is nothing to check. */
    abstract SortedGroup group(Situation situation);

    @Override
    public RuleResult check(Situation situation) {
        SortedGroup group = group(situation);
        if (group.isEmpty()) {
            return RuleResult.empty();
        }
        List<Violation> violations = new ArrayList<>();
        List<Exemption> exemptions = new ArrayList<>();
        SafetyCover cover = SafetyCover.of(situation);
        for (InformationItem item : situation.informationItems()) {
            if (!item.planRelevant() || kind.map(k -> k != item.kind()).orElse(false)) {
                continue;
            }
            int missing = group.size() - group.countMembers(item.holders(), item.sharedWith());
            if (missing == 0) {
                continue;
            }
            Evidence.Builder evidence = Evidence.builder().informationItem(item.id())
                    .participants(group.firstMissing(item::isKnownTo, EVIDENCE_CAP));
            UnsharedItems.record(this, item, cover, evidence, violations, exemptions, severity, item.id(), missing,
                    group.size());
        }
        return RuleResult.of(violations, exemptions);
    }
}
