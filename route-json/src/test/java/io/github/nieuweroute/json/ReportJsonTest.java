package io.github.nieuweroute.json;

import static io.github.nieuweroute.json.JsonFixtures.JSON;
import static io.github.nieuweroute.json.JsonFixtures.goldenReport;
import static io.github.nieuweroute.json.JsonFixtures.reportSchemaErrors;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.nieuweroute.json.RouteJsonException.Problem;
import io.github.nieuweroute.model.InformationItem;
import io.github.nieuweroute.model.Participant;
import io.github.nieuweroute.route.RouteClassifier;
import io.github.nieuweroute.rule.Evidence;
import io.github.nieuweroute.rule.EvidenceKind;
import io.github.nieuweroute.rule.Exemption;
import io.github.nieuweroute.rule.ExemptionBasis;
import io.github.nieuweroute.rule.Language;
import io.github.nieuweroute.rule.Report;
import io.github.nieuweroute.rule.RuleSet;
import io.github.nieuweroute.rule.Severity;
import io.github.nieuweroute.rule.Violation;
import io.github.nieuweroute.seed.SeedCase;
import io.github.nieuweroute.seed.SeedCases;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;
import tools.jackson.databind.node.StringNode;

/** Reports in the JSON format: the golden reports of the seed cases are the specification, as for situations. */
class ReportJsonTest {

    private static final JsonMapper MAPPER = JsonMapper.builder().build();

