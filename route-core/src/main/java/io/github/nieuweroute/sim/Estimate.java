package io.github.nieuweroute.sim;

/**
 * A mean over replications with its 95% confidence interval (nl: schatting): mean +- t(0.975, n - 1) x sd / sqrt(n),
 * with n the replications that had cases to average. With fewer than two replications the bounds are NaN.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class Estimate {

    private final double mean;
    private final double lower;
    private final double upper;
    private final int replications;

    private Estimate(double mean, double lower, double upper, int replications) {
        this.mean = mean;
        this.lower = lower;
        this.upper = upper;
        this.replications = replications;
    }

    /** Makes an estimate from the count, mean and sum of squared deviations (Welford's M2) of n replications. */
    static Estimate of(int n, double mean, double m2) {
        if (n == 0) {
            return new Estimate(Double.NaN, Double.NaN, Double.NaN, 0);
        }
        if (n == 1) {
            return new Estimate(mean, Double.NaN, Double.NaN, 1);
        }
        double half = StudentT.quantile975(n - 1) * Math.sqrt(Math.max(0, m2) / (n - 1)) / Math.sqrt(n);
        return new Estimate(mean, mean - half, mean + half, n);
    }

    /** @return the mean over replications, NaN if no replication had cases */
    public double mean() {
        return mean;
    }

    /** @return the lower bound of the 95% confidence interval, NaN with fewer than two replications */
    public double lower() {
        return lower;
    }

    /** @return the upper bound of the 95% confidence interval, NaN with fewer than two replications */
    public double upper() {
        return upper;
    }

    /** @return how many replications had cases to average */
    public int replications() {
        return replications;
    }

    @Override
    public String toString() {
        return mean + " [" + lower + ", " + upper + "] (n=" + replications + ")";
    }
}
