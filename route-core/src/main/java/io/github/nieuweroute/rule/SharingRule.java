package io.github.nieuweroute.rule;

import io.github.nieuweroute.model.IndexList;
import io.github.nieuweroute.model.SituationIndex;
import io.github.nieuweroute.model.InformationItem;
import io.github.nieuweroute.model.InformationKind;
import io.github.nieuweroute.model.Situation;
import io.github.nieuweroute.source.Grounding;
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

    /**
     * Returns the participants every item must reach, made by {@link SortedGroup#of}; an empty group means there is
     * nothing to check.
     */
    abstract SortedGroup group(Situation situation, SituationIndex index);

    @Override
    public RuleResult check(Situation situation) {
        SituationIndex index = situation.index();
        SortedGroup group = group(situation, index);
        if (group.isEmpty()) {
            return RuleResult.empty();
        }
        List<Violation> violations = new ArrayList<>();
        List<Exemption> exemptions = new ArrayList<>();
        SafetyCover cover = SafetyCover.of(situation);
        // known[p] == k + 1 exactly when item k is known to position p (held by or shared with)
        int[] known = new int[index.participantCount()];
        List<InformationItem> items = situation.informationItems();
        for (int k = 0; k < items.size(); k++) {
            InformationItem item = items.get(k);
            if (!item.planRelevant() || kind.map(c -> c != item.kind()).orElse(false)) {
                continue;
            }
            int stamp = k + 1;
            int reached = mark(index.holders(k), known, stamp, group) + mark(index.sharedWith(k), known, stamp,
                    group);
            int missing = group.size() - reached;
            if (missing == 0) {
                continue;
            }
            Evidence.Builder evidence = Evidence.builder().informationItem(item.id())
                    .participants(group.firstMissing(p -> known[p] == stamp, EVIDENCE_CAP));
            UnsharedItems.record(this, item, cover, evidence, violations, exemptions, severity, item.id(), missing,
                    group.size());
        }
        return RuleResult.of(violations, exemptions);
    }

    /** Marks the index with the stamp; returns how many group members were newly marked. */
    private static int mark(IndexList participants, int[] known, int stamp, SortedGroup group) {
        int members = 0;
        for (int i = 0; i < participants.size(); i++) {
            int p = participants.get(i);
            if (known[p] != stamp) {
                known[p] = stamp;
                if (group.contains(p)) {
                    members++;
                }
            }
        }
        return members;
    }
}
