package consumer;

import io.github.nieuweroute.json.RouteJson;
import io.github.nieuweroute.rule.Report;
import io.github.nieuweroute.rule.RuleSet;

/** What a consumer does: read a situation, check it, write the report. */
public final class Check {

    private Check() {}

    public static String check(String situation) {
        Report report = RuleSet.standard().check(RouteJson.create().readSituation(situation));
        return RouteJson.create().writeReport(report);
    }
}
