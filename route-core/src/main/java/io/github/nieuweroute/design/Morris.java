package io.github.nieuweroute.design;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.SplittableRandom;

/**
 * Screening by elementary effects (nl: Morris-screening): which factors matter at all, cheaply. For each factor, mu
 * (the mean elementary effect: its average direction), mu* (the mean absolute effect: its importance, Campolongo
 * et al. 2007) and sigma (their standard deviation: non-linearity and interactions), with a bootstrap interval for
 * mu*.
 *
 * <p>Sampling (Morris 1991): r trajectories of k + 1 rows on a grid of p levels per factor (p even). A trajectory
 * starts at a random grid point and moves one factor at a time, in random order, by {@code Δ = p / (2 (p - 1))} of
 * the range, up or down, whichever stays in the grid. The elementary effect of a factor in a trajectory is the change
 * of the output divided by the signed step Δ, so effects are per whole range of the factor and comparable between
 * factors. A factor of whole numbers narrower than the grid may not change its value in a step; its effect is then
 * 0 for that trajectory.
 *
 * <p>Stateless and thread-safe.
 */
public final class Morris {

    private Morris() {}

    /**
     * Makes Morris trajectories.
     *
     * @param factors the factors, distinct names, at least one, not null
     * @param trajectories r, in [2, 100,000]; the design has r (k + 1) rows
     * @param levels p, even, in [2, 1000]
     * @param seed the seed; the same seed gives the same rows
     * @return the design, never null
     */
    public static Design design(List<Factor> factors, int trajectories, int levels, long seed) {
        List<Factor> fs = Design.checkFactors(factors);
        Design.checkCount("trajectories", trajectories, 2, 100_000);
        Design.checkCount("levels", levels, 2, 1000);
        if (levels % 2 != 0) {
            throw new IllegalArgumentException("Design setting 'levels' of a Morris design must be even, not "
                    + levels);
        }
        int k = fs.size();
        if ((long) trajectories * (k + 1) > 10_000_000L) {
            throw new IllegalArgumentException("A Morris design of " + trajectories + " trajectories and " + k
                    + " factors has more than 10,000,000 rows");
        }
        int half = levels / 2;
        SplittableRandom random = new SplittableRandom(seed);
        double[][] unit = new double[trajectories * (k + 1)][];
        for (int t = 0; t < trajectories; t++) {
            int[] level = new int[k];
            for (int i = 0; i < k; i++) {
                level[i] = random.nextInt(levels);
            }
            int[] order = Design.permutation(k, random);
            int row = t * (k + 1);
            unit[row] = grid(level, levels);
            for (int s = 0; s < k; s++) {
                int i = order[s];
                // with p even and Δ = p/2 grid steps exactly one of up and down stays in the grid
                level[i] = level[i] < half ? level[i] + half : level[i] - half;
                unit[row + s + 1] = grid(level, levels);
            }
        }
        return new Design(Design.Kind.MORRIS, "trajectories=" + trajectories + " levels=" + levels + " seed="
                + seed, fs, unit);
    }

    private static double[] grid(int[] level, int levels) {
        double[] u = new double[level.length];
        for (int i = 0; i < level.length; i++) {
            u[i] = (double) level[i] / (levels - 1);
        }
        return u;
    }

