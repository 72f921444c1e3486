package io.github.nieuweroute.json.internal;

import io.github.nieuweroute.sim.DecimalText;
import io.github.nieuweroute.sim.Estimate;
import io.github.nieuweroute.sim.Library;
import io.github.nieuweroute.sim.Metric;
import io.github.nieuweroute.sim.Parameter;
import io.github.nieuweroute.sim.RouteGroup;
import io.github.nieuweroute.sim.RoutePolicy;
import io.github.nieuweroute.sim.Scenario;
import io.github.nieuweroute.sim.SimulationResult;
import io.github.nieuweroute.sim.SweepResult;
import io.github.nieuweroute.sim.TimeSeries;
import java.util.function.ToDoubleFunction;
import tools.jackson.core.JsonGenerator;

/**
 * Writes simulation and sweep results in the canonical form of the format (docs/json-format.md, "Simulation
 * results"): the library and its version, for a sweep its design and policies, the scenario with every parameter's
 * value, the seed, then per route group with cases and per metric the
 * mean over the horizon and the weekly series as parallel arrays. A value that does not exist (a mean of no cases, the
 * bounds of fewer than two replications) is {@code null}, as JSON has no NaN. Results are an output of the library:
 * there is no reader. Stateless and thread-safe.
 */
public final class SimulationResultWriter {

    /** The version of the simulation result format. */
    public static final int RESULT_FORMAT_VERSION = 1;

    private SimulationResultWriter() {}

    /**
     * Writes a simulation result as one JSON object.
     *
     * @param result the result, not null
     * @param g the generator, not null
     */
    public static void write(SimulationResult result, JsonGenerator g) {
        g.writeStartObject();
        g.writeNumberProperty("formatVersion", RESULT_FORMAT_VERSION);
        g.writeStringProperty("kind", "simulation-result");
        library(g);
        body(result, g);
        g.writeEndObject();
    }

    /**
     * Writes a sweep result as one JSON object: the swept parameters, the seed, and per point its values and result.
     *
     * @param sweep the result, not null
     * @param g the generator, not null
     */
    public static void write(SweepResult sweep, JsonGenerator g) {
        g.writeStartObject();
        g.writeNumberProperty("formatVersion", RESULT_FORMAT_VERSION);
        g.writeStringProperty("kind", "sweep-result");
        library(g);
        g.writeStringProperty("design", sweep.sweep().design());
        g.writeName("policies");
        g.writeStartArray();
        for (RoutePolicy p : sweep.sweep().policies()) {
            g.writeString(p.code());
        }
        g.writeEndArray();
        g.writeNumberProperty("seed", sweep.seed());
        g.writeName("varied");
        g.writeStartArray();
        for (Parameter p : sweep.sweep().parameters()) {
            g.writeString(p.key());
        }
        g.writeEndArray();
        g.writeName("points");
        g.writeStartArray();
        for (SweepResult.Point point : sweep.points()) {
            g.writeStartObject();
            g.writeNumberProperty("point", point.point().index());
            g.writeName("values");
            g.writeStartObject();
            for (Parameter p : sweep.sweep().parameters()) {
                number(g, p.key(), point.point().values().get(p));
            }
            g.writeEndObject();
            body(point.result(), g);
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeEndObject();
    }

    private static void library(JsonGenerator g) {
        g.writeName("library");
        g.writeStartObject();
        g.writeStringProperty("name", Library.NAME);
        g.writeStringProperty("version", Library.version());
        g.writeEndObject();
    }

    private static void body(SimulationResult result, JsonGenerator g) {
        Scenario s = result.scenario();
        g.writeName("scenario");
        g.writeStartObject();
        g.writeStringProperty("name", s.name());
        g.writeStringProperty("policy", Codes.ROUTE_POLICY.code(s.policy()));
        g.writeNumberProperty("cohortSize", s.cohortSize());
        g.writeNumberProperty("horizonWeeks", s.horizonWeeks());
        g.writeNumberProperty("intakeWeeks", s.intakeWeeks());
        g.writeNumberProperty("replications", s.replications());
        g.writeStringProperty("startDate", s.startDate().toString());
        g.writeName("parameters");
        g.writeStartObject();
        for (Parameter p : Parameter.values()) {
            number(g, p.key(), s.parameters().get(p));
        }
        g.writeEndObject();
        g.writeEndObject();
        g.writeNumberProperty("seed", result.seed());
        g.writeName("groups");
        g.writeStartArray();
        for (RouteGroup group : RouteGroup.values()) {
            if (result.hasCases(group)) {
                group(result, group, g);
            }
        }
        g.writeEndArray();
    }

    private static void group(SimulationResult result, RouteGroup group, JsonGenerator g) {
        int weeks = result.scenario().horizonWeeks();
        g.writeStartObject();
        g.writeStringProperty("route", Codes.ROUTE_GROUP.code(group));
        // the number of cases in a week is the group's, the same in every metric's series
        TimeSeries cases = result.series(group, Metric.values()[0]);
        g.writeName("cases");
        g.writeStartArray();
        for (int w = 0; w < weeks; w++) {
            number(g, cases.cases(w));
        }
        g.writeEndArray();
        g.writeName("metrics");
        g.writeStartArray();
        for (Metric m : Metric.values()) {
            g.writeStartObject();
            g.writeStringProperty("metric", m.key());
            g.writeStringProperty("unit", m.unit());
            g.writeName("horizon");
            estimate(g, result.horizonMean(group, m));
            g.writeName("weekly");
            g.writeStartObject();
            Estimate[] weekly = new Estimate[weeks];
            for (int w = 0; w < weeks; w++) {
                weekly[w] = result.weekly(group, m, w);
            }
            column(g, "mean", weekly, Estimate::mean);
            column(g, "ci95Lower", weekly, Estimate::lower);
            column(g, "ci95Upper", weekly, Estimate::upper);
            g.writeName("replications");
            g.writeStartArray();
            for (Estimate e : weekly) {
                g.writeNumber(e.replications());
            }
            g.writeEndArray();
            g.writeEndObject();
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeEndObject();
    }

    private static void estimate(JsonGenerator g, Estimate e) {
        g.writeStartObject();
        number(g, "mean", e.mean());
        number(g, "ci95Lower", e.lower());
        number(g, "ci95Upper", e.upper());
        g.writeNumberProperty("replications", e.replications());
        g.writeEndObject();
    }

    /** Writes one column of the weekly estimates as an array. */
    private static void column(JsonGenerator g, String name, Estimate[] weekly, ToDoubleFunction<Estimate> value) {
        g.writeName(name);
        g.writeStartArray();
        for (Estimate e : weekly) {
            number(g, value.applyAsDouble(e));
        }
        g.writeEndArray();
    }

    private static void number(JsonGenerator g, String name, double value) {
        g.writeName(name);
        number(g, value);
    }

    private static void number(JsonGenerator g, double value) {
        if (Double.isFinite(value)) {
            // the text of the CSV: the shortest that reads back, the same on every Java version
            g.writeNumber(DecimalText.of(value));
        } else {
            g.writeNull();
        }
    }
}
