package io.github.nieuweroute.rule;

import io.github.nieuweroute.model.IndexList;
import io.github.nieuweroute.model.SituationIndex;
import io.github.nieuweroute.model.Circle;
import io.github.nieuweroute.model.MeetingKind;
import io.github.nieuweroute.model.NetworkQuestionForm;
import io.github.nieuweroute.model.Participant;
import io.github.nieuweroute.model.PlanMeeting;
import io.github.nieuweroute.model.Question;
import io.github.nieuweroute.model.Situation;
import io.github.nieuweroute.source.Grounding;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** R-03, factor 11 "Alle betrokkenen rond de situatie". See {@link StandardRules#ALL_INVOLVED}. */
final class AllInvolvedRule extends StandardRule {

    AllInvolvedRule() {
        super("R-03", Checkability.DIRECT, Grounding.TITLE_ONLY, "000_003bca9ac70bd78f.txt:169",
                "001_efdc3dbc7d93ff68.txt:9", "001_efdc3dbc7d93ff68.txt:30", "003_e93a9ba200732857.txt:32",
                "003_e93a9ba200732857.txt:36", "000_003bca9ac70bd78f.txt:266");
    }

    @Override
    public RuleResult check(Situation situation) {
        List<Violation> violations = new ArrayList<>();
        for (Question q : situation.questions()) {
            if (q.form().equals(Optional.of(NetworkQuestionForm.WHO_CAN_HELP))) {
                violations.add(violation(Severity.ERROR, Evidence.builder().add(EvidenceKind.QUESTION, q.id()),
                        "who-can-help-question", q.id()));
            }
        }
        SituationIndex index = situation.index();
        List<PlanMeeting> meetings = situation.meetings();
        for (int k = 0; k < meetings.size(); k++) {
            PlanMeeting m = meetings.get(k);
            // a professionals' consultation is not where the network is expected (R-26 reports what it decides)
            if (m.kind() == MeetingKind.PLAN_MEETING && !reachesWiderCircle(index, index.attended(k))
                    && !reachesWiderCircle(situation, m.invited())) {
                violations.add(violation(Severity.WARNING, Evidence.builder().meeting(m.id()), "no-wider-circle",
                        m.id()));
            }
        }
        return RuleResult.of(violations);
    }

    private static boolean reachesWiderCircle(SituationIndex index, IndexList participants) {
        for (int i = 0; i < participants.size(); i++) {
            if (widerCircle(index.participant(participants.get(i)))) {
                return true;
            }
        }
        return false;
    }

    private static boolean widerCircle(Participant p) {
        return p.isLifeworld() && p.relation().map(r -> r.circle() == Circle.WIDER).orElse(false);
    }

    private static boolean reachesWiderCircle(Situation situation, Iterable<String> ids) {
        for (String id : ids) {
            Optional<Participant> p = situation.participant(id);
            if (p.isPresent() && widerCircle(p.get())) {
                return true;
            }
        }
        return false;
    }
}
