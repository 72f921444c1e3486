package io.github.nieuweroute.sim;

import java.io.IOException;

/**
 * Writes tidy CSV (one observation per row, RFC 4180, comma separated, '.' decimals, NA for missing values) as R's
 * {@code read.csv} and pandas' {@code read_csv} read it by default.
 */
final class Csv {

    static final String SERIES_HEADER = "week,mean,ci95_lower,ci95_upper,replications,cases";
    static final String SUMMARY_HEADER = "horizon_weeks,mean,ci95_lower,ci95_upper,replications";
    static final String REPLICATIONS_HEADER = "horizon_weeks,replication,value";
    static final String KEY_HEADER = "scenario,policy,route,metric,unit";

    private Csv() {}

    static String number(double x) {
        return Double.isNaN(x) ? "NA" : DecimalText.of(x);
    }

    static String key(Scenario s, RouteGroup group, Metric metric) {
        return s.name() + ',' + s.policy().code() + ',' + group.code() + ',' + metric.key() + ',' + metric.unit();
    }

    /** Writes the time series rows of one result, each prefixed by the given columns. */
    static void series(SimulationResult result, String prefix, Appendable out) throws IOException {
        forEachRow(result, prefix, (key, g, m) -> {
            TimeSeries ts = result.series(g, m);
            for (int w = 0; w < ts.weeks(); w++) {
                Estimate e = result.weekly(g, m, w);
                out.append(key).append(Integer.toString(w)).append(',');
                estimate(e, out).append(',').append(number(ts.cases(w))).append('\n');
            }
        });
    }

    /** Writes the horizon summary rows of one result, each prefixed by the given columns. */
    static void summary(SimulationResult result, String prefix, Appendable out) throws IOException {
        forEachRow(result, prefix, (key, g, m) -> {
            out.append(key).append(Integer.toString(result.scenario().horizonWeeks())).append(',');
            estimate(result.horizonMean(g, m), out).append('\n');
        });
    }

    /** Writes each replication's horizon mean, one row each, prefixed by the given columns. */
    static void replications(SimulationResult result, String prefix, Appendable out) throws IOException {
        String horizon = Integer.toString(result.scenario().horizonWeeks());
        forEachRow(result, prefix, (key, g, m) -> {
            for (int r = 0; r < result.scenario().replications(); r++) {
                out.append(key).append(horizon).append(',').append(Integer.toString(r)).append(',')
                        .append(number(result.replicationMean(g, m, r))).append('\n');
            }
        });
    }

    private static Appendable estimate(Estimate e, Appendable out) throws IOException {
        return out.append(number(e.mean())).append(',').append(number(e.lower())).append(',')
                .append(number(e.upper())).append(',').append(Integer.toString(e.replications()));
    }

    /** Calls the writer for every route group with cases and every metric, with the row's key columns. */
    private static void forEachRow(SimulationResult result, String prefix, RowWriter writer) throws IOException {
        for (RouteGroup g : RouteGroup.values()) {
            if (result.hasCases(g)) {
                for (Metric m : Metric.values()) {
                    writer.write(prefix + key(result.scenario(), g, m) + ',', g, m);
                }
            }
        }
    }

    private interface RowWriter {
        void write(String key, RouteGroup group, Metric metric) throws IOException;
    }
}
