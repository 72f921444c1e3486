package io.github.nieuweroute.rule;

import io.github.nieuweroute.model.Decision;
import io.github.nieuweroute.model.MeetingKind;
import io.github.nieuweroute.model.PlanMeeting;
import io.github.nieuweroute.model.Situation;
import io.github.nieuweroute.source.Grounding;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** R-26, the plan is decided in the plan meeting. See {@link StandardRules#PLAN_DECIDED_IN_PLAN_MEETING}. */
final class ConsultationDecisionRule extends StandardRule {

    ConsultationDecisionRule() {
        super("R-26", Checkability.PROXY, Grounding.TITLE_ONLY, "000_003bca9ac70bd78f.txt:133",
                "004_5944939a3c113dbb.txt:4336-4337", "003_e93a9ba200732857.txt:36");
    }

    @Override
    public RuleResult check(Situation situation) {
        Set<String> consultations = new HashSet<>();
        for (PlanMeeting m : situation.meetings()) {
            if (m.kind() == MeetingKind.MULTIDISCIPLINARY_CONSULTATION) {
                consultations.add(m.id());
            }
        }
        List<Violation> violations = new ArrayList<>();
        List<Exemption> exemptions = new ArrayList<>();
        if (consultations.isEmpty()) {
            return RuleResult.of(violations, exemptions);
        }
        SafetyCover cover = SafetyCover.of(situation);
        for (Decision d : situation.decisions()) {
            if (d.meeting().isEmpty() || !consultations.contains(d.meeting().get())) {
                continue;
            }
            int agreements = situation.agreementsOf(d.id()).size();
            if (agreements == 0) {
                continue;
            }
            Evidence.Builder evidence = Evidence.builder().decision(d.id()).meeting(d.meeting().get());
            violationOrExemption(violations, exemptions, cover.frameCovering(d.id()), Severity.WARNING, evidence,
                    "plan-decided-in-consultation", d.id(), d.meeting().get(), agreements);
        }
        return RuleResult.of(violations, exemptions);
    }
}
