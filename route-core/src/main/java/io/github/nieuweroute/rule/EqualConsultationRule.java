package io.github.nieuweroute.rule;

import io.github.nieuweroute.model.IndexList;
import io.github.nieuweroute.model.SituationIndex;
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
        SituationIndex index = situation.index();
        List<PlanMeeting> meetings = situation.meetings();
        List<Decision> decisions = situation.decisions();
        // ownAttendee[p] == m + 1 when position p is of the own side and attended meeting m;
        // decided[p] == d + 1 when position p co-decided decision d
        int[] ownAttendee = new int[index.participantCount()];
        int[] decided = new int[index.participantCount()];
        for (int m = 0; m < meetings.size(); m++) {
            PlanMeeting meeting = meetings.get(m);
            IndexList attended = index.attended(m);
            // a multidisciplinary consultation is professionals only by its kind; R-26 reports what it decides
            if (meeting.kind() == MeetingKind.PLAN_MEETING && !attended.isEmpty()
                    && Spheres.allProfessional(index, attended)) {
                violations.add(violation(Severity.WARNING, Evidence.builder().meeting(meeting.id()),
                        "professionals-only", meeting.id(), attended.size()));
            }
            if (index.decisionsOf(m).isEmpty()) {
                continue;
            }
            int[] own = new int[attended.size()];
            int size = 0;
            for (int i = 0; i < attended.size(); i++) {
                int p = attended.get(i);
                if (index.isOwnSide(p)) {
                    ownAttendee[p] = m + 1;
                    own[size++] = p;
                }
            }
            SortedGroup group = SortedGroup.ofDistinct(index, own, size);
            IndexList taken = index.decisionsOf(m);
            for (int i = 0; i < taken.size(); i++) {
                int d = taken.get(i);
                withoutSay(index, decisions.get(d), d, meeting, group, ownAttendee, m + 1, decided, violations);
            }
        }
        return RuleResult.of(violations);
    }

    /** The own-side attendees of the meeting (marked {@code meetingStamp}) who did not co-decide decision d. */
    private void withoutSay(SituationIndex index, Decision decision, int d, PlanMeeting meeting, SortedGroup group,
            int[] ownAttendee, int meetingStamp, int[] decided, List<Violation> violations) {
        IndexList participants = index.decisionParticipants(d);
        int count = 0;
        for (int i = 0; i < participants.size(); i++) {
            if (index.coDecided(d, i)) {
                decided[participants.get(i)] = d + 1;
                if (ownAttendee[participants.get(i)] == meetingStamp) {
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
