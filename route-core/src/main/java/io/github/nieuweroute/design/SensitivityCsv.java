package io.github.nieuweroute.design;

import io.github.nieuweroute.sim.DecimalText;
import io.github.nieuweroute.sim.Metric;
import io.github.nieuweroute.sim.RouteGroup;
import io.github.nieuweroute.sim.RoutePolicy;
import io.github.nieuweroute.sim.SweepResult;
import java.io.IOException;
import java.util.List;
import java.util.Objects;

/**
 * Writes the sensitivity of simulation metrics as tidy CSV (nl: gevoeligheidstabel): for every policy of the sweep,
 * every metric and every factor one row, the metric taken as its mean over the horizon over all cases
 * ({@link RouteGroup#ALL}). Numbers as {@link DecimalText}, NA where an index does not exist (a metric that does
 * not vary). Stateless and thread-safe.
 */
public final class SensitivityCsv {

    /** The header of {@link #writeSobol}. */
    public static final String SOBOL_HEADER = "policy,route,metric,unit,parameter,S1,S1_ci95_lower,S1_ci95_upper,"
            + "ST,ST_ci95_lower,ST_ci95_upper,base_samples,resamples";
    /** The header of {@link #writeMorris}. */
    public static final String MORRIS_HEADER = "policy,route,metric,unit,parameter,mu,mu_star,mu_star_ci95_lower,"
            + "mu_star_ci95_upper,sigma,trajectories,resamples";

    private SensitivityCsv() {}

    /**
     * Computes and writes Sobol' indices.
     *
     * @param design the Sobol design the sweep was made from, not null
     * @param result the sweep's results, not null
     * @param metrics the metrics to analyse, not null
     * @param resamples bootstrap resamples, in [0, 100,000]
     * @param seed the seed of the resampling
     * @param out where to write, not null
     * @throws IOException if writing fails
     */
    public static void writeSobol(Design design, SweepResult result, List<Metric> metrics, int resamples, long seed,
            Appendable out) throws IOException {
        Objects.requireNonNull(out, "out");
        out.append(SOBOL_HEADER).append('\n');
        for (RoutePolicy policy : result.sweep().policies()) {
            for (Metric metric : metrics) {
                Sobol.Result r = Sobol.analyse(design, Outputs.horizonMeans(result, policy, RouteGroup.ALL, metric),
                        resamples, seed);
                for (Sobol.Index i : r.indices()) {
                    out.append(key(policy, metric, i.factor())).append(number(i.first())).append(',')
                            .append(number(i.firstLower())).append(',').append(number(i.firstUpper())).append(',')
                            .append(number(i.total())).append(',').append(number(i.totalLower())).append(',')
                            .append(number(i.totalUpper())).append(',').append(Integer.toString(r.baseSamples()))
                            .append(',').append(Integer.toString(resamples)).append('\n');
                }
            }
        }
    }

    /**
     * Computes and writes Morris' elementary effects.
     *
     * @param design the Morris design the sweep was made from, not null
     * @param result the sweep's results, not null
     * @param metrics the metrics to analyse, not null
     * @param resamples bootstrap resamples, in [0, 100,000]
     * @param seed the seed of the resampling
     * @param out where to write, not null
     * @throws IOException if writing fails
     */
    public static void writeMorris(Design design, SweepResult result, List<Metric> metrics, int resamples,
            long seed, Appendable out) throws IOException {
        Objects.requireNonNull(out, "out");
        out.append(MORRIS_HEADER).append('\n');
        for (RoutePolicy policy : result.sweep().policies()) {
            for (Metric metric : metrics) {
                Morris.Result r = Morris.analyse(design, Outputs.horizonMeans(result, policy, RouteGroup.ALL,
                        metric), resamples, seed);
                for (Morris.Effects e : r.effects()) {
                    out.append(key(policy, metric, e.factor())).append(number(e.mu())).append(',')
                            .append(number(e.muStar())).append(',').append(number(e.muStarLower())).append(',')
                            .append(number(e.muStarUpper())).append(',').append(number(e.sigma())).append(',')
                            .append(Integer.toString(r.trajectories())).append(',')
                            .append(Integer.toString(resamples)).append('\n');
                }
            }
        }
    }

    private static String key(RoutePolicy policy, Metric metric, Factor factor) {
        return policy.code() + ',' + RouteGroup.ALL.code() + ',' + metric.key() + ',' + metric.unit() + ','
                + factor.name() + ',';
    }

    private static String number(double x) {
        return Double.isNaN(x) ? "NA" : DecimalText.of(x);
    }
}
