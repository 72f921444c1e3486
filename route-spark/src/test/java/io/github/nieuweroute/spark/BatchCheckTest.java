package io.github.nieuweroute.spark;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.nieuweroute.json.RouteJson;
import io.github.nieuweroute.model.Situation;
import io.github.nieuweroute.rule.Report;
import io.github.nieuweroute.rule.RuleSet;
import io.github.nieuweroute.rule.Violation;
import io.github.nieuweroute.seed.SeedCase;
import io.github.nieuweroute.seed.SeedCases;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BatchCheckTest {

    private static SparkSession spark;
    @TempDir
    static Path dir;
    private static Path input;
    private static List<Situation> situations;

    @BeforeAll
    static void start() throws IOException {
        spark = LocalSpark.start("BatchCheckTest");
        situations = SeedCases.all().stream().map(SeedCase::situation).collect(Collectors.toList());
        input = dir.resolve("situations.ndjson");
        Files.write(input, ndjson(situations), StandardCharsets.UTF_8);
    }

    @AfterAll
    static void stop() {
        spark.stop();
    }

    /** The seed cases, one per line, with five bad lines among them (lines 2, 4, 6, 7 and 9). */
    static List<String> ndjson(List<Situation> situations) {
        RouteJson json = RouteJson.create().withPrettyPrinting(false);
        List<String> lines = new ArrayList<>();
        for (Situation s : situations) {
            lines.add(json.writeSituation(s));
        }
        lines.add(1, "{\"formatVersion\": 1, \"id\": ");                                    // truncated
        lines.add(3, "");                                                                 // blank
        lines.add(5, lines.get(0).replace("\"participants\"", "\"nickname\":\"x\",\"participants\""));
        lines.add(6, "{\"formatVersion\": 99, \"id\": \"future\"}");                    // unsupported version
        lines.add(8, lines.get(0).replace("\"formatVersion\":2", "\"formatVersion\":\"2\""));   // wrong type
        return lines;
    }

    private static String key(Row r) {
        return r.getLong(0) + "|" + r.getString(1) + "|" + r.getString(2) + "|" + r.getString(3) + "|"
                + r.getString(4) + "|" + r.get(5) + "|" + r.getString(6) + "|" + r.getString(7);
    }

    @Test
    void every_line_becomes_rows_and_bad_lines_carry_their_line_number_problem_and_pointer() {
        List<Row> rows = BatchCheck.check(spark, input.toString()).collectAsList();
        int lines = situations.size() + 5;

        assertThat(rows.stream().map(r -> r.getLong(0)).distinct().sorted().collect(Collectors.toList()))
                .containsExactlyElementsOf(java.util.stream.LongStream.rangeClosed(1, lines).boxed()
                        .collect(Collectors.toList()));
        Map<Long, String> errors = new TreeMap<>();
        for (Row r : rows) {
            if (r.getString(6) != null) {
                assertThat(r.getString(1)).isNull();
                assertThat(r.get(5)).isNull();
                errors.put(r.getLong(0), r.getString(6) + " at '" + r.getString(7) + "'");
            }
        }
        assertThat(errors).containsExactly(
                Map.entry(2L, "malformed-json at '/id'"),
                Map.entry(4L, "malformed-json at ''"),
                Map.entry(6L, "unknown-field at '/nickname'"),
                Map.entry(7L, "unsupported-version at '/formatVersion'"),
                Map.entry(9L, "wrong-type at '/formatVersion'"));
    }

    @Test
    void the_counts_per_rule_and_severity_are_those_of_a_plain_rule_set_loop() {
        List<String> expected = new ArrayList<>();
        RuleSet rules = RuleSet.standard();
        long[] lineOf = {1, 3, 5, 8, 10, 11};
        for (int i = 0; i < situations.size(); i++) {
            Report report = rules.check(situations.get(i));
            Map<String, Integer> counts = new TreeMap<>();
            for (Violation v : report.violations()) {
                counts.merge(v.ruleId() + "|" + BatchCheck.code(v.severity()), 1, Integer::sum);
            }
            String prefix = lineOf[i] + "|" + situations.get(i).id() + "|" + BatchCheck.code(report.route()) + "|";
            if (counts.isEmpty()) {
                expected.add(prefix + "null|null|0|null|null");
            }
            counts.forEach((k, n) -> expected.add(prefix + k + "|" + n + "|null|null"));
        }

        List<String> actual = BatchCheck.check(spark, input.toString()).filter("error_code is null")
                .collectAsList().stream().map(BatchCheckTest::key).collect(Collectors.toList());

        assertThat(situations).hasSize(6);
        assertThat(actual).containsExactlyElementsOf(expected);
        assertThat(actual).anyMatch(s -> s.contains("|error|")).anyMatch(s -> s.contains("|new|"));
    }

    @Test
    void the_table_written_as_parquet_and_as_csv_reads_back_the_same() {
        Dataset<Row> table = BatchCheck.check(spark, input.toString()).cache();
        String parquet = dir.resolve("parquet").toString();
        String csv = dir.resolve("csv").toString();
        table.write().parquet(parquet);
        table.coalesce(1).write().option("header", "true").csv(csv);

        List<String> original = table.collectAsList().stream().map(BatchCheckTest::key).sorted()
                .collect(Collectors.toList());
        List<String> fromParquet = spark.read().parquet(parquet).collectAsList().stream().map(BatchCheckTest::key)
                .sorted().collect(Collectors.toList());
        Dataset<Row> fromCsv = spark.read().option("header", "true").schema(BatchCheck.SCHEMA).csv(csv);

        assertThat(fromParquet).isEqualTo(original);
        assertThat(fromCsv.count()).isEqualTo(original.size());
        assertThat(fromCsv.filter("error_code = 'unknown-field'").first().getLong(0)).isEqualTo(6L);
        assertThat(spark.read().parquet(parquet).schema().fieldNames()).containsExactly(
                BatchCheck.SCHEMA.fieldNames());
    }

    @Test
    void violations_beyond_the_finding_limit_are_counted_in_a_row_without_severity() {
        RuleSet all = RuleSet.standard();
        RuleSet one = all.withFindingLimit(1);
        RouteJson json = RouteJson.create();
        Situation busy = situations.stream().filter(s -> all.check(s).violationsByRule().values().stream()
                .anyMatch(v -> v.size() > 1)).findFirst().orElseThrow();
        byte[] line = json.writeSituation(busy).getBytes(StandardCharsets.UTF_8);

        Map<String, Integer> unlimited = new TreeMap<>();
        for (Row r : BatchCheck.rows(7, line, json, all)) {
            unlimited.merge(r.getString(3), r.getInt(5), Integer::sum);
        }
        Map<String, Integer> limited = new TreeMap<>();
        List<Row> rows = BatchCheck.rows(7, line, json, one);
        for (Row r : rows) {
            limited.merge(r.getString(3), r.getInt(5), Integer::sum);
        }

        assertThat(limited).isEqualTo(unlimited);
        assertThat(rows).anyMatch(r -> r.getString(4) == null && r.getInt(5) > 0)
                .allMatch(r -> r.getLong(0) == 7 && r.getString(1).equals(busy.id()));
    }
}
