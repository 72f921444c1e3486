package io.github.nieuweroute.rule;

import io.github.nieuweroute.internal.Positions;
import io.github.nieuweroute.model.Decision;
import io.github.nieuweroute.model.PlanMeeting;
import io.github.nieuweroute.model.Situation;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** R-21, factor 2 "Een meer gelijkwaardig overleg". See {@link StandardRules#MORE_EQUAL_CONSULTATION}. */
final class EqualConsultationRule extends StandardRule {

    EqualConsultationRule() {
        super("R-21", Checkability.PROXY, Grounding.TITLE_ONLY, "000_003bca9ac70bd78f.txt:158",
                "001_efdc3dbc7d93ff68.txt:27", "001_efdc3dbc7d93ff68.txt:36", "004_5944939a3c113dbb.txt:3659-3662");
    }

    @Override
    public RuleResult check(Situation situation) {
        List<Violation> violations = new ArrayList<>();
        Positions positions = Positions.of(situation);
        List<PlanMeeting> meetings = situation.meetings();
        for (int m = 0; m < meetings.size(); m++) {
            PlanMeeting meeting = meetings.get(m);
            int[] attended = positions.attended(m);
            if (attended.length > 0 && Spheres.allProfessional(positions, attended)) {
                violations.add(violation(Severity.WARNING, Evidence.builder().meeting(meeting.id()),
                        "professionals-only", meeting.id(), attended.length));
            }
        }
        // the decisions taken in a meeting, grouped by the meeting's index in linear time
        List<Decision> decisions = situation.decisions();
        int[] meetingOf = new int[decisions.size()];
        int[] perMeeting = new int[meetings.size() + 1];
        for (int d = 0; d < decisions.size(); d++) {
            meetingOf[d] = positions.decisionMeeting(d);
            if (meetingOf[d] >= 0) {
                perMeeting[meetingOf[d] + 1]++;
            }
        }
        for (int m = 0; m < meetings.size(); m++) {
            perMeeting[m + 1] += perMeeting[m];
        }
        int[] byMeeting = new int[perMeeting[meetings.size()]];
        int[] fill = Arrays.copyOf(perMeeting, meetings.size());
        for (int d = 0; d < decisions.size(); d++) {
            if (meetingOf[d] >= 0) {
                byMeeting[fill[meetingOf[d]]++] = d;
            }
        }
        // ownAttendee[p] == m + 1 when position p is of the own side and attended meeting m; decided likewise per decision
        int[] ownAttendee = new int[positions.size()];
        int[] decided = new int[positions.size()];
        for (int m = 0; m < meetings.size(); m++) {
            if (perMeeting[m] == perMeeting[m + 1]) {
                continue;
            }
            int[] own = new int[positions.attended(m).length];
            int size = 0;
            for (int p : positions.attended(m)) {
                if (positions.ownSide(p)) {
                    ownAttendee[p] = m + 1;
                    own[size++] = p;
                }
            }
            SortedGroup group = SortedGroup.ofDistinct(positions, own, size);
            for (int k = perMeeting[m]; k < perMeeting[m + 1]; k++) {
                withoutSay(positions, decisions.get(byMeeting[k]), byMeeting[k], meetings.get(m), group,
                        ownAttendee, m + 1, decided, violations);
            }
        }
        return RuleResult.of(violations);
    }

    /** The own-side attendees of the meeting (marked {@code meetingStamp}) who did not co-decide decision d. */
    private void withoutSay(Positions positions, Decision decision, int d, PlanMeeting meeting, SortedGroup group,
            int[] ownAttendee, int meetingStamp, int[] decided, List<Violation> violations) {
        int[] participants = positions.decisionParticipants(d);
        int count = 0;
        for (int i = 0; i < participants.length; i++) {
            if (positions.deciding(d, i)) {
                decided[participants[i]] = d + 1;
                if (ownAttendee[participants[i]] == meetingStamp) {
                    count++;
                }
            }
        }
        int withoutSay = group.size() - count;
        if (withoutSay > 0) {
            Evidence.Builder evidence = Evidence.builder().decision(decision.id()).meeting(meeting.id())
                    .participants(group.firstMissing(p -> decided[p] == d + 1, EVIDENCE_CAP));
            violations.add(violation(Severity.WARNING, evidence, "present-without-say", decision.id(), meeting.id(),
                    withoutSay, group.size()));
        }
    }
}
