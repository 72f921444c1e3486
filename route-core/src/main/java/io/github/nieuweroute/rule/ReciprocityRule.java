package io.github.nieuweroute.rule;

import io.github.nieuweroute.internal.Positions;
import io.github.nieuweroute.model.Exchange;
import io.github.nieuweroute.model.Participant;
import io.github.nieuweroute.model.Situation;
import io.github.nieuweroute.model.Sphere;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/** R-09, factor 7 "Circulaire wederkerigheid". See {@link StandardRules#CIRCULAR_RECIPROCITY}. */
final class ReciprocityRule extends StandardRule {

    ReciprocityRule() {
        super("R-09", Checkability.PROXY, Grounding.TITLE_ONLY, "000_003bca9ac70bd78f.txt:164",
                "004_5944939a3c113dbb.txt:3667-3668", "001_efdc3dbc7d93ff68.txt:36", "000_003bca9ac70bd78f.txt:268");
    }

    @Override
    public RuleResult check(Situation situation) {
        Set<String> focus = new HashSet<>();
        for (Participant p : situation.focusPersons()) {
            focus.add(p.id());
        }
        TreeSet<String> received = new TreeSet<>();
        TreeSet<String> exchanged = new TreeSet<>();
        TreeSet<String> receivers = new TreeSet<>();
        TreeSet<String> involved = new TreeSet<>();
        boolean gives = false;
        Positions positions = Positions.of(situation);
        List<Exchange> exchanges = situation.exchanges();
        for (int x = 0; x < exchanges.size(); x++) {
            boolean fromFocus = positions.sphere(positions.giver(x)) == Sphere.FOCUS_PERSON;
            boolean toFocus = positions.sphere(positions.receiver(x)) == Sphere.FOCUS_PERSON;
            if (fromFocus == toFocus) {
                continue; // within the household, or between others
            }
            Exchange e = exchanges.get(x);
            exchanged.add(e.id());
            involved.add(fromFocus ? e.giver() : e.receiver());
            if (fromFocus) {
                gives = true;
            } else {
                received.add(e.id());
                receivers.add(e.receiver());
            }
        }
        if (received.isEmpty()) {
            return RuleResult.empty();
        }
        if (!gives) {
            Evidence.Builder evidence = Evidence.builder().participants(receivers);
            received.stream().limit(EVIDENCE_CAP).forEach(evidence::exchange);
            return RuleResult.of(List.of(violation(Severity.WARNING, evidence, "focus-person-only-receives",
                    receivers.size(), received.size())));
        }
        ExchangeGraph graph = ExchangeGraph.of(situation);
        for (String f : involved) {
            int household = 0;
            for (String g : focus) {
                if (graph.sameComponent(f, g)) {
                    household++;
                }
            }
            if (graph.componentSize(f) > household) {
                return RuleResult.empty(); // f's circle reaches someone outside the household
            }
        }
        Evidence.Builder evidence = Evidence.builder().participants(involved);
        exchanged.stream().limit(EVIDENCE_CAP).forEach(evidence::exchange);
        List<Violation> violations = new ArrayList<>();
        violations.add(violation(Severity.WARNING, evidence, "no-circle", involved.size(), graph.circleCount()));
        return RuleResult.of(violations);
    }
}
