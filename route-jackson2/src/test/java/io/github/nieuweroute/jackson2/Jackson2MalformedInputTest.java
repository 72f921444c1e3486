package io.github.nieuweroute.jackson2;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.nieuweroute.json.MalformedInputSuite;
import io.github.nieuweroute.json.RouteJson;
import io.github.nieuweroute.model.Situation;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * route-json's malformed-input suite against a Jackson 2 mapper with the module: the same input gives the same
 * problem at the same pointer as route-json's own reader.
 */
class Jackson2MalformedInputTest extends MalformedInputSuite {

    private static final Map<RouteJson, ObjectMapper> MAPPERS = new ConcurrentHashMap<>();

    private static ObjectMapper mapper(RouteJson settings) {
        return MAPPERS.computeIfAbsent(settings, s -> new ObjectMapper().registerModule(new RouteJackson2Module()
                .withLimits(s.limits()).withUnknownFieldsIgnored(s.ignoresUnknownFields())));
    }

    /** A read through a mapper, whose checked exceptions are not what this suite looks at. */
    @FunctionalInterface
    private interface MapperRead {
        Situation read(ObjectMapper mapper) throws IOException;
    }

    private static Situation read(RouteJson settings, MapperRead read) {
        try {
            return read.read(mapper(settings));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    protected Situation read(RouteJson settings, String document) {
        return read(settings, m -> m.readValue(document, Situation.class));
    }

    @Override
    protected Situation read(RouteJson settings, byte[] document) {
        return read(settings, m -> m.readValue(document, Situation.class));
    }

    @Override
    protected Situation read(RouteJson settings, InputStream document) {
        return read(settings, m -> m.readValue(document, Situation.class));
    }
}
