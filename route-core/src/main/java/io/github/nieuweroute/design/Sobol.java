package io.github.nieuweroute.design;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.SplittableRandom;

/**
 * Variance-based sensitivity (nl: Sobol-indices): for each factor the first-order index S (the share of the output's
 * variance its main effect explains) and the total index ST (the share it explains with all its interactions), with
 * bootstrap confidence intervals.
 *
 * <p>Sampling (Saltelli 2002, 2010): two independent uniform matrices A and B of N rows, and for each factor i the
 * matrix AB_i, which is A with column i taken from B; N (k + 2) model runs for k factors. The design's rows are A,
 * then B, then AB_1 ... AB_k, N rows each. Estimators: Saltelli et al. (2010) for the first order,
 * {@code S_i = mean(f(B) (f(AB_i) - f(A))) / V}, and Jansen (1999) for the total,
 * {@code ST_i = mean((f(A) - f(AB_i))^2) / 2 / V}, with V the variance of f over A and B together. Intervals are
 * bootstrap percentile intervals: the N row indices are resampled with replacement, the same draw for every factor.
 *
 * <p>Validated against the Ishigami function and Sobol's g-function, whose indices are known analytically
 * ({@code SobolTest}). Stateless and thread-safe.
 */
public final class Sobol {

    private Sobol() {}

    /**
     * Makes Saltelli's sample.
     *
     * @param factors the factors, distinct names, at least one, not null
     * @param baseSamples N, the rows of A and of B, in [2, 1,000,000]; the design has N (k + 2) rows
     * @param seed the seed; the same seed gives the same rows
     * @return the design, never null
     */
    public static Design design(List<Factor> factors, int baseSamples, long seed) {
        List<Factor> fs = Design.checkFactors(factors);
        Design.checkCount("baseSamples", baseSamples, 2, 1_000_000);
        int k = fs.size();
        int n = baseSamples;
        if ((long) n * (k + 2) > 10_000_000L) {
            throw new IllegalArgumentException("A Sobol design of " + n + " base samples and " + k
                    + " factors has more than 10,000,000 rows");
        }
        SplittableRandom random = new SplittableRandom(seed);
        double[][] a = new double[n][k];
        double[][] b = new double[n][k];
        for (double[][] m : new double[][][] {a, b}) {
            for (double[] row : m) {
                for (int i = 0; i < k; i++) {
                    row[i] = random.nextDouble();
                }
            }
        }
        double[][] unit = new double[n * (k + 2)][];
        for (int j = 0; j < n; j++) {
            unit[j] = a[j];
            unit[n + j] = b[j];
            for (int i = 0; i < k; i++) {
                double[] ab = a[j].clone();
                ab[i] = b[j][i];
                unit[(2 + i) * n + j] = ab;
            }
        }
        return new Design(Design.Kind.SOBOL, "base-samples=" + n + " seed=" + seed, fs, unit);
    }

    /**
     * Computes the indices from the outputs of a design made by {@link #design}.
     *
     * @param design the Sobol design, not null
     * @param outputs one finite output per row of the design, in row order, not null
     * @param resamples bootstrap resamples for the intervals, in [0, 100,000]; 0 leaves the bounds NaN
     * @param seed the seed of the resampling
     * @return the indices, never null; NaN where the output does not vary
     * @throws IllegalArgumentException if the design is not a Sobol design or the outputs do not fit it
     */
    public static Result analyse(Design design, double[] outputs, int resamples, long seed) {
        Objects.requireNonNull(design, "design");
        Objects.requireNonNull(outputs, "outputs");
        if (design.kind() != Design.Kind.SOBOL) {
            throw new IllegalArgumentException("Sobol indices need a Sobol design, not " + design.kind().code());
        }
        Resampling.checkOutputs(design, outputs);
        Resampling.checkResamples(resamples);
        int k = design.factors().size();
        int n = design.size() / (k + 2);
        double[] point = estimate(outputs, n, k, Resampling.identity(n));
        double[][] boot = new double[2 * k][resamples];
        for (int r = 0; r < resamples; r++) {
            double[] e = estimate(outputs, n, k, Resampling.draw(n, Resampling.random(seed, r)));
            for (int i = 0; i < 2 * k; i++) {
                boot[i][r] = e[i];
            }
        }
        List<Index> indices = new ArrayList<>(k);
        for (int i = 0; i < k; i++) {
            indices.add(new Index(design.factors().get(i), point[i], bound(boot[i], 0.025, resamples),
                    bound(boot[i], 0.975, resamples), point[k + i], bound(boot[k + i], 0.025, resamples),
                    bound(boot[k + i], 0.975, resamples)));
        }
        return new Result(indices, point[2 * k], n, resamples);
    }

