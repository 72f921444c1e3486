package io.github.nieuweroute.rule;

import io.github.nieuweroute.internal.Positions;
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
    SortedGroup group(Situation situation, Positions positions) {
        List<PlanMeeting> meetings = situation.meetings();
        int count = 0;
        for (int m = 0; m < meetings.size(); m++) {
            count += positions.attended(m).length;
        }
        int[] attendees = new int[count];
        count = 0;
        for (int m = 0; m < meetings.size(); m++) {
            int[] attended = positions.attended(m);
            System.arraycopy(attended, 0, attendees, count, attended.length);
            count += attended.length;
        }
        return SortedGroup.of(positions, attendees, count);
    }
}
