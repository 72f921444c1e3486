package io.github.nieuweroute.rule;

import io.github.nieuweroute.internal.IdTable;
import io.github.nieuweroute.model.Agreement;
import io.github.nieuweroute.model.Decision;
import io.github.nieuweroute.model.ParticipationLevel;
import io.github.nieuweroute.model.Request;
import io.github.nieuweroute.model.Situation;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * R-01, factor 1 "Regie en verantwoordelijkheid zijn gekoppeld" (regie and responsibility are coupled). See
 * {@link StandardRules#REGIE_COUPLED_TO_RESPONSIBILITY}.
 */
final class RegieRule extends StandardRule {

    RegieRule() {
        super("R-01", Checkability.DIRECT, Grounding.DEFINED, "000_003bca9ac70bd78f.txt:155",
                "000_003bca9ac70bd78f.txt:43", "000_003bca9ac70bd78f.txt:45", "003_e93a9ba200732857.txt:32",
                "003_e93a9ba200732857.txt:36", "000_003bca9ac70bd78f.txt:207", "000_003bca9ac70bd78f.txt:239",
                "001_efdc3dbc7d93ff68.txt:44");
    }

    @Override
    public RuleResult check(Situation situation) {
        List<Violation> violations = new ArrayList<>();
        List<Exemption> exemptions = new ArrayList<>();
        SafetyCover cover = SafetyCover.of(situation);
        Map<String, List<Agreement>> byDecision = new HashMap<>();
        for (Agreement a : situation.agreements()) {
            byDecision.computeIfAbsent(a.decision(), k -> new ArrayList<>()).add(a);
            Decision d = situation.decision(a.decision()).orElseThrow();
            for (String performer : a.performers()) {
                if (!Spheres.ownSide(situation.sphereOf(performer)) || d.levelOf(performer).isDeciding()) {
                    continue;
                }
                Evidence.Builder evidence = Evidence.builder().agreement(a.id()).participant(performer)
                        .decision(d.id());
                Optional<String> frame = cover.frameCovering(a.id(), d.id());
                if (frame.isPresent()) {
                    exemptions.add(exemption(ExemptionBasis.SAFETY_FRAME, evidence.safetyFrame(frame.get()),
                            "performer-exempt", a.id(), performer, d.id(), frame.get()));
                } else {
                    violations.add(violation(Severity.ERROR, evidence, "performer-did-not-co-decide", a.id(),
                            performer, d.id(), d.levelOf(performer)));
                }
            }
        }
        for (Map.Entry<String, List<Agreement>> e : byDecision.entrySet()) {
            Decision d = situation.decision(e.getKey()).orElseThrow();
            reversePattern(situation, d, e.getValue(), cover).ifPresent(violations::add);
        }
        executionRequests(situation, violations);
        return RuleResult.of(violations, exemptions);
    }

    /** The deciders carry none of the execution of a decision, while focus or lifeworld non-deciders must. */
    private Optional<Violation> reversePattern(Situation situation, Decision d, List<Agreement> agreements,
            SafetyCover cover) {
        if (!Spheres.anyDecider(d) || cover.frameCovering(d.id()).isPresent()) {
            return Optional.empty();
        }
        Set<String> madeToCarry = new HashSet<>();
        List<String> agreementIds = new ArrayList<>(agreements.size());
        for (Agreement a : agreements) {
            agreementIds.add(a.id());
            for (String performer : a.performers()) {
                if (d.levelOf(performer).isDeciding()) {
                    return Optional.empty();
                }
                if (Spheres.ownSide(situation.sphereOf(performer))) {
                    madeToCarry.add(performer);
                }
            }
        }
        if (madeToCarry.isEmpty()) {
            return Optional.empty();
        }
        List<String> deciders = Spheres.deciders(d);
        Evidence.Builder evidence = Evidence.builder().decision(d.id()).participants(deciders)
                .addAll(EvidenceKind.AGREEMENT, agreementIds);
        return Optional.of(violation(Severity.ERROR, evidence, "deciders-do-not-execute", d.id(), deciders.size(),
                madeToCarry.size()));
    }

    /**
     * A request to help execute or volunteer, to someone of the focus person or lifeworld who had no say yet. Only
     * the first say of those asked is looked up, so the table is as large as the requests, not as the participants.
     */
    private void executionRequests(Situation situation, List<Violation> violations) {
        List<Request> asks = new ArrayList<>();
        IdTable asked = new IdTable(16);
        for (Request r : situation.requests()) {
            if (r.kind().asksForExecution() && Spheres.ownSide(situation.sphereOf(r.to()))) {
                asks.add(r);
                asked.add(r.to());
            }
        }
        if (asks.isEmpty()) {
            return;
        }
        LocalDate[] firstSay = new LocalDate[asked.size()];
        for (Decision d : situation.decisions()) {
            for (Map.Entry<String, ParticipationLevel> e : d.participation().entrySet()) {
                int k = e.getValue().isDeciding() ? asked.find(e.getKey()) : -1;
                if (k >= 0 && (firstSay[k] == null || d.date().isBefore(firstSay[k]))) {
                    firstSay[k] = d.date();
                }
            }
        }
        for (Request r : asks) {
            LocalDate say = firstSay[asked.find(r.to())];
            if (say == null || say.isAfter(r.date())) {
                violations.add(violation(Severity.ERROR,
                        Evidence.builder().request(r.id()).participant(r.to()).participant(r.from()),
                        "execution-request-without-say", r.id(), r.to(), r.kind(), r.from()));
            }
        }
    }
}