    /**
     * Computes the elementary effects' statistics from the outputs of a design made by {@link #design}.
     *
     * @param design the Morris design, not null
     * @param outputs one finite output per row of the design, in row order, not null
     * @param resamples bootstrap resamples of the trajectories for mu*'s interval, in [0, 100,000]; 0 leaves the
     *     bounds NaN
     * @param seed the seed of the resampling
     * @return the statistics per factor, never null
     * @throws IllegalArgumentException if the design is not a Morris design or the outputs do not fit it
     */
    public static Result analyse(Design design, double[] outputs, int resamples, long seed) {
        Objects.requireNonNull(design, "design");
        Objects.requireNonNull(outputs, "outputs");
        if (design.kind() != Design.Kind.MORRIS) {
            throw new IllegalArgumentException("Elementary effects need a Morris design, not "
                    + design.kind().code());
        }
        Resampling.checkOutputs(design, outputs);
        Resampling.checkResamples(resamples);
        int k = design.factors().size();
        int r = design.size() / (k + 1);
        double[][] effects = new double[k][r];
        for (int t = 0; t < r; t++) {
            for (int s = 0; s < k; s++) {
                int row = t * (k + 1) + s;
                double[] before = design.unitRow(row);
                double[] after = design.unitRow(row + 1);
                int i = changed(before, after);
                effects[i][t] = (outputs[row + 1] - outputs[row]) / (after[i] - before[i]);
            }
        }
        // resample whole trajectories, the same draw for every factor
        double[][] boot = new double[k][resamples];
        for (int b = 0; b < resamples; b++) {
            int[] idx = Resampling.draw(r, Resampling.random(seed, b));
            for (int i = 0; i < k; i++) {
                double sum = 0;
                for (int t : idx) {
                    sum += Math.abs(effects[i][t]);
                }
                boot[i][b] = sum / r;
            }
        }
        List<Effects> result = new ArrayList<>(k);
        for (int i = 0; i < k; i++) {
            double mu = 0;
            double muStar = 0;
            for (double e : effects[i]) {
                mu += e;
                muStar += Math.abs(e);
            }
            mu /= r;
            muStar /= r;
            double ss = 0;
            for (double e : effects[i]) {
                ss += (e - mu) * (e - mu);
            }
            result.add(new Effects(design.factors().get(i), mu, muStar, Math.sqrt(ss / (r - 1)),
                    resamples == 0 ? Double.NaN : Resampling.quantile(boot[i], 0.025),
                    resamples == 0 ? Double.NaN : Resampling.quantile(boot[i], 0.975)));
        }
        return new Result(result, r, resamples);
    }

    private static int changed(double[] before, double[] after) {
        int found = -1;
        for (int i = 0; i < before.length; i++) {
            if (before[i] != after[i]) {
                if (found >= 0) {
                    throw new IllegalStateException("Morris rows differ in more than one factor");
                }
                found = i;
            }
        }
        if (found < 0) {
            throw new IllegalStateException("Morris rows differ in no factor");
        }
        return found;
    }

    /** The elementary effects' statistics of one factor. Immutable and thread-safe. */
    public static final class Effects {
        private final Factor factor;
        private final double mu;
        private final double muStar;
        private final double sigma;
        private final double muStarLower;
        private final double muStarUpper;

        Effects(Factor factor, double mu, double muStar, double sigma, double muStarLower, double muStarUpper) {
            this.factor = factor;
            this.mu = mu;
            this.muStar = muStar;
            this.sigma = sigma;
            this.muStarLower = muStarLower;
            this.muStarUpper = muStarUpper;
        }

        /** @return the factor, never null */
        public Factor factor() {
            return factor;
        }

        /** @return mu, the mean elementary effect (per whole range of the factor) */
        public double mu() {
            return mu;
        }

        /** @return mu*, the mean absolute elementary effect */
        public double muStar() {
            return muStar;
        }

        /** @return sigma, the standard deviation of the elementary effects */
        public double sigma() {
            return sigma;
        }

        /** @return the lower bound of mu*'s 95% bootstrap interval, NaN without resamples */
        public double muStarLower() {
            return muStarLower;
        }

        /** @return the upper bound of mu*'s 95% bootstrap interval, NaN without resamples */
        public double muStarUpper() {
            return muStarUpper;
        }

        @Override
        public String toString() {
            return factor.name() + ": mu=" + mu + ", mu*=" + muStar + " [" + muStarLower + ", " + muStarUpper
                    + "], sigma=" + sigma;
        }
    }

    /** The statistics of every factor. Immutable and thread-safe. */
    public static final class Result {
        private final List<Effects> effects;
        private final int trajectories;
        private final int resamples;

        Result(List<Effects> effects, int trajectories, int resamples) {
            this.effects = List.copyOf(effects);
            this.trajectories = trajectories;
            this.resamples = resamples;
        }

        /** @return the statistics, in the design's factor order, never null */
        public List<Effects> effects() {
            return effects;
        }

        /**
         * Returns the statistics of one factor.
         *
         * @param name the factor's name, not null
         * @return the statistics, never null
         * @throws IllegalArgumentException if no factor has that name
         */
        public Effects effects(String name) {
            Objects.requireNonNull(name, "name");
            return effects.stream().filter(e -> e.factor().name().equals(name)).findFirst()
                    .orElseThrow(() -> new IllegalArgumentException("No factor '" + name + "'"));
        }

        /** @return r, the trajectories */
        public int trajectories() {
            return trajectories;
        }

        /** @return the bootstrap resamples behind mu*'s interval */
        public int resamples() {
            return resamples;
        }
    }
}
