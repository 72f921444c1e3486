package io.github.nieuweroute.rule;

import io.github.nieuweroute.model.Agreement;
import io.github.nieuweroute.model.Decision;
import io.github.nieuweroute.model.FacilitatorRole;
import io.github.nieuweroute.model.PlanMeeting;
import io.github.nieuweroute.model.Situation;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * R-07, the facilitator is independent and stays out of the content. See
 * {@link StandardRules#INDEPENDENT_FACILITATOR}.
 */
final class FacilitatorRule extends StandardRule {

    FacilitatorRule() {
        super("R-07", Checkability.DIRECT, Grounding.DEFINED, "000_003bca9ac70bd78f.txt:266",
                "004_5944939a3c113dbb.txt:4439-4441", "000_003bca9ac70bd78f.txt:179-182");
    }

    @Override
    public RuleResult check(Situation situation) {
        Set<String> facilitators = new HashSet<>();
        for (PlanMeeting m : situation.meetings()) {
            m.facilitator().ifPresent(facilitators::add);
        }
        if (facilitators.isEmpty()) {
            return RuleResult.empty();
        }
        Map<String, TreeSet<String>> performs = new HashMap<>();
        for (Agreement a : situation.agreements()) {
            for (String p : a.performers()) {
                if (facilitators.contains(p)) {
                    performs.computeIfAbsent(p, k -> new TreeSet<>()).add(a.id());
                }
            }
        }
        Map<String, List<Decision>> decisionsByMeeting = new HashMap<>();
        for (Decision d : situation.decisions()) {
            d.meeting().ifPresent(m -> decisionsByMeeting.computeIfAbsent(m, k -> new ArrayList<>()).add(d));
        }
        List<Violation> violations = new ArrayList<>();
        for (PlanMeeting m : situation.meetings()) {
            if (m.facilitator().isEmpty()) {
                continue;
            }
            String f = m.facilitator().get();
            Optional<FacilitatorRole> role = situation.participant(f).flatMap(p -> p.facilitator());
            if (role.equals(Optional.of(FacilitatorRole.NOT_INDEPENDENT))) {
                violations.add(violation(Severity.ERROR, Evidence.builder().meeting(m.id()).participant(f),
                        "not-independent", m.id(), f));
            }
            TreeSet<String> agreements = performs.get(f);
            if (agreements != null) {
                Evidence.Builder evidence = Evidence.builder().meeting(m.id()).participant(f);
                agreements.stream().limit(EVIDENCE_CAP).forEach(evidence::agreement);
                violations.add(violation(Severity.ERROR, evidence, "facilitator-performs", m.id(), f,
                        agreements.size()));
            }
            for (Decision d : decisionsByMeeting.getOrDefault(m.id(), List.of())) {
                if (d.levelOf(f).isDeciding()) {
                    violations.add(violation(Severity.WARNING,
                            Evidence.builder().meeting(m.id()).participant(f).decision(d.id()),
                            "facilitator-co-decided", m.id(), f, d.id()));
                }
            }
        }
        return RuleResult.of(violations);
    }
}
