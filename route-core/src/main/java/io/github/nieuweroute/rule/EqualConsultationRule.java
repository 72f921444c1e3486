package io.github.nieuweroute.rule;

import io.github.nieuweroute.model.Decision;
import io.github.nieuweroute.model.ParticipationLevel;
import io.github.nieuweroute.model.PlanMeeting;
import io.github.nieuweroute.model.Situation;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** R-21, factor 2 "Een meer gelijkwaardig overleg". See {@link StandardRules#MORE_EQUAL_CONSULTATION}. */
final class EqualConsultationRule extends StandardRule {

    EqualConsultationRule() {
        super("R-21", Checkability.PROXY, Grounding.TITLE_ONLY, "000_003bca9ac70bd78f.txt:158",
                "001_efdc3dbc7d93ff68.txt:27", "001_efdc3dbc7d93ff68.txt:36", "004_5944939a3c113dbb.txt:3659-3662");
    }

    @Override
    public RuleResult check(Situation situation) {
        List<Violation> violations = new ArrayList<>();
        Map<String, SortedGroup> ownSideAttendees = new HashMap<>();
        for (PlanMeeting m : situation.meetings()) {
            List<String> own = new ArrayList<>();
            for (String id : m.attended()) {
                if (Spheres.ownSide(situation.sphereOf(id))) {
                    own.add(id);
                }
            }
            ownSideAttendees.put(m.id(), new SortedGroup(own));
            if (!m.attended().isEmpty() && Spheres.allProfessional(situation, m.attended())) {
                violations.add(violation(Severity.WARNING, Evidence.builder().meeting(m.id()), "professionals-only",
                        m.id(), m.attended().size()));
            }
        }
        for (Decision d : situation.decisions()) {
            if (d.meeting().isEmpty()) {
                continue;
            }
            SortedGroup group = ownSideAttendees.get(d.meeting().get());
            int decided = 0;
            for (Map.Entry<String, ParticipationLevel> e : d.participation().entrySet()) {
                if (e.getValue().isDeciding() && group.contains(e.getKey())) {
                    decided++;
                }
            }
            int withoutSay = group.size() - decided;
            if (withoutSay > 0) {
                Evidence.Builder evidence = Evidence.builder().decision(d.id()).meeting(d.meeting().get())
                        .participants(group.firstMissing(id -> d.levelOf(id).isDeciding(), EVIDENCE_CAP));
                violations.add(violation(Severity.WARNING, evidence, "present-without-say", d.id(),
                        d.meeting().get(), withoutSay, group.size()));
            }
        }
        return RuleResult.of(violations);
    }
}
