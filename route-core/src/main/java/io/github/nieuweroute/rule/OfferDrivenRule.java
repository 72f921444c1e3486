package io.github.nieuweroute.rule;

import io.github.nieuweroute.model.Agreement;
import io.github.nieuweroute.model.OfferKind;
import io.github.nieuweroute.model.Plan;
import io.github.nieuweroute.model.Situation;
import io.github.nieuweroute.source.Grounding;
import java.util.ArrayList;
import java.util.List;

/** R-11, not offer-driven ("aanbodgericht"). See {@link StandardRules#NOT_OFFER_DRIVEN}. */
final class OfferDrivenRule extends StandardRule {

    OfferDrivenRule() {
        super("R-11", Checkability.PROXY, Grounding.DEFINED, "000_003bca9ac70bd78f.txt:250",
                "002_296212247530a523.txt:58-60");
    }

    @Override
    public RuleResult check(Situation situation) {
        List<Violation> violations = new ArrayList<>();
        List<Exemption> exemptions = new ArrayList<>();
        SafetyCover cover = SafetyCover.of(situation);
        for (Plan p : situation.plans()) {
            if (p.agreements().isEmpty() || !allPurchased(p)) {
                continue;
            }
            List<String> agreements = new ArrayList<>(p.agreements().size());
            for (Agreement a : p.agreements()) {
                agreements.add(a.id());
            }
            Evidence.Builder evidence = Evidence.builder().add(EvidenceKind.PLAN, p.id());
            for (String a : EvidenceIds.first(agreements)) {
                evidence.agreement(a);
            }
            violationOrExemption(violations, exemptions, cover.frameCoveringPlan(p), Severity.WARNING, evidence,
                    "only-purchased-offer", p.id(), agreements.size());
        }
        return RuleResult.of(violations, exemptions);
    }

    /** Every agreement records its offer and every offer is purchased: a plan with one unrecorded is not judged. */
    private static boolean allPurchased(Plan plan) {
        for (Agreement a : plan.agreements()) {
            if (a.offer().isEmpty() || a.offer().get().kind() != OfferKind.PURCHASED) {
                return false;
            }
        }
        return true;
    }
}
