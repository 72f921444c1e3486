package io.github.nieuweroute.rule;

import io.github.nieuweroute.model.IndexList;
import io.github.nieuweroute.model.SituationIndex;
import io.github.nieuweroute.model.PlanMeeting;
import io.github.nieuweroute.model.Situation;
import java.util.List;
import java.util.Optional;

/** R-04, factor 6 "Alle informatie met iedereen delen". See {@link StandardRules#INFORMATION_SHARED_WITH_ALL}. */
final class InformationSharedRule extends SharingRule {

    InformationSharedRule() {
        super("R-04", Checkability.DIRECT, Severity.ERROR, Optional.empty(), "000_003bca9ac70bd78f.txt:163",
                "001_efdc3dbc7d93ff68.txt:36", "000_003bca9ac70bd78f.txt:166");
    }

    /** Everyone who attended a plan meeting of the situation. */
    @Override
    SortedGroup group(Situation situation, SituationIndex index) {
        List<PlanMeeting> meetings = situation.meetings();
        int count = 0;
        for (int m = 0; m < meetings.size(); m++) {
            count += index.attended(m).size();
        }
        int[] attendees = new int[count];
        count = 0;
        for (int m = 0; m < meetings.size(); m++) {
            IndexList attended = index.attended(m);
            attended.copyInto(attendees, count);
            count += attended.size();
        }
        return SortedGroup.of(index, attendees, count);
    }
}
