package io.github.nieuweroute.rule;

import io.github.nieuweroute.model.IndexList;
import io.github.nieuweroute.model.SituationIndex;
import io.github.nieuweroute.model.InformationItem;
import io.github.nieuweroute.model.Situation;
import io.github.nieuweroute.source.Grounding;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

/** R-22, factor 3 "Doorbreken van geheimhouding". See {@link StandardRules#BREAKING_SECRECY}. */
final class SecrecyRule extends StandardRule {

    SecrecyRule() {
        super("R-22", Checkability.PROXY, Grounding.TITLE_ONLY, "000_003bca9ac70bd78f.txt:159",
                "000_003bca9ac70bd78f.txt:133", "004_5944939a3c113dbb.txt:1250-1256",
                "004_5944939a3c113dbb.txt:2660-2662", "001_efdc3dbc7d93ff68.txt:27");
    }

    @Override
    public RuleResult check(Situation situation) {
        List<Violation> violations = new ArrayList<>();
        List<Exemption> exemptions = new ArrayList<>();
        SafetyCover cover = SafetyCover.of(situation);
        SituationIndex index = situation.index();
        List<InformationItem> items = situation.informationItems();
        for (int k = 0; k < items.size(); k++) {
            InformationItem item = items.get(k);
            if (!item.planRelevant() || !Spheres.allProfessional(index, index.holders(k))
                    || !Spheres.allProfessional(index, index.sharedWith(k))) {
                continue;
            }
            TreeSet<String> knownTo = new TreeSet<>(item.holders());
            knownTo.addAll(item.sharedWith());
            Evidence.Builder evidence = Evidence.builder().informationItem(item.id());
            knownTo.stream().limit(EVIDENCE_CAP).forEach(evidence::participant);
            UnsharedItems.record(this, item, cover, evidence, violations, exemptions, Severity.WARNING, item.id(),
                    knownTo.size());
        }
        return RuleResult.of(violations, exemptions);
    }
}
