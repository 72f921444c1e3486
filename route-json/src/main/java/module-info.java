/**
 * The JSON format of the Nieuwe Route library, on Jackson 3: {@link io.github.nieuweroute.json.RouteJson} for callers
 * who do not want to touch Jackson, {@link io.github.nieuweroute.json.RouteJsonModule} for callers with their own
 * {@code JsonMapper}. The format is described in {@code docs/json-format.md} and by the JSON Schema
 * {@code io/github/nieuweroute/json/situation.schema.json} in this module, which
 * {@link io.github.nieuweroute.json.RouteJson#openSchema()} returns.
 */
module io.github.nieuweroute.json {
    requires transitive io.github.nieuweroute.core;
    requires transitive tools.jackson.databind;

    exports io.github.nieuweroute.json;

    provides tools.jackson.databind.JacksonModule with io.github.nieuweroute.json.RouteJsonModule;
}
