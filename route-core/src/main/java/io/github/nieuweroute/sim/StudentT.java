package io.github.nieuweroute.sim;

/** The 97.5% quantile of Student's t distribution, for two-sided 95% confidence intervals over replications. */
final class StudentT {

    /** Quantiles for 1 to 30 degrees of freedom (standard tables). */
    private static final double[] Q975 = {
        12.706, 4.303, 3.182, 2.776, 2.571, 2.447, 2.365, 2.306, 2.262, 2.228,
        2.201, 2.179, 2.160, 2.145, 2.131, 2.120, 2.110, 2.101, 2.093, 2.086,
        2.080, 2.074, 2.069, 2.064, 2.060, 2.056, 2.052, 2.048, 2.045, 2.042
    };
    private static final double Z975 = 1.959964;

    private StudentT() {}

    /**
     * Returns the 97.5% quantile.
     *
     * @param df degrees of freedom, at least 1
     * @return the quantile; beyond 30 degrees of freedom by the Cornish-Fisher expansion around the normal quantile
     */
    static double quantile975(int df) {
        if (df <= Q975.length) {
            return Q975[df - 1];
        }
        double z = Z975;
        double z3 = z * z * z;
        return z + (z3 + z) / (4.0 * df) + (5 * z3 * z * z + 16 * z3 + 3 * z) / (96.0 * df * df);
    }
}
