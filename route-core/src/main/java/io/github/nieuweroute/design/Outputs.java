package io.github.nieuweroute.design;

import io.github.nieuweroute.sim.Metric;
import io.github.nieuweroute.sim.RouteGroup;
import io.github.nieuweroute.sim.RoutePolicy;
import io.github.nieuweroute.sim.SweepResult;
import java.util.Objects;

/**
 * Reads the outputs of a design's rows back from the results of the sweep {@link Design#toSweep} made, for
 * {@link Sobol#analyse} and {@link Morris#analyse}. Stateless and thread-safe.
 */
public final class Outputs {

    private Outputs() {}

    /**
     * Returns, for every row of the design in row order, the mean of a metric over the horizon for a route group,
     * under one policy.
     *
     * @param result the results of the design's sweep, not null
     * @param policy one of the sweep's policies, not null
     * @param group the route group, not null
     * @param metric the metric, not null
     * @return one value per row, never null
     * @throws IllegalArgumentException if the sweep did not run the policy, or a row has no value (the group had no
     *     case)
     */
    public static double[] horizonMeans(SweepResult result, RoutePolicy policy, RouteGroup group, Metric metric) {
        Objects.requireNonNull(result, "result");
        Objects.requireNonNull(policy, "policy");
        Objects.requireNonNull(group, "group");
        Objects.requireNonNull(metric, "metric");
        double[] out = result.points().stream().filter(p -> p.point().policy() == policy)
                .mapToDouble(p -> p.result().horizonMean(group, metric).mean()).toArray();
        if (out.length == 0) {
            throw new IllegalArgumentException("The sweep did not run policy " + policy.code());
        }
        for (int i = 0; i < out.length; i++) {
            if (Double.isNaN(out[i])) {
                throw new IllegalArgumentException("Row " + i + " has no value of " + metric.key() + " for route "
                        + group.code() + ": the group had no case");
            }
        }
        return out;
    }
}
