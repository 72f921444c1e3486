package io.github.nieuweroute.jackson2;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import io.github.nieuweroute.jackson2.internal.TokenStream;
import io.github.nieuweroute.json.JsonLimits;
import io.github.nieuweroute.json.RouteJson;
import io.github.nieuweroute.json.RouteJsonException;
import io.github.nieuweroute.model.Situation;
import io.github.nieuweroute.rule.Report;
import io.github.nieuweroute.sim.SimulationResult;
import io.github.nieuweroute.sim.SweepResult;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Objects;
import java.util.function.BiConsumer;
import java.util.function.BiFunction;

/**
 * The Nieuwe Route JSON format for Jackson 2 ({@code com.fasterxml.jackson}) applications, such as Spring Boot 3.
 * It registers serializers and deserializers for {@link Situation} and rule {@link Report}s, and serializers for
 * {@link SimulationResult} and {@link SweepResult}. The format is not defined twice: a deserializer hands the Jackson 2
 * token stream to route-json's reader ({@link RouteJson#readSituation(tools.jackson.core.JsonParser)}), and a
 * serializer copies what route-json's writer wrote. The checks, the {@link RouteJsonException} problems and their
 * JSON Pointers (relative to the situation or report value) are route-json's.
 *
 * <pre>{@code
 * ObjectMapper mapper = new ObjectMapper().registerModule(new RouteJackson2Module());
 * Situation s = mapper.readValue(json, Situation.class);
 * }</pre>
 *
 * <p>The module is also found by {@code ObjectMapper.findAndRegisterModules()} (ServiceLoader), and Spring Boot 3
 * registers it when it is a bean. As with the Jackson 3 module, every limit of {@link JsonLimits} holds within a
 * situation or report value (nesting counted from the value, input length counted from its first token), whatever
 * the mapper's own {@code StreamReadConstraints}, which apply as well. A JSON {@code null} where a
 * situation is expected gives {@code null}, as for any value Jackson reads; Jackson's {@code DeserializationFeature}
 * settings do not apply inside a situation or report.
 *
 * <p>Options are set with withers that return a new module; set them before registering the module.
 */
public final class RouteJackson2Module extends SimpleModule {

    private static final long serialVersionUID = 1L;

    /** Parses what route-json wrote, to copy it into the caller's generator. */
    private static final JsonFactory COPY = JsonFactory.builder().build();
    private static final RouteJson WRITER = RouteJson.create().withPrettyPrinting(false);

    /** Part of the serialized form: the limits. */
    private final JsonLimits limits;
    /** Part of the serialized form: the ignore unknown fields. */
    private final boolean ignoreUnknownFields;

    /** Creates the module with strict reading and the default limits. */
    public RouteJackson2Module() {
        this(JsonLimits.defaults(), false);
    }

    private RouteJackson2Module(JsonLimits limits, boolean ignoreUnknownFields) {
        super("io.github.nieuweroute.jackson2");
        this.limits = limits;
        this.ignoreUnknownFields = ignoreUnknownFields;
        RouteJson reader = RouteJson.create().withLimits(limits).withUnknownFieldsIgnored(ignoreUnknownFields);
        addDeserializer(Situation.class, new Reader<>(Situation.class, RouteJson::readSituation, reader));
        addDeserializer(Report.class, new Reader<>(Report.class, RouteJson::readReport, reader));
        addSerializer(Situation.class, new Writer<>(Situation.class, WRITER::writeSituation));
        addSerializer(Report.class, new Writer<>(Report.class, WRITER::writeReport));
        addSerializer(SimulationResult.class, new Writer<>(SimulationResult.class, WRITER::writeSimulationResult));
        addSerializer(SweepResult.class, new Writer<>(SweepResult.class, WRITER::writeSweepResult));
    }

    /**
     * Returns a copy that skips (true) or rejects (false, the default) fields the format does not define.
     *
     * @param ignore whether to skip unknown fields
     * @return a new module, never null
     */
    public RouteJackson2Module withUnknownFieldsIgnored(boolean ignore) {
        return new RouteJackson2Module(limits, ignore);
    }

    /**
     * Returns a copy with other limits on situation and report values.
     *
     * @param limits the limits, not null
     * @return a new module, never null
     */
    public RouteJackson2Module withLimits(JsonLimits limits) {
        return new RouteJackson2Module(Objects.requireNonNull(limits, "limits"), ignoreUnknownFields);
    }

    /**
     * Returns the limits on situation and report values.
     *
     * @return the limits, never null
     */
    public JsonLimits limits() {
        return limits;
    }

    /**
     * Tells whether unknown fields are skipped.
     *
     * @return true if unknown fields are skipped, false if they are rejected
     */
    public boolean ignoresUnknownFields() {
        return ignoreUnknownFields;
    }

    /** Writes a value through route-json's writer and copies the tokens into the caller's generator. */
    private static final class Writer<T> extends StdSerializer<T> {
        private static final long serialVersionUID = 1L;
        private final transient BiConsumer<T, java.io.OutputStream> writer;

        Writer(Class<T> type, BiConsumer<T, java.io.OutputStream> writer) {
            super(type);
            this.writer = writer;
        }

        @Override
        public void serialize(T value, JsonGenerator g, SerializerProvider provider) throws IOException {
            ByteArrayOutputStream out = new ByteArrayOutputStream(4096);
            writer.accept(value, out);
            try (JsonParser p = COPY.createParser(out.toByteArray())) {
                // exact: numbers keep route-json's digits, whatever the mapper's number settings
                for (JsonToken t = p.nextToken(); t != null; t = p.nextToken()) {
                    g.copyCurrentEventExact(p);
                }
            }
        }
    }

    /** Hands the token stream of a value to route-json's reader. */
    private static final class Reader<T> extends StdDeserializer<T> {
        private static final long serialVersionUID = 1L;
        private final transient BiFunction<RouteJson, tools.jackson.core.JsonParser, T> reader;
        private final transient RouteJson settings;

        Reader(Class<T> type, BiFunction<RouteJson, tools.jackson.core.JsonParser, T> reader, RouteJson settings) {
            super(type);
            this.reader = reader;
            this.settings = settings;
        }

        @Override
        public T deserialize(JsonParser p, DeserializationContext context) {
            return reader.apply(settings, new TokenStream(p));
        }
    }
}
