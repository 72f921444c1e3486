package io.github.nieuweroute.json;

import io.github.nieuweroute.json.internal.ReadSettings;
import io.github.nieuweroute.json.internal.Reading;
import io.github.nieuweroute.json.internal.ReportWriter;
import io.github.nieuweroute.json.internal.SimulationResultWriter;
import io.github.nieuweroute.json.internal.SituationWriter;
import io.github.nieuweroute.model.Situation;
import io.github.nieuweroute.rule.Report;
import io.github.nieuweroute.sim.SimulationResult;
import io.github.nieuweroute.sim.SweepResult;
import java.util.function.BiConsumer;
import java.util.function.BiFunction;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.SerializationContext;
import tools.jackson.databind.deser.std.StdDeserializer;
import tools.jackson.databind.module.SimpleModule;
import tools.jackson.databind.ser.std.StdSerializer;

/**
 * The Jackson 3 module of the Nieuwe Route JSON format, for callers who have their own {@code JsonMapper}. It
 * registers hand-written serializers and deserializers for {@link Situation} and for rule {@link Report}s, and
 * serializers for {@link SimulationResult} and {@link SweepResult} (an output only), that call only the public API of
 * the core: no reflection, no default typing, no polymorphic types.
 *
 * <pre>{@code
 * JsonMapper mapper = JsonMapper.builder().addModule(new RouteJsonModule()).build();
 * Situation s = mapper.readValue(json, Situation.class);
 * }</pre>
 *
 * <p>The module is also found by {@code ServiceLoader} ({@code findAndAddModules()}). Reading is as strict as
 * {@link RouteJson}'s and throws {@link RouteJsonException} with a pointer relative to the situation or report
 * value.
 * Jackson's {@code DeserializationFeature} settings do not apply inside a situation or report; a JSON {@code null}
 * where one is expected gives {@code null}, as for any value Jackson reads. The mapper's own
 * {@code StreamReadConstraints} bound the input: build its factory with {@link JsonLimits#streamReadConstraints()}
 * to get this library's defaults; of {@link #withLimits(JsonLimits)} only the array length applies here.
 *
 * <p>Options are set with withers that return a new module; set them before registering the module.
 * Instances are not shared mutable state once registered.
 */
public final class RouteJsonModule extends SimpleModule {

    private static final long serialVersionUID = 1L;

    private final JsonLimits limits;
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
        addDeserializer(Situation.class, new Reader<>(Situation.class, (p, s) -> Reading.situation(p, s, false),
                settings));
        addSerializer(Report.class, new Writer<>(Report.class, ReportWriter::write));
        addDeserializer(Report.class, new Reader<>(Report.class, (p, s) -> Reading.report(p, s, false), settings));
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
     * Returns a copy with other limits; only {@link JsonLimits#maxArrayLength()} applies, the others belong to the
     * mapper's {@code StreamReadConstraints}.
     *
     * @param limits not null
     * @return a new module, never null
     */
    public RouteJsonModule withLimits(JsonLimits limits) {
        return new RouteJsonModule(java.util.Objects.requireNonNull(limits, "limits"), ignoreUnknownFields);
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