    private static double bound(double[] values, double p, int resamples) {
        return resamples == 0 ? Double.NaN : Resampling.quantile(values, p);
    }

    /** First-order indices 0..k-1, total k..2k-1, variance at 2k, over the rows idx of A and B. */
    private static double[] estimate(double[] y, int n, int k, int[] idx) {
        double sum = 0;
        double any = y[idx[0]];
        boolean constant = true;
        for (int j : idx) {
            sum += y[j] + y[n + j];
            constant &= y[j] == any && y[n + j] == any;
        }
        double mean = sum / (2.0 * n);
        double ss = 0;
        for (int j : idx) {
            ss += (y[j] - mean) * (y[j] - mean) + (y[n + j] - mean) * (y[n + j] - mean);
        }
        // a constant output has no variance to share out, not the rounding residue of its mean
        double variance = constant ? 0 : ss / (2.0 * n - 1);
        double[] out = new double[2 * k + 1];
        for (int i = 0; i < k; i++) {
            int ab = (2 + i) * n;
            double first = 0;
            double total = 0;
            for (int j : idx) {
                double fa = y[j];
                double fab = y[ab + j];
                first += y[n + j] * (fab - fa);
                total += (fa - fab) * (fa - fab);
            }
            out[i] = variance > 0 ? first / n / variance : Double.NaN;
            out[k + i] = variance > 0 ? total / (2.0 * n) / variance : Double.NaN;
        }
        out[2 * k] = variance;
        return out;
    }

    /** The indices of one factor with their 95% bootstrap intervals. Immutable and thread-safe. */
    public static final class Index {
        private final Factor factor;
        private final double first;
        private final double firstLower;
        private final double firstUpper;
        private final double total;
        private final double totalLower;
        private final double totalUpper;

        Index(Factor factor, double first, double firstLower, double firstUpper, double total, double totalLower,
                double totalUpper) {
            this.factor = factor;
            this.first = first;
            this.firstLower = firstLower;
            this.firstUpper = firstUpper;
            this.total = total;
            this.totalLower = totalLower;
            this.totalUpper = totalUpper;
        }

        /** @return the factor, never null */
        public Factor factor() {
            return factor;
        }

        /** @return the first-order index S */
        public double first() {
            return first;
        }

        /** @return the lower bound of S's 95% bootstrap interval, NaN without resamples */
        public double firstLower() {
            return firstLower;
        }

        /** @return the upper bound of S's 95% bootstrap interval, NaN without resamples */
        public double firstUpper() {
            return firstUpper;
        }

        /** @return the total index ST */
        public double total() {
            return total;
        }

        /** @return the lower bound of ST's 95% bootstrap interval, NaN without resamples */
        public double totalLower() {
            return totalLower;
        }

        /** @return the upper bound of ST's 95% bootstrap interval, NaN without resamples */
        public double totalUpper() {
            return totalUpper;
        }

        @Override
        public String toString() {
            return factor.name() + ": S=" + first + " [" + firstLower + ", " + firstUpper + "], ST=" + total + " ["
                    + totalLower + ", " + totalUpper + "]";
        }
    }

    /** The indices of every factor. Immutable and thread-safe. */
    public static final class Result {
        private final List<Index> indices;
        private final double variance;
        private final int baseSamples;
        private final int resamples;

        Result(List<Index> indices, double variance, int baseSamples, int resamples) {
            this.indices = List.copyOf(indices);
            this.variance = variance;
            this.baseSamples = baseSamples;
            this.resamples = resamples;
        }

        /** @return the indices, in the design's factor order, never null */
        public List<Index> indices() {
            return indices;
        }

        /**
         * Returns the indices of one factor.
         *
         * @param name the factor's name, not null
         * @return the indices, never null
         * @throws IllegalArgumentException if no factor has that name
         */
        public Index index(String name) {
            Objects.requireNonNull(name, "name");
            return indices.stream().filter(i -> i.factor().name().equals(name)).findFirst()
                    .orElseThrow(() -> new IllegalArgumentException("No factor '" + name + "'"));
        }

        /** @return the variance of the output over A and B */
        public double variance() {
            return variance;
        }

        /** @return N, the base samples */
        public int baseSamples() {
            return baseSamples;
        }

        /** @return the bootstrap resamples behind the intervals */
        public int resamples() {
            return resamples;
        }
    }
}
