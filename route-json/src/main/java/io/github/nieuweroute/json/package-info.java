/**
 * The Nieuwe Route JSON format on Jackson 3: {@link io.github.nieuweroute.json.RouteJson} reads and writes situations
 * and NDJSON cohorts without touching Jackson; {@link io.github.nieuweroute.json.RouteJsonModule} plugs the same
 * hand-written serializer and deserializer into a caller's {@code JsonMapper}. Every problem with input is a
 * {@link io.github.nieuweroute.json.RouteJsonException} carrying the JSON Pointer of the offending value; input is
 * bounded by {@link io.github.nieuweroute.json.JsonLimits}. The format is described in {@code docs/json-format.md}.
 */
package io.github.nieuweroute.json;
