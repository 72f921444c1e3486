package io.github.nieuweroute.json;

import io.github.nieuweroute.json.internal.ReadSettings;
import io.github.nieuweroute.json.internal.Reading;
import io.github.nieuweroute.json.internal.ReportWriter;
import io.github.nieuweroute.json.internal.SimulationResultWriter;
import io.github.nieuweroute.json.internal.SituationWriter;
import io.github.nieuweroute.json.internal.ValueLimits;
import io.github.nieuweroute.model.Situation;
import io.github.nieuweroute.rule.Report;
import io.github.nieuweroute.sim.SimulationResult;
import io.github.nieuweroute.sim.SweepResult;
import java.util.function.BiConsumer;
import java.util.function.BiFunction;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.core.ErrorReportConfiguration;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.SerializationContext;
import tools.jackson.databind.deser.std.StdDeserializer;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.module.SimpleModule;
import tools.jackson.databind.ser.std.StdSerializer;

/**
 * The Jackson 3 module of the Nieuwe Route JSON format, for callers who have their own {@code JsonMapper}. It
 * registers hand-written serializers and deserializers for {@link Situation} and for rule {@link Report}s, and
 * serializers for {@link SimulationResult} and {@link SweepResult} (an output only), that call only the public API of
 * the core: no reflection, no default typing, no polymorphic types.
 *
 * <pre>{@code
 * JsonMapper mapper = RouteJsonModule.mapperBuilder(JsonLimits.defaults()).build();   // limits as RouteJson's
 * Situation s = mapper.readValue(json, Situation.class);
 * }</pre>
 *
 * <p>{@link #mapperBuilder(JsonLimits)} gives the guarantees of {@link RouteJson}: the mapper's parser enforces
 * every {@link JsonLimits} (a 100 MB string stops at the string length limit instead of filling the heap), and a
 * situation nested in a list or record that fails throws {@link RouteJsonException} itself rather than Jackson's
 * wrapper. On a mapper built otherwise ({@code JsonMapper.builder().addModule(new RouteJsonModule())}), the module
 * enforces only the array and element limits; string, name, number, nesting and document lengths are those of the
 * mapper's own {@code StreamReadConstraints}, and Jackson wraps failures of nested values in its
 * {@code DatabindException}. The mapper of {@link #mapperBuilder(JsonLimits)} also refuses content after the value
 * ({@code FAIL_ON_TRAILING_TOKENS}, for every type it reads), and its parser's messages name the kind of token at
 * fault, never its text ({@code ErrorReportConfiguration} with no token or content excerpts), so no message quotes
 * the input. On a mapper built otherwise, trailing content is the mapper's to check, with Jackson's messages, which
 * can quote the input: read untrusted documents through {@link RouteJson} or the mapper of
 * {@link #mapperBuilder(JsonLimits)} where that matters.
 *
 * <p>The module is also found by {@code ServiceLoader} ({@code findAndAddModules()}). Reading is as strict as
 * {@link RouteJson}'s and throws {@link RouteJsonException} with a pointer relative to the situation or report
 * value.
 * Jackson's {@code DeserializationFeature} settings do not apply inside a situation or report; a JSON {@code null}
 * where one is expected gives {@code null}, as for any value Jackson reads. Every limit of
 * {@link #withLimits(JsonLimits)} holds within a situation or report value (nesting counted from the value, input
 * length from its first token), whatever the mapper's own {@code StreamReadConstraints}, which apply as well.
 * {@link #mapperBuilder(JsonLimits)} also builds the mapper's factory with {@link JsonLimits#streamReadConstraints()}.
 *
 * <p>Options are set with withers that return a new module; set them before registering the module.
 * Instances are not shared mutable state once registered.
 */
public final class RouteJsonModule extends SimpleModule {

    private static final long serialVersionUID = 1L;

    /** Part of the serialized form: the limits. */
    private final JsonLimits limits;
    /** Part of the serialized form: the ignore unknown fields. */
    private final boolean ignoreUnknownFields;

