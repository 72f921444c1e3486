package io.github.nieuweroute.rule;

import io.github.nieuweroute.model.Decision;
import io.github.nieuweroute.model.MeetingPhase;
import io.github.nieuweroute.model.PlanMeeting;
import io.github.nieuweroute.model.Situation;
import io.github.nieuweroute.source.Grounding;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** R-08, factor 5 "Georganiseerde tegenspraak". See {@link StandardRules#ORGANISED_DISSENT}. */
final class OrganisedDissentRule extends StandardRule {

    OrganisedDissentRule() {
        super("R-08", Checkability.PROXY, Grounding.TITLE_ONLY, "000_003bca9ac70bd78f.txt:162",
                "000_003bca9ac70bd78f.txt:268");
    }

    @Override
    public RuleResult check(Situation situation) {
        Set<String> decisionMeetings = new HashSet<>();
        for (Decision d : situation.decisions()) {
            d.meeting().ifPresent(decisionMeetings::add);
        }
        List<Violation> violations = new ArrayList<>();
        for (PlanMeeting m : situation.meetings()) {
            boolean decides = decisionMeetings.contains(m.id()) || m.phases().contains(MeetingPhase.DECISION);
            if (decides && !m.phases().contains(MeetingPhase.DISSENT) && !objectedToAttended(m)) {
                violations.add(violation(Severity.WARNING, Evidence.builder().meeting(m.id()), "no-dissent", m.id()));
            }
        }
        return RuleResult.of(violations);
    }

    private static boolean objectedToAttended(PlanMeeting m) {
        for (String id : m.objectedTo()) {
            if (m.attended().contains(id)) {
                return true;
            }
        }
        return false;
    }
}
