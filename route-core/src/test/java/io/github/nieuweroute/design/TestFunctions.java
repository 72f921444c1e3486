package io.github.nieuweroute.design;

import java.util.ArrayList;
import java.util.List;
import java.util.function.ToDoubleFunction;

/** Functions with analytically known sensitivity indices, to validate the analyses against. */
final class TestFunctions {

    static final double A = 7;
    static final double B = 0.1;
    static final List<Factor> ISHIGAMI_FACTORS = List.of(Factor.of("x1", -Math.PI, Math.PI),
            Factor.of("x2", -Math.PI, Math.PI), Factor.of("x3", -Math.PI, Math.PI));

    private TestFunctions() {}

    /** Ishigami and Homma (1990): sin x1 + a sin^2 x2 + b x3^4 sin x1, x in [-pi, pi]^3. */
    static double ishigami(double[] x) {
        return Math.sin(x[0]) + A * Math.sin(x[1]) * Math.sin(x[1]) + B * Math.pow(x[2], 4) * Math.sin(x[0]);
    }

    /** The Ishigami function's variance and partial variances (Saltelli et al. 2008, 4.5). */
    static double[] ishigamiFirst() {
        double v = variance();
        double v1 = 0.5 * Math.pow(1 + B * Math.pow(Math.PI, 4) / 5, 2);
        double v2 = A * A / 8;
        return new double[] {v1 / v, v2 / v, 0};
    }

    static double[] ishigamiTotal() {
        double v = variance();
        double v1 = 0.5 * Math.pow(1 + B * Math.pow(Math.PI, 4) / 5, 2);
        double v13 = B * B * Math.pow(Math.PI, 8) * 8 / 225;
        return new double[] {(v1 + v13) / v, A * A / 8 / v, v13 / v};
    }

    private static double variance() {
        return A * A / 8 + B * Math.pow(Math.PI, 4) / 5 + B * B * Math.pow(Math.PI, 8) / 18 + 0.5;
    }

    /** Sobol's g-function: prod (|4 x_i - 2| + a_i) / (1 + a_i), x in [0, 1]^k. */
    static ToDoubleFunction<double[]> gFunction(double[] a) {
        return x -> {
            double g = 1;
            for (int i = 0; i < a.length; i++) {
                g *= (Math.abs(4 * x[i] - 2) + a[i]) / (1 + a[i]);
            }
            return g;
        };
    }

    static List<Factor> unitFactors(int k) {
        List<Factor> fs = new ArrayList<>();
        for (int i = 0; i < k; i++) {
            fs.add(Factor.of("x" + (i + 1), 0, 1));
        }
        return fs;
    }

    /** V_i = 1 / (3 (1 + a_i)^2); V = prod (1 + V_i) - 1; S_i = V_i / V; ST_i = V_i prod_{j != i} (1 + V_j) / V. */
    static double[][] gIndices(double[] a) {
        double[] vi = new double[a.length];
        double prod = 1;
        for (int i = 0; i < a.length; i++) {
            vi[i] = 1 / (3 * (1 + a[i]) * (1 + a[i]));
            prod *= 1 + vi[i];
        }
        double v = prod - 1;
        double[][] out = new double[2][a.length];
        for (int i = 0; i < a.length; i++) {
            out[0][i] = vi[i] / v;
            out[1][i] = vi[i] * prod / (1 + vi[i]) / v;
        }
        return out;
    }

    static double[] evaluate(Design design, ToDoubleFunction<double[]> f) {
        double[] y = new double[design.size()];
        for (int i = 0; i < y.length; i++) {
            y[i] = f.applyAsDouble(design.row(i));
        }
        return y;
    }
}