    /** Creates the module with strict reading and the default limits. */
    public RouteJsonModule() {
        this(JsonLimits.defaults(), false);
    }

    private RouteJsonModule(JsonLimits limits, boolean ignoreUnknownFields) {
        super("io.github.nieuweroute.json");
        this.limits = limits;
        this.ignoreUnknownFields = ignoreUnknownFields;
        ReadSettings settings = new ReadSettings(ignoreUnknownFields, limits.maxArrayLength(), limits.maxElements());
        addSerializer(Situation.class, new Writer<>(Situation.class, SituationWriter::write));
        addDeserializer(Situation.class, new Reader<>(Situation.class,
                (p, s) -> Reading.situation(new ValueLimits(p, limits), s, false), settings));
        addSerializer(Report.class, new Writer<>(Report.class, ReportWriter::write));
        addDeserializer(Report.class, new Reader<>(Report.class,
                (p, s) -> Reading.report(new ValueLimits(p, limits), s, false), settings));
        addSerializer(SimulationResult.class, new Writer<>(SimulationResult.class, SimulationResultWriter::write));
        addSerializer(SweepResult.class, new Writer<>(SweepResult.class, SimulationResultWriter::write));
    }

    /**
     * Returns a copy that skips (true) or rejects (false, the default) unknown fields.
     *
     * @param ignore whether to skip unknown fields
     * @return a new module, never null
     */
    public RouteJsonModule withUnknownFieldsIgnored(boolean ignore) {
        return new RouteJsonModule(limits, ignore);
    }

    /**
     * Returns a copy with other limits on situation and report values.
     *
     * @param limits not null
     * @return a new module, never null
     */
    public RouteJsonModule withLimits(JsonLimits limits) {
        return new RouteJsonModule(java.util.Objects.requireNonNull(limits, "limits"), ignoreUnknownFields);
    }

    /**
     * Returns a mapper builder whose parser enforces every one of the given limits, with this module (strict about
     * unknown fields, the same limits) added and Jackson's wrapping of exceptions turned off, so that reading
     * through the mapper has the guarantees of {@link RouteJson}. Add other modules and settings before building.
     *
     * @param limits the limits, not null
     * @return a new builder, never null
     */
    public static JsonMapper.Builder mapperBuilder(JsonLimits limits) {
        java.util.Objects.requireNonNull(limits, "limits");
        // error messages name the kind of token at fault, never its text: the input can be anyone's free text
        JsonFactory factory = JsonFactory.builder().streamReadConstraints(limits.streamReadConstraints())
                .errorReportConfiguration(ErrorReportConfiguration.builder().maxErrorTokenLength(0)
                        .maxRawContentLength(0).build())
                .build();
        return JsonMapper.builder(factory).addModule(new RouteJsonModule().withLimits(limits))
                .disable(DeserializationFeature.WRAP_EXCEPTIONS)
                .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
    }

    /** Writes a value of the format in its canonical field order, through the value's writer. */
    private static final class Writer<T> extends StdSerializer<T> {
        private final transient BiConsumer<T, JsonGenerator> writer;

        Writer(Class<T> type, BiConsumer<T, JsonGenerator> writer) {
            super(type);
            this.writer = writer;
        }

        @Override
        public void serialize(T value, JsonGenerator g, SerializationContext context) {
            writer.accept(value, g);
        }
    }

    /** Reads a value of the format strictly, through the core's builders and factories. */
    private static final class Reader<T> extends StdDeserializer<T> {
        private final transient BiFunction<JsonParser, ReadSettings, T> reader;
        private final transient ReadSettings settings;

        Reader(Class<T> type, BiFunction<JsonParser, ReadSettings, T> reader, ReadSettings settings) {
            super(type);
            this.reader = reader;
            this.settings = settings;
        }

        @Override
        public T deserialize(JsonParser p, DeserializationContext context) {
            return reader.apply(p, settings);
        }
    }
}
