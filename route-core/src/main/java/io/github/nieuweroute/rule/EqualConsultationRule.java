package io.github.nieuweroute.rule;

import io.github.nieuweroute.internal.Positions;
import io.github.nieuweroute.model.Decision;
import io.github.nieuweroute.model.MeetingKind;
import io.github.nieuweroute.model.PlanMeeting;
import io.github.nieuweroute.model.Situation;
import io.github.nieuweroute.source.Grounding;
import java.util.ArrayList;
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
        List<Decision> decisions = situation.decisions();
        // ownAttendee[p] == m + 1 when position p is of the own side and attended meeting m;
        // decided[p] == d + 1 when position p co-decided decision d
        int[] ownAttendee = new int[positions.size()];
        int[] decided = new int[positions.size()];
        for (int m = 0; m < meetings.size(); m++) {
            PlanMeeting meeting = meetings.get(m);
            int[] attended = positions.attended(m);
            // a multidisciplinary consultation is professionals only by its kind; R-26 reports what it decides
            if (meeting.kind() == MeetingKind.PLAN_MEETING && attended.length > 0
                    && Spheres.allProfessional(positions, attended)) {
                violations.add(violation(Severity.WARNING, Evidence.builder().meeting(meeting.id()),
                        "professionals-only", meeting.id(), attended.length));
            }
            if (positions.decisionsOf(m).length == 0) {
                continue;
            }
            int[] own = new int[attended.length];
            int size = 0;
            for (int p : attended) {
                if (positions.ownSide(p)) {
                    ownAttendee[p] = m + 1;
                    own[size++] = p;
                }
            }
            SortedGroup group = SortedGroup.ofDistinct(positions, own, size);
            for (int d : positions.decisionsOf(m)) {
                withoutSay(positions, decisions.get(d), d, meeting, group, ownAttendee, m + 1, decided, violations);
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
