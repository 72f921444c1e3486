package io.github.nieuweroute.rule;

import io.github.nieuweroute.model.IndexList;
import io.github.nieuweroute.model.SituationIndex;
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
        SituationIndex index = situation.index();
        List<Decision> decisions = situation.decisions();
        List<Agreement> agreements = situation.agreements();
        // decided[p] == d + 1 exactly when position p co-decided decision d; carried likewise for the reverse pattern
        int[] decided = new int[index.participantCount()];
        int[] carried = new int[index.participantCount()];
        for (int d = 0; d < decisions.size(); d++) {
            IndexList made = index.agreementsOf(d);
            if (made.size() == 0) {
                continue;
            }
            Decision decision = decisions.get(d);
            Spheres.markDeciders(index, d, decided, d + 1);
            for (int j = 0; j < made.size(); j++) {
                int a = made.get(j);
                IndexList performers = index.performers(a);
                for (int i = 0; i < performers.size(); i++) {
                    int performer = performers.get(i);
                    if (index.isOwnSide(performer) && decided[performer] != d + 1) {
                        performerWithoutSay(agreements.get(a), decision, index.participantId(performer), cover, violations,
                                exemptions);
                    }
                }
            }
            reversePattern(index, d, decision, agreements, decided, carried, cover).ifPresent(violations::add);
        }
        executionRequests(situation, index, violations);
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
    private Optional<Violation> reversePattern(SituationIndex index, int d, Decision decision,
            List<Agreement> agreements, int[] decided, int[] carried, SafetyCover cover) {
        if (!Spheres.anyDecider(index, d) || cover.frameCovering(decision.id()).isPresent()) {
            return Optional.empty();
        }
        IndexList made = index.agreementsOf(d);
        int madeToCarry = 0;
        for (int j = 0; j < made.size(); j++) {
            int a = made.get(j);
            IndexList performers = index.performers(a);
            for (int i = 0; i < performers.size(); i++) {
                int performer = performers.get(i);
                if (decided[performer] == d + 1) {
                    return Optional.empty();
                }
                if (index.isOwnSide(performer) && carried[performer] != d + 1) {
                    carried[performer] = d + 1;
                    madeToCarry++;
                }
            }
        }
        if (madeToCarry == 0) {
            return Optional.empty();
        }
        List<String> agreementIds = new ArrayList<>(made.size());
        for (int j = 0; j < made.size(); j++) {
            int a = made.get(j);
            agreementIds.add(agreements.get(a).id());
        }
        List<String> deciders = Spheres.deciders(index, d);
        Evidence.Builder evidence = Evidence.builder().decision(decision.id()).participants(deciders)
                .addAll(EvidenceKind.AGREEMENT, agreementIds);
        return Optional.of(violation(Severity.ERROR, evidence, "deciders-do-not-execute", decision.id(),
                deciders.size(), madeToCarry));
    }

    /**
     * A request to help execute or volunteer, to someone of the focus person or lifeworld who had no say yet. The
     * first say is looked up only for those asked.
     */
    private void executionRequests(Situation situation, SituationIndex index, List<Violation> violations) {
        List<Request> requests = situation.requests();
        LocalDate[] firstSay = null;
        boolean[] asked = null;
        for (int r = 0; r < requests.size(); r++) {
            int to = index.requestTo(r);
            if (requests.get(r).kind().asksForExecution() && index.isOwnSide(to)) {
                if (asked == null) {
                    asked = new boolean[index.participantCount()];
                    firstSay = new LocalDate[index.participantCount()];
                }
                asked[to] = true;
            }
        }
        if (asked == null) {
            return;
        }
        List<Decision> decisions = situation.decisions();
        for (int d = 0; d < decisions.size(); d++) {
            IndexList participants = index.decisionParticipants(d);
            LocalDate date = decisions.get(d).date();
            for (int i = 0; i < participants.size(); i++) {
                int p = participants.get(i);
                if (asked[p] && index.coDecided(d, i) && (firstSay[p] == null || date.isBefore(firstSay[p]))) {
                    firstSay[p] = date;
                }
            }
        }
        for (int k = 0; k < requests.size(); k++) {
            Request r = requests.get(k);
            int to = index.requestTo(k);
            if (!r.kind().asksForExecution() || !index.isOwnSide(to)) {
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
