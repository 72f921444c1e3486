package io.github.nieuweroute.spark;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.nieuweroute.json.RouteJson;
import io.github.nieuweroute.seed.SeedCase;
import io.github.nieuweroute.seed.SeedCases;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Spark reads JSON with Jackson 2 ({@code com.fasterxml.jackson}); route-json reads it with Jackson 3
 * ({@code tools.jackson}). Both in one JVM, one class path, one Spark job's executors.
 */
class JacksonCoexistenceTest {

    private static SparkSession spark;

    @BeforeAll
    static void start() {
        spark = LocalSpark.start("JacksonCoexistenceTest");
    }

    @AfterAll
    static void stop() {
        spark.stop();
    }

    @Test
    void sparks_json_reader_and_route_json_read_the_same_file_in_one_job(@TempDir Path dir) throws IOException {
        RouteJson json = RouteJson.create().withPrettyPrinting(false);
        List<String> lines = SeedCases.all().stream().map(c -> json.writeSituation(c.situation()))
                .collect(Collectors.toList());
        Path file = dir.resolve("seed-cases.ndjson");
        Files.write(file, lines, StandardCharsets.UTF_8);

        // Spark's JSON source (Jackson 2) infers the schema and reads the ids ...
        List<String> bySpark = spark.read().json(file.toString()).select("id").collectAsList().stream()
                .map(r -> r.getString(0)).collect(Collectors.toList());
        // ... and in a Spark task on the same rows, route-json's strict reader (Jackson 3) reads each line again
        List<String> byRouteJson = spark.read().text(file.toString()).javaRDD()
                .map(r -> RouteJson.create().readSituation(r.getString(0)).id()).collect();
        // the batch check, whose rows also come from route-json inside Spark tasks
        List<String> byBatchCheck = BatchCheck.check(spark, file.toString()).select("situation_id").distinct()
                .collectAsList().stream().map(r -> r.getString(0)).sorted().collect(Collectors.toList());

        List<String> expected = SeedCases.all().stream().map(SeedCase::situation).map(s -> s.id())
                .collect(Collectors.toList());
        assertThat(bySpark).containsExactlyElementsOf(expected);
        assertThat(byRouteJson).containsExactlyElementsOf(expected);
        assertThat(byBatchCheck).containsExactlyElementsOf(expected.stream().sorted().collect(Collectors.toList()));
    }

    @Test
    void both_jackson_lines_are_on_the_class_path_each_at_its_own_version() throws Exception {
        Class<?> jackson2 = Class.forName("com.fasterxml.jackson.databind.ObjectMapper");
        Class<?> jackson3 = Class.forName("tools.jackson.databind.ObjectMapper");
        Object v2 = jackson2.getMethod("version").invoke(jackson2.getConstructor().newInstance());
        String v3 = tools.jackson.databind.cfg.PackageVersion.VERSION.toString();

        assertThat(v2.toString()).startsWith("2.21.");
        assertThat(v3).startsWith("3.");
        // Spark's own Jackson 2 use: its JSON functions on a literal
        Row row = spark.sql("SELECT get_json_object('{\"route\":\"new\"}', '$.route') AS r").first();
        assertThat(row.getString(0)).isEqualTo("new");
    }
}
