package io.github.nieuweroute.spark;

import io.github.nieuweroute.json.RouteJson;
import io.github.nieuweroute.json.RouteJsonException;
import io.github.nieuweroute.model.Situation;
import io.github.nieuweroute.rule.Report;
import io.github.nieuweroute.rule.RuleSet;
import io.github.nieuweroute.rule.Violation;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import org.apache.hadoop.io.LongWritable;
import org.apache.hadoop.io.Text;
import org.apache.hadoop.mapred.TextInputFormat;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.api.java.function.FlatMapFunction;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import scala.Tuple2;

/**
 * Checks a file of situations, one JSON situation per line (NDJSON), against the standard rules on Spark, into a
 * table (nl: bulkcontrole): for every line, its situation's id and route and how many violations each rule found at
 * each severity; for a line that is not a valid situation, its line number, the problem and the JSON pointer. No
 * line is dropped: a blank or broken line is a row too.
 *
 * <p>Every line is read as UTF-8 bytes by route-json's strict reader ({@link RouteJson#readSituation(byte[])}) and
 * checked with {@link RuleSet#standard()}. The table is tidy, one row per line and rule and severity
 * ({@link #SCHEMA}):
 *
 * <ul>
 *   <li>{@code line}: the line number in the file, from 1 (a path that names several files, such as a directory,
 *       numbers their lines one after the other in the order Spark lists the files);
 *   <li>{@code situation_id}, {@code route}: the situation's id and route code ({@code old}, {@code dead-end},
 *       {@code new}, {@code unclassified}); null for an invalid line;
 *   <li>{@code rule}, {@code severity}, {@code count}: a rule id, a severity code ({@code error}, {@code warning},
 *       {@code info}) and the number of its violations; a situation without violations has one row with rule and
 *       severity null and count 0; violations beyond the report's finding limit
 *       ({@link RuleSet#findingLimit()}), whose severities a report does not list, are a row with severity null;
 *   <li>{@code error_code}, {@code error_pointer}: for an invalid line the problem
 *       ({@link RouteJsonException.Problem} in lower case with hyphens, such as {@code malformed-json}) and the JSON
 *       pointer of the offending value ({@code ""} for the whole line); null otherwise.
 * </ul>
 *
 * <p>Like the reader's messages, the table holds ids and codes only, never names or free text. Rows come in line
 * order; write them with Spark's writers ({@code table.write().parquet(dir)} or {@code .csv(dir)}).
 *
 * <p>This class has no state; it is thread-safe.
 */
public final class BatchCheck {

    /** The columns of the table. */
    public static final StructType SCHEMA = new StructType()
            .add("line", DataTypes.LongType, false)
            .add("situation_id", DataTypes.StringType, true)
            .add("route", DataTypes.StringType, true)
            .add("rule", DataTypes.StringType, true)
            .add("severity", DataTypes.StringType, true)
            .add("count", DataTypes.IntegerType, true)
            .add("error_code", DataTypes.StringType, true)
            .add("error_pointer", DataTypes.StringType, true);

    private BatchCheck() {}

    /**
     * Checks every line of an NDJSON file.
     *
     * @param spark the session, not null
     * @param path the file, in any file system Spark reads (a local path, {@code file:}, {@code hdfs:}, ...), not
     *     null
     * @return the table, in line order; computed when an action runs, not null
     */
    public static Dataset<Row> check(SparkSession spark, String path) {
        Objects.requireNonNull(spark, "spark");
        Objects.requireNonNull(path, "path");
        JavaSparkContext jsc = JavaSparkContext.fromSparkContext(spark.sparkContext());
        // the bytes of each line, copied: the record reader reuses its Text; a file's splits come in offset order,
        // so zipWithIndex numbers the lines as the file does
        JavaRDD<byte[]> lines = jsc.hadoopFile(path, TextInputFormat.class, LongWritable.class, Text.class)
                .map(record -> record._2().copyBytes());
        JavaRDD<Row> rows = lines.zipWithIndex().mapPartitions(new CheckLines());
        return spark.createDataFrame(rows, SCHEMA);
    }

    /**
     * Checks one line: the rows it becomes in the table.
     *
     * @param line the line number, from 1
     * @param bytes the line's bytes, without its line break, not null
     * @param json the reader, not null
     * @param rules the rules, not null
     * @return at least one row, never null
     */
    static List<Row> rows(long line, byte[] bytes, RouteJson json, RuleSet rules) {
        Situation situation;
        try {
            situation = json.readSituation(bytes);
        } catch (RouteJsonException e) {
            return List.of(RowFactory.create(line, null, null, null, null, null, code(e.problem()), e.pointer()));
        }
        Report report = rules.check(situation);
        String id = situation.id();
        String route = code(report.route());
        Map<String, Integer> counts = new TreeMap<>();
        for (Violation v : report.violations()) {
            counts.merge(v.ruleId() + '\u0000' + code(v.severity()), 1, Integer::sum);
        }
        for (Map.Entry<String, Integer> omitted : report.omittedViolations().entrySet()) {
            counts.merge(omitted.getKey() + '\u0000', omitted.getValue(), Integer::sum);
        }
        if (counts.isEmpty()) {
            return List.of(RowFactory.create(line, id, route, null, null, 0, null, null));
        }
        List<Row> rows = new ArrayList<>(counts.size());
        for (Map.Entry<String, Integer> e : counts.entrySet()) {
            int cut = e.getKey().indexOf('\u0000');
            String severity = e.getKey().substring(cut + 1);
            rows.add(RowFactory.create(line, id, route, e.getKey().substring(0, cut),
                    severity.isEmpty() ? null : severity, e.getValue(), null, null));
        }
        return rows;
    }

    /** The spelling of codes in the JSON format and the simulation's CSV: lower case, hyphens. */
    static String code(Enum<?> constant) {
        return constant.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** Checks the lines of one partition, with one reader and one rule set. */
    private static final class CheckLines implements FlatMapFunction<Iterator<Tuple2<byte[], Long>>, Row> {
        private static final long serialVersionUID = 1L;

        @Override
        public Iterator<Row> call(Iterator<Tuple2<byte[], Long>> lines) {
            RouteJson json = RouteJson.create();
            RuleSet rules = RuleSet.standard();
            return new Iterator<>() {
                private Iterator<Row> current = java.util.Collections.emptyIterator();

                @Override
                public boolean hasNext() {
                    while (!current.hasNext() && lines.hasNext()) {
                        Tuple2<byte[], Long> next = lines.next();
                        current = rows(next._2() + 1, next._1(), json, rules).iterator();
                    }
                    return current.hasNext();
                }

                @Override
                public Row next() {
                    if (!hasNext()) {
                        throw new java.util.NoSuchElementException();
                    }
                    return current.next();
                }
            };
        }
    }
}
