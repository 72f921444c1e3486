package io.github.nieuweroute.rule;

import io.github.nieuweroute.internal.Positions;
import io.github.nieuweroute.model.Agreement;
import io.github.nieuweroute.model.Decision;
import io.github.nieuweroute.model.Request;
import io.github.nieuweroute.model.Situation;
import io.github.nieuweroute.source.Grounding;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

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
        Positions positions = Positions.of(situation);
        List<Decision> decisions = situation.decisions();
        List<Agreement> agreements = situation.agreements();
        // decided[p] == d + 1 exactly when position p co-decided decision d; carried likewise for the reverse pattern
        int[] decided = new int[positions.size()];
        int[] carried = new int[positions.size()];
        for (int d = 0; d < decisions.size(); d++) {
            int[] made = positions.agreementsOf(d);
            if (made.length == 0) {
                continue;
            }
            Decision decision = decisions.get(d);
            Spheres.markDeciders(positions, d, decided, d + 1);
            for (int a : made) {
                for (int performer : positions.performers(a)) {
                    if (positions.ownSide(performer) && decided[performer] != d + 1) {
                        performerWithoutSay(agreements.get(a), decision, positions.id(performer), cover, violations,
                                exemptions);
                    }
                }
            }
            reversePattern(positions, d, decision, agreements, decided, carried, cover).ifPresent(violations::add);
        }
        executionRequests(situation, positions, violations);
        return RuleResult.of(violations, exemptions);
    }

    private void performerWithoutSay(Agreement a, Decision d, String performer, SafetyCover cover,
            List<Violation> violations, List<Exemption> exemptions) {
        Evidence.Builder evidence = Evidence.builder().agreement(a.id()).participant(performer).decision(d.id());
        Optional<String> frame = cover.frameCovering(a.id(), d.id());
        if (frame.isPresent()) {
            exemptions.add(exemption(ExemptionBasis.SAFETY_FRAME, evidence.safetyFrame(frame.get()),
                    "performer-exempt", a.id(), performer, d.id(), frame.get()));
        } else {
            violations.add(violation(Severity.ERROR, evidence, "performer-did-not-co-decide", a.id(), performer,
                    d.id(), d.levelOf(performer)));
        }
    }

    /**
     * The deciders carry none of the execution of decision {@code d}, while focus or lifeworld non-deciders must.
     * {@code decided} marks the decision's co-deciders with {@code d + 1}.
     */
    private Optional<Violation> reversePattern(Positions positions, int d, Decision decision,
            List<Agreement> agreements, int[] decided, int[] carried, SafetyCover cover) {
        if (!Spheres.anyDecider(positions, d) || cover.frameCovering(decision.id()).isPresent()) {
            return Optional.empty();
        }
        int[] made = positions.agreementsOf(d);
        int madeToCarry = 0;
        for (int a : made) {
            for (int performer : positions.performers(a)) {
                if (decided[performer] == d + 1) {
                    return Optional.empty();
                }
                if (positions.ownSide(performer) && carried[performer] != d + 1) {
                    carried[performer] = d + 1;
                    madeToCarry++;
                }
            }
        }
        if (madeToCarry == 0) {
            return Optional.empty();
        }
        List<String> agreementIds = new ArrayList<>(made.length);
        for (int a : made) {
            agreementIds.add(agreements.get(a).id());
        }
        List<String> deciders = Spheres.deciders(positions, d);
        Evidence.Builder evidence = Evidence.builder().decision(decision.id()).participants(deciders)
                .addAll(EvidenceKind.AGREEMENT, agreementIds);
        return Optional.of(violation(Severity.ERROR, evidence, "deciders-do-not-execute", decision.id(),
                deciders.size(), madeToCarry));
    }

    /**
     * A request to help execute or volunteer, to someone of the focus person or lifeworld who had no say yet. The
     * first say is looked up only for those asked.
     */
    private void executionRequests(Situation situation, Positions positions, List<Violation> violations) {
        List<Request> requests = situation.requests();
        LocalDate[] firstSay = null;
        boolean[] asked = null;
        for (int r = 0; r < requests.size(); r++) {
            int to = positions.requestTo(r);
            if (requests.get(r).kind().asksForExecution() && positions.ownSide(to)) {
                if (asked == null) {
                    asked = new boolean[positions.size()];
                    firstSay = new LocalDate[positions.size()];
                }
                asked[to] = true;
            }
        }
        if (asked == null) {
            return;
        }
        List<Decision> decisions = situation.decisions();
        for (int d = 0; d < decisions.size(); d++) {
            int[] participants = positions.decisionParticipants(d);
            LocalDate date = decisions.get(d).date();
            for (int i = 0; i < participants.length; i++) {
                int p = participants[i];
                if (asked[p] && positions.deciding(d, i) && (firstSay[p] == null || date.isBefore(firstSay[p]))) {
                    firstSay[p] = date;
                }
            }
        }
        for (int k = 0; k < requests.size(); k++) {
            Request r = requests.get(k);
            int to = positions.requestTo(k);
            if (!r.kind().asksForExecution() || !positions.ownSide(to)) {
                continue;
            }
            LocalDate say = firstSay[to];
            if (say == null || say.isAfter(r.date())) {
                violations.add(violation(Severity.ERROR,
                        Evidence.builder().request(r.id()).participant(r.to()).participant(r.from()),
                        "execution-request-without-say", r.id(), r.to(), r.kind(), r.from()));
            }
        }
    }
}
