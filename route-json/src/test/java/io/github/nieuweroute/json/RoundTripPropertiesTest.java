package io.github.nieuweroute.json;

import static io.github.nieuweroute.json.JsonFixtures.JSON;
import static io.github.nieuweroute.json.JsonFixtures.reportSchemaErrors;
import static io.github.nieuweroute.json.JsonFixtures.schemaErrors;
import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.lists;

import io.github.nieuweroute.model.Situation;
import io.github.nieuweroute.rule.Report;
import io.github.nieuweroute.rule.RuleSet;
import io.github.nieuweroute.testing.Generators;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import tools.jackson.databind.json.JsonMapper;

/** Round trips over the core's shared generator of valid situations, enriched with hard-to-encode text. */
class RoundTripPropertiesTest {

    private static final RouteJson COMPACT = JSON.withPrettyPrinting(false);
    private static final JsonMapper MAPPER = JsonMapper.builder().addModule(new RouteJsonModule()).build();

    private static Gen<Situation> situations() {
        return JsonGenerators.situations();
    }

    @Test
    void reading_what_was_written_gives_an_equal_situation() {
        qt().withExamples(300).forAll(situations()).checkAssert(s -> {
            assertThat(JSON.readSituation(JSON.writeSituation(s))).isEqualTo(s);
            assertThat(COMPACT.readSituation(COMPACT.writeSituationBytes(s))).isEqualTo(s);
        });
    }

    @Test
    void the_shared_generator_round_trips_unchanged() {
        qt().withExamples(300).forAll(Generators.situations()).checkAssert(s ->
                assertThat(JSON.readSituation(JSON.writeSituation(s))).isEqualTo(s));
    }

    @Test
    void writing_is_deterministic_and_canonical() {
        qt().withExamples(300).forAll(situations()).checkAssert(s -> {
            byte[] first = JSON.writeSituationBytes(s);

            assertThat(JSON.writeSituationBytes(s)).isEqualTo(first);
            assertThat(JSON.writeSituationBytes(JSON.readSituation(first))).isEqualTo(first);
        });
    }

    @Test
    void everything_written_validates_against_the_schema() {
        qt().withExamples(150).forAll(situations()).checkAssert(s -> {
            assertThat(schemaErrors(JSON.writeSituation(s))).isEmpty();
            assertThat(schemaErrors(COMPACT.writeSituation(s))).isEmpty();
        });
    }

    @Test
    void the_module_and_the_facade_write_the_same_compact_document() {
        qt().withExamples(200).forAll(situations()).checkAssert(s ->
                assertThat(MAPPER.writeValueAsString(s)).isEqualTo(COMPACT.writeSituation(s)));
    }

    @Test
    void a_cohort_round_trips_through_ndjson() {
        qt().withExamples(30).forAll(lists().of(situations()).ofSizeBetween(0, 20)).checkAssert(cohort -> {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            try (CohortWriter writer = JSON.writeCohort(out)) {
                cohort.forEach(writer::write);
            }
            List<Situation> read = new ArrayList<>();
            try (CohortReader reader = JSON.readCohort(new ByteArrayInputStream(out.toByteArray()))) {
                reader.forEachRemaining(read::add);
            }

            assertThat(read).isEqualTo(cohort);
        });
    }

    // -- reports

    private static Gen<Report> reports() {
        return situations().map(s -> RuleSet.standard().check(s));
    }

    @Test
    void reading_a_written_report_gives_an_equal_report() {
        qt().withExamples(300).forAll(reports()).checkAssert(r -> {
            assertThat(JSON.readReport(JSON.writeReport(r))).isEqualTo(r);
            assertThat(COMPACT.readReport(COMPACT.writeReport(r))).isEqualTo(r);
        });
    }

    @Test
    void writing_a_report_is_deterministic_and_canonical() {
        qt().withExamples(200).forAll(reports()).checkAssert(r -> {
            String first = JSON.writeReport(r);

            assertThat(JSON.writeReport(r)).isEqualTo(first);
            assertThat(JSON.writeReport(JSON.readReport(first))).isEqualTo(first);
        });
    }

    @Test
    void every_written_report_validates_against_the_report_schema() {
        qt().withExamples(150).forAll(reports()).checkAssert(r ->
                assertThat(reportSchemaErrors(JSON.writeReport(r))).isEmpty());
    }

    @Test
    void the_module_and_the_facade_write_the_same_compact_report() {
        qt().withExamples(100).forAll(reports()).checkAssert(r ->
                assertThat(MAPPER.writeValueAsString(r)).isEqualTo(COMPACT.writeReport(r)));
    }

    @Test
    void the_generated_reports_include_violations_exemptions_and_every_route() {
        java.util.Set<io.github.nieuweroute.route.Route> routes = java.util.EnumSet.noneOf(
                io.github.nieuweroute.route.Route.class);
        int[] findings = new int[2];
        qt().withExamples(300).forAll(reports()).checkAssert(r -> {
            routes.add(r.route());
            findings[0] += r.violations().size();
            findings[1] += r.exemptions().size();
        });

        assertThat(routes).as("the properties above cover every route").hasSize(4);
        assertThat(findings[0]).isPositive();
        assertThat(findings[1]).as("and recorded exemptions").isPositive();
    }
}
