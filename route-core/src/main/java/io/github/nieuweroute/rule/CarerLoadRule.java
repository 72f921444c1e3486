package io.github.nieuweroute.rule;

import io.github.nieuweroute.model.Agreement;
import io.github.nieuweroute.model.Decision;
import io.github.nieuweroute.model.IndexList;
import io.github.nieuweroute.model.LoadAssessment;
import io.github.nieuweroute.model.Participant;
import io.github.nieuweroute.model.Situation;
import io.github.nieuweroute.model.SituationIndex;
import io.github.nieuweroute.source.Grounding;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** R-28, no more on a carer than they can carry. See {@link StandardRules#CARER_NOT_OVERLOADED}. */
final class CarerLoadRule extends StandardRule {

    CarerLoadRule() {
        super("R-28", Checkability.DIRECT, Grounding.OTHER_SOURCE, "004_5944939a3c113dbb.txt:1131-1150");
    }

    @Override
    public RuleResult check(Situation situation) {
        SituationIndex index = situation.index();
        boolean any = false;
        for (Participant p : situation.participants()) {
            any |= !p.loadAssessments().isEmpty();
        }
        if (!any) {
            return RuleResult.empty();
        }
        List<Violation> violations = new ArrayList<>();
        List<Exemption> exemptions = new ArrayList<>();
        SafetyCover cover = SafetyCover.of(situation);
        List<Agreement> agreements = situation.agreements();
        List<Decision> decisions = situation.decisions();
        for (int a = 0; a < agreements.size(); a++) {
            Decision decision = decisions.get(index.agreementDecision(a));
            IndexList performers = index.performers(a);
            for (int i = 0; i < performers.size(); i++) {
                int p = performers.get(i);
                if (!index.isOwnSide(p)) {
                    continue;
                }
                LoadAssessment standing = standing(index.participant(p).loadAssessments(), decision.date());
                if (standing != null && standing.balance().isFull()) {
                    Agreement agreement = agreements.get(a);
                    String carer = index.participantId(p);
                    Evidence.Builder evidence = Evidence.builder().agreement(agreement.id()).decision(decision.id())
                            .participant(carer);
                    violationOrExemption(violations, exemptions, cover.frameCovering(agreement.id(), decision.id()),
                            Severity.WARNING, evidence, "more-than-capacity", agreement.id(), carer, decision.id(),
                            decision.date(), standing.date(), standing.balance());
                }
            }
        }
        return RuleResult.of(violations, exemptions);
    }

    /**
     * Returns the assessment that stood on a day: the latest dated on or before it (on one day, the fullest, so that
     * the order of recording does not matter).
     */
    private static LoadAssessment standing(List<LoadAssessment> assessments, LocalDate day) {
        LoadAssessment standing = null;
        for (LoadAssessment a : assessments) {
            if (a.date().isAfter(day)) {
                continue;
            }
            if (standing == null || a.date().isAfter(standing.date()) || a.date().equals(standing.date())
                    && a.balance().compareTo(standing.balance()) > 0) {
                standing = a;
            }
        }
        return standing;
    }
}
