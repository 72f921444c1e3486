package io.github.nieuweroute.json;

import io.github.nieuweroute.json.internal.Output;
import io.github.nieuweroute.json.internal.ReadSettings;
import io.github.nieuweroute.json.internal.Reading;
import io.github.nieuweroute.json.internal.ReportWriter;
import io.github.nieuweroute.json.internal.SimulationResultWriter;
import io.github.nieuweroute.json.internal.SituationReader;
import io.github.nieuweroute.json.internal.SituationWriter;
import io.github.nieuweroute.json.internal.ValueLimits;
import io.github.nieuweroute.json.internal.Utf8;
import io.github.nieuweroute.model.Situation;
import io.github.nieuweroute.rule.Report;
import io.github.nieuweroute.sim.SimulationResult;
import io.github.nieuweroute.sim.SweepResult;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;
import java.util.function.Function;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.core.StreamWriteFeature;
import tools.jackson.core.exc.JacksonIOException;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.core.json.JsonWriteFeature;

/**
 * Reads and writes situations and rule reports in the Nieuwe Route JSON format, and writes simulation results, for
 * callers who do not want to touch Jackson. The format is described in {@code docs/json-format.md} and by the JSON
 * Schemas {@link #openSchema()} (situations), {@link #openReportSchema()} (reports) and {@link #openResultSchema()}
 * (simulation and sweep results).
 *
 * <pre>{@code
 * RouteJson json = RouteJson.create();
 * Situation situation = json.readSituation(Path.of("de-vries.json"));
 * String canonical = json.writeSituation(situation);
 * String report = json.writeReport(RuleSet.standard().check(situation));
 * Report again = json.readReport(report);
 * }</pre>
 *
 * <p>Reading is strict: unknown fields (unless {@link #withUnknownFieldsIgnored(boolean) ignored}), missing or
 * repeated fields, wrong types, malformed dates and codes, dangling references, every structural invariant of the
 * model, malformed JSON and input beyond the {@link JsonLimits} all throw {@link RouteJsonException}, with the
 * JSON Pointer of the offending value. Writing is canonical: the same situation always gives the same bytes.
 * A cohort (many situations) is read and written as NDJSON, one situation per line, in constant memory:
 * {@link #readCohort(InputStream)}, {@link #writeCohort(OutputStream)}.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class RouteJson {

    /**
     * The format version this library writes; the {@code formatVersion} field of every document. It reads this one
     * and every earlier one from {@link #FIRST_FORMAT_VERSION} on.
     */
    public static final int FORMAT_VERSION = SituationReader.FORMAT_VERSION;

    /** The first situation format version, which this library still reads (docs/json-format.md, "Versioning"). */
    public static final int FIRST_FORMAT_VERSION = SituationReader.FIRST_FORMAT_VERSION;

    /** Where the JSON Schema of a situation document of {@link #FORMAT_VERSION} lies in this module. */
    public static final String SCHEMA_RESOURCE = "situation.schema.json";

    /** Where the JSON Schema of a situation document of format version 1 lies in this module. */
    public static final String SCHEMA_RESOURCE_V1 = "situation-v1.schema.json";

    /** The format version of the report documents this library writes and reads. */
    public static final int REPORT_FORMAT_VERSION = ReportWriter.REPORT_FORMAT_VERSION;

    /**
     * The format version of a report document that counts findings it does not list (a rule found more than the
     * rule set's finding limit); this library reads both versions.
     */
    public static final int REPORT_FORMAT_VERSION_WITH_OMITTED_COUNTS = ReportWriter.REPORT_FORMAT_VERSION_WITH_OMITTED;

    /** Where the JSON Schema of a report document lies in this module. */
    public static final String REPORT_SCHEMA_RESOURCE = "report.schema.json";

    /** The format version of the simulation and sweep result documents this library writes. */
    public static final int RESULT_FORMAT_VERSION = SimulationResultWriter.RESULT_FORMAT_VERSION;

    /** Where the JSON Schema of simulation and sweep result documents lies in this module. */
    public static final String RESULT_SCHEMA_RESOURCE = "simulation-result.schema.json";

    private static final RouteJson DEFAULT = new RouteJson(JsonLimits.defaults(), false, true);

    private final JsonLimits limits;
    private final boolean ignoreUnknownFields;
    private final boolean pretty;
    private final JsonFactory factory;
    private final ReadSettings settings;

    private RouteJson(JsonLimits limits, boolean ignoreUnknownFields, boolean pretty) {
        this.limits = limits;
        this.ignoreUnknownFields = ignoreUnknownFields;
        this.pretty = pretty;
        this.settings = new ReadSettings(ignoreUnknownFields, limits.maxArrayLength(), limits.maxElements());
        // every output feature the bytes depend on is set here, so a change of Jackson's defaults cannot change them
        this.factory = JsonFactory.builder()
                .streamReadConstraints(limits.streamReadConstraints())
                .disable(StreamReadFeature.AUTO_CLOSE_SOURCE)
                .disable(StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION)
                .disable(StreamWriteFeature.AUTO_CLOSE_TARGET)
                .disable(JsonWriteFeature.ESCAPE_FORWARD_SLASHES)
                .disable(JsonWriteFeature.ESCAPE_NON_ASCII)
                .enable(JsonWriteFeature.COMBINE_UNICODE_SURROGATES_IN_UTF8)
                .build();
    }

    /**
     * Returns the default instance: strict about unknown fields, the default {@link JsonLimits}, pretty output.
     *
     * @return the instance, never null
     */
    public static RouteJson create() {
        return DEFAULT;
    }

    /**
     * Returns a copy with other limits on input.
     *
     * @param limits the limits, not null
     * @return the copy, never null
     */
    public RouteJson withLimits(JsonLimits limits) {
        return new RouteJson(Objects.requireNonNull(limits, "limits"), ignoreUnknownFields, pretty);
    }

    /**
     * Returns a copy that skips (true) or rejects (false, the default) fields the format does not define, for
     * instance fields a newer minor revision of a producer adds.
     *
     * @param ignore whether to skip unknown fields
     * @return the copy, never null
     */
    public RouteJson withUnknownFieldsIgnored(boolean ignore) {
        return new RouteJson(limits, ignore, pretty);
    }

    /**
     * Returns a copy that writes single documents pretty (true, the default: two-space indentation, {@code \n}
     * line ends and a final line end, as the golden files) or compact on one line (false). Cohorts are always
     * written compact.
     *
     * @param pretty whether to write the pretty layout
     * @return the copy, never null
     */
    public RouteJson withPrettyPrinting(boolean pretty) {
        return new RouteJson(limits, ignoreUnknownFields, pretty);
    }

    /** @return the limits on input, never null */
    public JsonLimits limits() {
        return limits;
    }

    /** @return true if unknown fields are skipped, false if they are rejected */
    public boolean ignoresUnknownFields() {
        return ignoreUnknownFields;
    }

    /** @return true if single documents are written pretty */
    public boolean prettyPrints() {
        return pretty;
    }

    // -- reading

    /**
     * Reads a situation from a JSON document.
     *
     * @param json the document, not null
     * @return the situation, never null
     * @throws RouteJsonException if the document is not a valid situation
     */
    public Situation readSituation(String json) {
        Objects.requireNonNull(json, "json");
        return read(() -> factory.createParser(json), Reading::situation);
    }

    /**
     * Reads a situation from a UTF-8 JSON document.
     *
     * @param json the document's bytes, not null
     * @return the situation, never null
     * @throws RouteJsonException if the document is not a valid situation
     */
    public Situation readSituation(byte[] json) {
        Objects.requireNonNull(json, "json");
        Reading.checkUtf8(json, 0, json.length);
        return read(() -> factory.createParser(json), Reading::situation);
    }

    /**
     * Reads a situation from a UTF-8 JSON stream that holds exactly one document. The stream is read to its end
     * and not closed.
     *
     * @param in the stream, not null
     * @return the situation, never null
     * @throws RouteJsonException if the document is not a valid situation
     * @throws UncheckedIOException if the stream fails
     */
    public Situation readSituation(InputStream in) {
        Objects.requireNonNull(in, "in");
        return read(() -> factory.createParser(Utf8.checking(in)), Reading::situation);
    }

    /**
     * Reads a situation from a UTF-8 JSON file.
     *
     * @param file the file, not null
     * @return the situation, never null
     * @throws RouteJsonException if the document is not a valid situation
     * @throws UncheckedIOException if the file cannot be read
     */
    public Situation readSituation(Path file) {
        return read(file, this::readSituation);
    }

    /**
     * Reads one situation from a token stream that the caller owns, for integrations that parse the input
     * themselves (such as the Jackson 2 module {@code route-jackson2}, which hands over its tokens). The parser
     * stands on the situation's first token, or before it; afterwards it stands on the situation's last token and
     * is not closed. The checks, this instance's settings and {@link JsonLimits} (nesting counted from the
     * situation, input length from its first token), the problems and the pointers (relative to the situation) are
     * those of {@link #readSituation(String)}; the parser's own constraints apply as well.
     *
     * @param parser the token stream, not null
     * @return the situation, never null
     * @throws RouteJsonException if the value is not a valid situation
     */
    public Situation readSituation(JsonParser parser) {
        return Reading.situation(new ValueLimits(Objects.requireNonNull(parser, "parser"), limits), settings, false);
    }

    /**
     * Reads one rule report from a token stream that the caller owns, as {@link #readSituation(JsonParser)} reads a
     * situation; the checks are those of {@link #readReport(String)}.
     *
     * @param parser the token stream, not null
     * @return the report, never null
     * @throws RouteJsonException if the value is not a valid report
     */
    public Report readReport(JsonParser parser) {
        return Reading.report(new ValueLimits(Objects.requireNonNull(parser, "parser"), limits), settings, false);
    }

    /** Reads one whole document of a kind. */
    @FunctionalInterface
    private interface DocumentReader<T> {
        T read(JsonParser parser, ReadSettings settings, boolean whole);
    }

    /** Opens the parser inside the translation of I/O failures: Jackson reads the first bytes as it opens one. */
    private <T> T read(java.util.function.Supplier<JsonParser> open, DocumentReader<T> reader) {
        JsonParser parser;
        try {
            parser = open.get();
        } catch (JacksonIOException e) {
            throw Reading.ioFailure(e, "");
        }
        try (JsonParser p = parser) {
            return reader.read(p, settings, true);
        }
    }

    private static <T> T read(Path file, Function<InputStream, T> reader) {
        Objects.requireNonNull(file, "file");
        try (InputStream in = Files.newInputStream(file)) {
            return reader.apply(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    // -- writing

    /**
     * Writes a situation in canonical form.
     *
     * @param situation the situation, not null
     * @return the document, never null
     */
    public String writeSituation(Situation situation) {
        return new String(writeSituationBytes(situation), StandardCharsets.UTF_8);
    }

    /**
     * Writes a situation in canonical form as UTF-8.
     *
     * @param situation the situation, not null
     * @return the document's bytes, never null
     */
    public byte[] writeSituationBytes(Situation situation) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(4096);
        writeSituation(situation, out);
        return out.toByteArray();
    }

    /**
     * Writes a situation in canonical form as UTF-8 to a stream, which is flushed and not closed.
     *
     * @param situation the situation, not null
     * @param out the stream, not null
     * @throws UncheckedIOException if the stream fails
     */
    public void writeSituation(Situation situation, OutputStream out) {
        Objects.requireNonNull(situation, "situation");
        write(out, g -> SituationWriter.write(situation, g));
    }

    /**
     * Writes a situation in canonical form to a UTF-8 file, replacing it if it exists.
     *
     * @param situation the situation, not null
     * @param file the file, not null
     * @throws UncheckedIOException if the file cannot be written
     */
    public void writeSituation(Situation situation, Path file) {
        write(file, out -> writeSituation(situation, out));
    }

    // -- reports

    /**
     * Reads a rule report (docs/json-format.md, "Reports"), such as one {@link #writeReport(Report)} wrote. It
     * renders with the titles and messages of the standard rule set; {@link Report#of(
     * io.github.nieuweroute.route.SituationClassification, java.util.Collection, java.util.Collection,
     * io.github.nieuweroute.rule.RuleSet)} rebuilds it with other rules.
     *
     * @param json the document, not null
     * @return the report, never null
     * @throws RouteJsonException if the document is not a valid report: besides the checks of a situation
     *     document, a decision's route and reasons must follow from its deciders and performers, and the report's
     *     {@code route} and {@code periods} must agree with its decisions
     */
    public Report readReport(String json) {
        Objects.requireNonNull(json, "json");
        return read(() -> factory.createParser(json), Reading::report);
    }

    /**
     * Reads a rule report from a UTF-8 JSON stream that holds exactly one document, as {@link #readReport(String)}.
     * The stream is read to its end and not closed.
     *
     * @param in the stream, not null
     * @return the report, never null
     * @throws RouteJsonException if the document is not a valid report
     * @throws UncheckedIOException if the stream fails
     */
    public Report readReport(InputStream in) {
        Objects.requireNonNull(in, "in");
        return read(() -> factory.createParser(Utf8.checking(in)), Reading::report);
    }

    /**
     * Reads a rule report from a UTF-8 JSON file, as {@link #readReport(String)}.
     *
     * @param file the file, not null
     * @return the report, never null
     * @throws RouteJsonException if the document is not a valid report
     * @throws UncheckedIOException if the file cannot be read
     */
    public Report readReport(Path file) {
        return read(file, this::readReport);
    }

    /**
     * Writes a rule report (route over time, violations, exemptions, evidence ids) in canonical form; see
     * docs/json-format.md, "Reports".
     *
     * @param report the report, not null
     * @return the document, never null
     */
    public String writeReport(Report report) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(2048);
        writeReport(report, out);
        return new String(out.toByteArray(), StandardCharsets.UTF_8);
    }

    /**
     * Writes a rule report in canonical form as UTF-8 to a stream, which is flushed and not closed.
     *
     * @param report the report, not null
     * @param out the stream, not null
     * @throws UncheckedIOException if the stream fails
     */
    public void writeReport(Report report, OutputStream out) {
        Objects.requireNonNull(report, "report");
        write(out, g -> ReportWriter.write(report, g));
    }

    /**
     * Writes a rule report in canonical form to a UTF-8 file, replacing it if it exists.
     *
     * @param report the report, not null
     * @param file the file, not null
     * @throws UncheckedIOException if the file cannot be written
     */
    public void writeReport(Report report, Path file) {
        write(file, out -> writeReport(report, out));
    }

    // -- simulation results

    /**
     * Writes the result of a simulation run in canonical form (docs/json-format.md, "Simulation results"): the
     * library and its version, the scenario with every parameter, the seed, and per route group and metric the mean
     * over the horizon and the weekly series with their 95% confidence intervals. Numbers are written as
     * {@link io.github.nieuweroute.sim.DecimalText} writes them, as in the CSV. The pretty layout keeps each array of
     * numbers on one line. Results are an output of the library: there is no reader.
     *
     * @param result the result, not null
     * @return the document, never null
     */
    public String writeSimulationResult(SimulationResult result) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
        writeSimulationResult(result, out);
        return new String(out.toByteArray(), StandardCharsets.UTF_8);
    }

    /**
     * Writes the result of a simulation run as UTF-8 to a stream, which is flushed and not closed; see
     * {@link #writeSimulationResult(SimulationResult)}.
     *
     * @param result the result, not null
     * @param out the stream, not null
     * @throws UncheckedIOException if the stream fails
     */
    public void writeSimulationResult(SimulationResult result, OutputStream out) {
        Objects.requireNonNull(result, "result");
        writeResult(out, g -> SimulationResultWriter.write(result, g));
    }

    /**
     * Writes the results of a parameter sweep; see {@link #writeSweepResult(SweepResult, OutputStream)}.
     *
     * @param result the sweep's results, not null
     * @return the document, never null
     */
    public String writeSweepResult(SweepResult result) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
        writeSweepResult(result, out);
        return new String(out.toByteArray(), StandardCharsets.UTF_8);
    }

    /**
     * Writes the results of a parameter sweep as UTF-8 to a stream, which is flushed and not closed: the swept
     * parameters, their design, the library and its version, the seed, and per point its parameter values and its
     * result as {@link #writeSimulationResult(SimulationResult)} writes it.
     *
     * @param result the sweep's results, not null
     * @param out the stream, not null
     * @throws UncheckedIOException if the stream fails
     */
    public void writeSweepResult(SweepResult result, OutputStream out) {
        Objects.requireNonNull(result, "result");
        writeResult(out, g -> SimulationResultWriter.write(result, g));
    }

    private static void write(Path file, java.util.function.Consumer<OutputStream> document) {
        Objects.requireNonNull(file, "file");
        try (OutputStream out = Files.newOutputStream(file)) {
            document.accept(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void write(OutputStream out, java.util.function.Consumer<JsonGenerator> document) {
        write(out, document, false);
    }

    private void writeResult(OutputStream out, java.util.function.Consumer<JsonGenerator> document) {
        write(out, document, true);
    }

    private void write(OutputStream out, java.util.function.Consumer<JsonGenerator> document, boolean result) {
        Objects.requireNonNull(out, "out");
        try (JsonGenerator g = result ? Output.resultGenerator(factory, out, pretty)
                : Output.generator(factory, out, pretty)) {
            document.accept(g);
            if (pretty) {
                g.writeRaw('\n');
            }
        } catch (tools.jackson.core.exc.JacksonIOException e) {
            throw new UncheckedIOException(e.getCause());
        }
    }

    // -- cohorts

    /**
     * Opens a cohort for reading: NDJSON, one situation per line, read one line at a time in constant memory.
     * Closing the reader closes the stream.
     *
     * @param in the UTF-8 stream, not null
     * @return the reader, never null
     */
    public CohortReader readCohort(InputStream in) {
        return new CohortReader(factory, settings, limits.maxDocumentLength(), Objects.requireNonNull(in, "in"));
    }

    /**
     * Opens a cohort for writing: NDJSON, one compact situation per line, each line ending in {@code \n}.
     * Closing the writer closes the stream.
     *
     * @param out the stream, not null
     * @return the writer, never null
     */
    public CohortWriter writeCohort(OutputStream out) {
        return new CohortWriter(Output.generator(factory, Objects.requireNonNull(out, "out"), false), out);
    }

    // -- the schemas

    /**
     * Opens the JSON Schema (draft 2020-12) of a situation document, as shipped in this module.
     *
     * @return a new stream the caller closes, never null
     */
    public static InputStream openSchema() {
        return open(SCHEMA_RESOURCE);
    }

    /**
     * Opens the JSON Schema (draft 2020-12) of a situation document of the given format version.
     *
     * @param formatVersion from {@link #FIRST_FORMAT_VERSION} to {@link #FORMAT_VERSION}
     * @return a new stream the caller closes, never null
     * @throws IllegalArgumentException for a version this library does not read
     */
    public static InputStream openSchema(int formatVersion) {
        if (formatVersion == FORMAT_VERSION) {
            return open(SCHEMA_RESOURCE);
        }
        if (formatVersion == FIRST_FORMAT_VERSION) {
            return open(SCHEMA_RESOURCE_V1);
        }
        throw new IllegalArgumentException("format version " + formatVersion + " is not one this library reads");
    }

    /**
     * Opens the JSON Schema (draft 2020-12) of a report document, as shipped in this module.
     *
     * @return a new stream the caller closes, never null
     */
    public static InputStream openReportSchema() {
        return open(REPORT_SCHEMA_RESOURCE);
    }

    /**
     * Opens the JSON Schema (draft 2020-12) of simulation and sweep result documents, as shipped in this module.
     *
     * @return a new stream the caller closes, never null
     */
    public static InputStream openResultSchema() {
        return open(RESULT_SCHEMA_RESOURCE);
    }

    private static InputStream open(String resource) {
        InputStream in = RouteJson.class.getResourceAsStream(resource);
        if (in == null) {
            throw new IllegalStateException("the schema " + resource + " is missing from the jar");
        }
        return in;
    }

    @Override
    public String toString() {
        return "RouteJson[formatVersion=" + FORMAT_VERSION + ", ignoreUnknownFields=" + ignoreUnknownFields
                + ", pretty=" + pretty + ", " + limits + "]";
    }
}
