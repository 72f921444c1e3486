package io.github.nieuweroute.json;

import io.github.nieuweroute.model.Situation;
import java.io.InputStream;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import tools.jackson.databind.json.JsonMapper;

/**
 * The malformed-input suite against a Jackson 3 mapper with {@link RouteJsonModule}: the same problem at the same
 * pointer as the facade, the limits held within the situation whatever the mapper's own constraints.
 */
class ModuleMalformedInputTest extends MalformedInputSuite {

    private static final Map<RouteJson, JsonMapper> MAPPERS = new ConcurrentHashMap<>();

    private static JsonMapper mapper(RouteJson settings) {
        return MAPPERS.computeIfAbsent(settings, s -> JsonMapper.builder().addModule(new RouteJsonModule()
                .withLimits(s.limits()).withUnknownFieldsIgnored(s.ignoresUnknownFields())).build());
    }

    @Override
    protected Situation read(RouteJson settings, String document) {
        return mapper(settings).readValue(document, Situation.class);
    }

    @Override
    protected Situation read(RouteJson settings, byte[] document) {
        return mapper(settings).readValue(document, Situation.class);
    }

    @Override
    protected Situation read(RouteJson settings, InputStream document) {
        return mapper(settings).readValue(document, Situation.class);
    }
}
