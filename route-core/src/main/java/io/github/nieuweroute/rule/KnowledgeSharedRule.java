package io.github.nieuweroute.rule;

import io.github.nieuweroute.model.IndexList;
import io.github.nieuweroute.model.SituationIndex;
import io.github.nieuweroute.model.InformationKind;
import io.github.nieuweroute.model.Situation;
import java.util.Optional;

/** R-23, factor 9 "Informatie en kennis delen". See {@link StandardRules#KNOWLEDGE_SHARED}. */
final class KnowledgeSharedRule extends SharingRule {

    KnowledgeSharedRule() {
        super("R-23", Checkability.PROXY, Severity.WARNING, Optional.of(InformationKind.KNOWLEDGE),
                "000_003bca9ac70bd78f.txt:166", "001_efdc3dbc7d93ff68.txt:36", "004_5944939a3c113dbb.txt:2660-2668",
                "004_5944939a3c113dbb.txt:3402-3405");
    }

    /** The focus persons and lifeworld participants who perform an agreement. */
    @Override
    SortedGroup group(Situation situation, SituationIndex index) {
        int agreements = situation.agreements().size();
        int count = 0;
        for (int a = 0; a < agreements; a++) {
            count += index.performers(a).size();
        }
        int[] performers = new int[count];
        count = 0;
        for (int a = 0; a < agreements; a++) {
            IndexList performing = index.performers(a);
            for (int i = 0; i < performing.size(); i++) {
                int p = performing.get(i);
                if (index.isOwnSide(p)) {
                    performers[count++] = p;
                }
            }
        }
        return SortedGroup.of(index, performers, count);
    }
}
