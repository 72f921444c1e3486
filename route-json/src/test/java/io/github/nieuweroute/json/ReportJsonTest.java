package io.github.nieuweroute.json;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.nieuweroute.model.Participant;
import io.github.nieuweroute.rule.Report;
import io.github.nieuweroute.rule.RuleSet;
import io.github.nieuweroute.seed.SeedCase;
import io.github.nieuweroute.seed.SeedCases;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class ReportJsonTest {

    private static final JsonMapper MAPPER = JsonMapper.builder().build();

    @Test
    void a_report_is_written_with_its_route_violations_and_evidence_ids() {
        Report report = RuleSet.standard().check(SeedCases.deVries().situation());
        JsonNode doc = MAPPER.readTree(RouteJson.create().writeReport(report));
        assertThat(doc.get("kind").asString()).isEqualTo("report");
        assertThat(doc.get("route").asString()).isEqualTo("old");
        assertThat(doc.get("violations").size()).isEqualTo(report.violations().size());
        JsonNode first = doc.get("violations").get(0);
        assertThat(first.get("rule").asString()).isEqualTo(report.violations().get(0).ruleId());
        assertThat(doc.get("decisions").get(0).get("reasons").toString()).contains("consent-is-not-co-decision");
        assertThat(doc.toString()).contains("\"requests\":[\"volunteer-request\"]");
    }

    @Test
    void report_json_is_deterministic_and_carries_no_names() {
        for (SeedCase seed : SeedCases.all()) {
            Report report = RuleSet.standard().check(seed.situation());
            String json = RouteJson.create().writeReport(report);
            assertThat(json).isEqualTo(RouteJson.create().writeReport(RuleSet.standard().check(seed.situation())));
            for (Participant p : seed.situation().participants()) {
                p.name().ifPresent(name -> assertThat(json).as(seed.key()).doesNotContain("\"" + name + "\""));
            }
        }
    }
}
