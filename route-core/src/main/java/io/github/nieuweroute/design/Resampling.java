package io.github.nieuweroute.design;

import java.util.Arrays;
import java.util.SplittableRandom;

/**
 * Bootstrap resampling shared by the analyses: resample {@code b} draws from its own
 * {@link SplittableRandom}, seeded from the analysis seed and {@code b}, so the intervals are the same for a seed
 * whatever order or thread computes them; percentile intervals by linear interpolation between order statistics.
 */
final class Resampling {

    private static final long GOLDEN_GAMMA = 0x9e3779b97f4a7c15L;

    private Resampling() {}

    static SplittableRandom random(long seed, int resample) {
        return new SplittableRandom(mix(seed + GOLDEN_GAMMA * (resample + 1L)));
    }

    /** n indices drawn with replacement from [0, n). */
    static int[] draw(int n, SplittableRandom random) {
        int[] idx = new int[n];
        for (int i = 0; i < n; i++) {
            idx[i] = random.nextInt(n);
        }
        return idx;
    }

    static int[] identity(int n) {
        int[] idx = new int[n];
        for (int i = 0; i < n; i++) {
            idx[i] = i;
        }
        return idx;
    }

    /** The p-quantile of the values (sorted in place), NaN values ignored; NaN if none is left. */
    static double quantile(double[] values, double p) {
        double[] v = Arrays.stream(values).filter(x -> !Double.isNaN(x)).sorted().toArray();
        if (v.length == 0) {
            return Double.NaN;
        }
        double at = p * (v.length - 1);
        int lo = (int) Math.floor(at);
        int hi = Math.min(v.length - 1, lo + 1);
        return v[lo] + (at - lo) * (v[hi] - v[lo]);
    }

    static void checkResamples(int resamples) {
        Design.checkCount("resamples", resamples, 0, 100_000);
    }

    static void checkOutputs(Design design, double[] outputs) {
        if (outputs.length != design.size()) {
            throw new IllegalArgumentException("The design has " + design.size() + " rows but " + outputs.length
                    + " outputs were given");
        }
        for (int i = 0; i < outputs.length; i++) {
            if (!Double.isFinite(outputs[i])) {
                throw new IllegalArgumentException("Output " + i + " is not a finite number: " + outputs[i]);
            }
        }
    }

    private static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
        z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
        return z ^ (z >>> 31);
    }
}