    private static Report check(SeedCase seed) {
        return RuleSet.standard().check(seed.situation());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("io.github.nieuweroute.json.JsonFixtures#seedCases")
    void the_report_of_every_seed_case_is_written_as_its_golden_file(SeedCase seed) throws java.io.IOException {
        if (Boolean.getBoolean("golden.write")) {
            // -Dgolden.write=true rewrites the golden reports after a deliberate change of the rules or a seed case
            java.nio.file.Files.writeString(java.nio.file.Path.of("src/test/resources/golden/reports",
                    seed.key() + ".json"), JSON.writeReport(check(seed)), java.nio.charset.StandardCharsets.UTF_8);
        }
        assertThat(JSON.writeReport(check(seed))).isEqualTo(goldenReport(seed.key()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("io.github.nieuweroute.json.JsonFixtures#seedCases")
    void every_golden_report_reads_as_the_checked_report_and_writes_back_byte_identical(SeedCase seed) {
        String golden = goldenReport(seed.key());

        Report read = JSON.readReport(golden);

        assertThat(read).isEqualTo(check(seed));
        assertThat(read.render(Language.DUTCH)).isEqualTo(check(seed).render(Language.DUTCH));
        assertThat(JSON.writeReport(read)).isEqualTo(golden);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("io.github.nieuweroute.json.JsonFixtures#seedCases")
    void every_golden_report_validates_against_the_report_schema(SeedCase seed) {
        assertThat(reportSchemaErrors(goldenReport(seed.key()))).isEmpty();
    }

    @Test
    void a_report_is_written_with_its_route_violations_and_evidence_ids() {
        Report report = check(SeedCases.deVries());
        JsonNode doc = MAPPER.readTree(JSON.writeReport(report));

        assertThat(doc.get("kind").asString()).isEqualTo("report");
        assertThat(doc.get("route").asString()).isEqualTo("old");
        assertThat(doc.get("violations").size()).isEqualTo(report.violations().size());
        assertThat(doc.get("violations").get(0).get("rule").asString())
                .isEqualTo(report.violations().get(0).ruleId());
        assertThat(doc.get("decisions").get(0).get("reasons").toString()).contains("consent-is-not-co-decision");
        assertThat(doc.toString()).contains("\"requests\":[\"volunteer-request\"]");
    }

    @Test
    void report_json_carries_no_names() {
        for (SeedCase seed : SeedCases.all()) {
            String json = JSON.writeReport(check(seed));
            for (Participant p : seed.situation().participants()) {
                p.name().ifPresent(name -> assertThat(json).as(seed.key()).doesNotContain("\"" + name + "\""));
            }
        }
    }

    @Test
    void exemptions_round_trip_with_their_basis() {
        Report report = Report.of(RouteClassifier.classify(SeedCases.deVries().situation()),
                List.of(Violation.of("M-1", Severity.INFO, Evidence.builder().participant("gp").build(),
                        "municipality.note", "3")),
                List.of(Exemption.of("R-04", ExemptionBasis.SAFETY_FRAME, Evidence.builder()
                        .informationItem("i2").safetyFrame("frame").build(), "R-04.restricted-by-safety-frame",
                        "i2", "frame")));

        String json = JSON.writeReport(report);

        assertThat(json).contains("\"basis\": \"safety-frame\"", "\"safetyFrames\": [");
        assertThat(JSON.readReport(json)).isEqualTo(report);
        assertThat(reportSchemaErrors(json)).isEmpty();
    }

    @Test
    void reports_are_read_from_streams_and_files_and_written_to_them(@TempDir Path dir) {
        Report report = check(SeedCases.estherAndJeffrey());
        Path file = dir.resolve("report.json");

        JSON.writeReport(report, file);

        assertThat(JSON.readReport(file)).isEqualTo(report);
        assertThat(JSON.readReport(new ByteArrayInputStream(JSON.writeReport(report)
                .getBytes(StandardCharsets.UTF_8)))).isEqualTo(report);
        assertThat(new String(readAll(file), StandardCharsets.UTF_8)).isEqualTo(JSON.writeReport(report));
    }

    @Test
    void the_module_reads_and_writes_reports_as_the_facade_does() {
        JsonMapper mapper = JsonMapper.builder().addModule(new RouteJsonModule()).build();
        Report report = check(SeedCases.vanDalenAfter());

        String written = mapper.writeValueAsString(report);

        assertThat(written).isEqualTo(JSON.withPrettyPrinting(false).writeReport(report));
        assertThat(mapper.readValue(written, Report.class)).isEqualTo(report);
    }

    // -- bad input

    private static RouteJsonException readError(String document) {
        RouteJsonException e = catchThrowableOfType(RouteJsonException.class, () -> JSON.readReport(document));
        assertThat(e).as("reading must fail").isNotNull();
        return e;
    }

    /** The de-vries golden report with the value at the pointer replaced by a JSON value. */
    private static String edited(String pointer, String jsonValue) {
        JsonNode golden = JsonTrees.tree(goldenReport("de-vries"));
        return JsonTrees.text(JsonTrees.replace(golden, pointer, JsonTrees.tree(jsonValue)));
    }

    @ParameterizedTest(name = "{0} = {1}")
    @CsvSource(delimiter = '|', value = {
        "/formatVersion | 3 | UNSUPPORTED_VERSION | /formatVersion | true",
        "/violations/0/provenance | {\"grounding\":\"gospel\",\"sources\":[]} | INVALID_VALUE | /violations/0/provenance/grounding | true",
        "/kind | \"situation\" | INVALID_VALUE | /kind | true",
        "/route | \"new\" | INVALID_VALUE | /route | false",
        "/route | \"sideways\" | INVALID_VALUE | /route | true",
        "/periods/0/until | \"2016-01-01\" | INVALID_VALUE | /periods/0 | false",
        "/periods | [] | INVALID_VALUE | /periods | false",
        "/decisions/0/route | \"new\" | INVALID_MODEL | /decisions/0/route | false",
        "/decisions/0/reasons | [\"focus-person-co-decided\"] | INVALID_MODEL | /decisions/0/reasons | true",
        "/decisions/0/professionalDeciders | [\"gp\",\"gp\"] | DUPLICATE_ENTRY | /decisions/0/professionalDeciders/1 | true",
        "/decisions/0/date | \"2015-02-30\" | INVALID_VALUE | /decisions/0/date | false",
        "/violations/0/severity | \"fatal\" | INVALID_VALUE | /violations/0/severity | true",
        "/violations/0/rule | \"1-bad\" | INVALID_VALUE | /violations/0 | true",
        "/violations/0/messageKey | \"no spaces allowed\" | INVALID_VALUE | /violations/0 | true",
        "/violations/0/arguments | [1] | WRONG_TYPE | /violations/0/arguments/0 | true",
        "/violations/0/evidence | {\"people\":[\"gp\"]} | UNKNOWN_FIELD | /violations/0/evidence/people | true",
        "/violations/0/evidence | {\"participants\":[]} | INVALID_VALUE | /violations/0/evidence/participants | true",
        "/violations/0/evidence | {\"participants\":[\"not an id\"]} | INVALID_VALUE | /violations/0/evidence/participants | true",
        "/violations/0/evidence | {} | INVALID_VALUE | /violations/0/evidence | true",
        "/exemptions | {} | WRONG_TYPE | /exemptions | true",
    })
    void every_inconsistency_gets_the_typed_exception_with_its_pointer(String pointer, String value, Problem problem,
            String at, boolean schemaCatchesIt) {
        String document = edited(pointer, value);

        RouteJsonException e = readError(document);

        assertThat(e.problem()).as(e.getMessage()).isEqualTo(problem);
        assertThat(e.pointer()).as(e.getMessage()).isEqualTo(at);
        // a schema cannot compare values with each other (route with decisions) nor know calendars
        assertThat(reportSchemaErrors(document).isEmpty()).as("schema accepts " + pointer).isNotEqualTo(schemaCatchesIt);
    }

    @Test
    void a_missing_field_or_an_unknown_one_is_named() {
        ObjectNode golden = (ObjectNode) JsonTrees.tree(goldenReport("de-vries"));
        ObjectNode withoutViolations = golden.deepCopy();
        withoutViolations.remove("violations");
        ObjectNode withColour = golden.deepCopy();
        withColour.set("colour", StringNode.valueOf("blue"));

        RouteJsonException missing = readError(JsonTrees.text(withoutViolations));
        RouteJsonException unknown = readError(JsonTrees.text(withColour));

        assertThat(missing.problem()).isEqualTo(Problem.MISSING_FIELD);
        assertThat(missing.getMessage()).contains("'violations'");
        assertThat(unknown.problem()).isEqualTo(Problem.UNKNOWN_FIELD);
        assertThat(unknown.pointer()).isEqualTo("/colour");
        assertThat(JSON.withUnknownFieldsIgnored(true).readReport(JsonTrees.text(withColour)))
                .isEqualTo(check(SeedCases.deVries()));
    }

    @Test
    void a_situation_is_not_a_report_nor_a_report_a_situation() {
        RouteJsonException asReport = readError(JsonFixtures.golden("de-vries"));
        RouteJsonException asSituation = catchThrowableOfType(RouteJsonException.class,
                () -> JSON.readSituation(goldenReport("de-vries")));

        assertThat(asReport.problem()).isEqualTo(Problem.UNKNOWN_FIELD);
        assertThat(asReport.pointer()).isEqualTo("/id");
        // a report's format version is also a situation format version since situations have version 2
        assertThat(asSituation.problem()).isEqualTo(Problem.UNKNOWN_FIELD);
        assertThat(asSituation.pointer()).isNotEqualTo("/formatVersion").isNotEmpty();
    }

    @ParameterizedTest
    @MethodSource("io.github.nieuweroute.json.JsonFixtures#seedCases")
    void every_finding_says_where_its_rule_comes_from(SeedCase seed) {
        Report report = check(seed);
        String json = JSON.writeReport(report);

        for (var v : report.violations()) {
            var p = report.provenance(v.ruleId()).orElseThrow();
            assertThat(json).contains("\"grounding\": \"" + p.grounding().name().toLowerCase(java.util.Locale.ROOT)
                    .replace('_', '-') + "\"");
        }
        assertThat(json.split("\"provenance\"", -1)).hasSize(report.violations().size()
                + report.exemptions().size() + 1);
    }

    @ParameterizedTest
    @MethodSource("io.github.nieuweroute.json.JsonFixtures#seedCases")
    void a_version_1_report_without_provenance_still_reads(SeedCase seed) {
        String version1 = goldenReport(seed.key()).replace("\"formatVersion\": 2", "\"formatVersion\": 1")
                .replaceAll(",\\s*\"provenance\": \\{[^}]*\\}", "");
        assertThat(version1).doesNotContain("provenance");

        assertThat(JSON.readReport(version1)).isEqualTo(check(seed));
    }

    @Test
    void messages_never_echo_the_input() {
        String document = edited("/decisions/0/decision", "\"Mevrouw de Vries\"");

        RouteJsonException e = readError(document);

        assertThat(e.getMessage()).doesNotContain("Mevrouw");
        assertThat(e.pointer()).isEqualTo("/decisions/0");
    }

    private static byte[] readAll(Path file) {
        try {
            return Files.readAllBytes(file);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
