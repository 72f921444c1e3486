package io.github.nieuweroute.rule;

import io.github.nieuweroute.model.Decision;
import io.github.nieuweroute.model.Situation;
import io.github.nieuweroute.model.Sphere;
import io.github.nieuweroute.model.Wish;
import io.github.nieuweroute.model.WishOutcome;
import io.github.nieuweroute.source.Grounding;
import java.util.ArrayList;
import java.util.List;

/** R-25, the client's own wish. See {@link StandardRules#OWN_WISH_WEIGHED}. */
final class OwnWishRule extends StandardRule {

    OwnWishRule() {
        super("R-25", Checkability.DIRECT, Grounding.OTHER_SOURCE, "000_003bca9ac70bd78f.txt:201",
                "004_5944939a3c113dbb.txt:2913-2914");
    }

    @Override
    public RuleResult check(Situation situation) {
        List<Violation> violations = new ArrayList<>();
        List<Exemption> exemptions = new ArrayList<>();
        SafetyCover cover = SafetyCover.of(situation);
        for (Decision d : situation.decisions()) {
            if (!d.reasons().isEmpty()) {
                continue;
            }
            for (Wish w : d.wishes()) {
                if (w.outcome() == WishOutcome.FOLLOWED || situation.sphereOf(w.holder()) != Sphere.FOCUS_PERSON) {
                    continue;
                }
                Evidence.Builder evidence = Evidence.builder().decision(d.id()).participant(w.holder())
                        .participant(w.conveyedBy());
                String message = w.voicedByHolder() ? "wish-not-followed-without-reason"
                        : "conveyed-wish-not-followed-without-reason";
                violationOrExemption(violations, exemptions, cover.frameCovering(d.id()), Severity.WARNING,
                        evidence, message, d.id(), w.holder(), w.conveyedBy(), w.outcome());
            }
        }
        return RuleResult.of(violations, exemptions);
    }
}
