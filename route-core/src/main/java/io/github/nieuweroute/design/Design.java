package io.github.nieuweroute.design;

import io.github.nieuweroute.sim.Parameter;
import io.github.nieuweroute.sim.RoutePolicy;
import io.github.nieuweroute.sim.Scenario;
import io.github.nieuweroute.sim.SimulationParameterException;
import io.github.nieuweroute.sim.Sweep;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.SplittableRandom;

/**
 * The points of an experiment (nl: proefopzet): rows in the unit cube, one column per {@link Factor}, and the
 * factors' values they stand for.
 *
 * <p>Kinds: a full factorial grid ({@link #fullFactorial}), a Latin hypercube sample ({@link #latinHypercube}),
 * Morris trajectories ({@link Morris#design}) and Saltelli's sample for Sobol' indices ({@link Sobol#design}). The
 * same arguments give the same rows.
 *
 * <p>Example: 64 Latin hypercube points over two parameters, under two policies, run with one seed.
 * <pre>{@code
 * Design design = Design.latinHypercube(List.of(Factor.of("environmentInfluence", 0.2, 0.6),
 *         Factor.of("memberHoursPerWeek", 0.5, 3)), 64, 7);
 * SweepResult result = simulator.sweep(design.toSweep(base, RoutePolicy.OLD, RoutePolicy.NEW), 42);
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 */
public final class Design {

    /** The kinds of design, with the code results name them by. */
    public enum Kind {
        /** Every combination of equally spaced levels. */
        FULL_FACTORIAL,
        /** One point in each of n equal slices of every factor's range, paired at random. */
        LATIN_HYPERCUBE,
        /** Morris' one-at-a-time trajectories for elementary effects. */
        MORRIS,
        /** Saltelli's sample (matrices A, B and A with column i from B) for Sobol' indices. */
        SOBOL;

        /** @return the code, such as {@code latin-hypercube}, never null */
        public String code() {
            return name().toLowerCase(Locale.ROOT).replace('_', '-');
        }
    }

    private final Kind kind;
    private final String settings;
    private final List<Factor> factors;
    private final double[][] unit;

    Design(Kind kind, String settings, List<Factor> factors, double[][] unit) {
        this.kind = kind;
        this.settings = settings;
        this.factors = factors;
        this.unit = unit;
    }

    static List<Factor> checkFactors(List<Factor> factors) {
        Objects.requireNonNull(factors, "factors");
        Set<String> names = new HashSet<>();
        for (Factor f : factors) {
            if (!names.add(Objects.requireNonNull(f, "factor").name())) {
                throw new IllegalArgumentException("Factor '" + f.name() + "' is given twice");
            }
        }
        if (factors.isEmpty()) {
            throw new IllegalArgumentException("A design needs at least one factor");
        }
        return List.copyOf(factors);
    }

    static void checkCount(String what, int value, int min, int max) {
        if (value < min || value > max) {
            throw new IllegalArgumentException("Design setting '" + what + "' must be a whole number in [" + min
                    + ", " + max + "], not " + value);
        }
    }

    /**
     * Makes a full factorial design: every combination of {@code levels} equally spaced values of every factor,
     * from low to high, the last factor varying fastest.
     *
     * @param factors the factors, distinct names, at least one, not null
     * @param levels values per factor, in [2, 1000]
     * @return the design, never null
     * @throws IllegalArgumentException if there are more than 1,000,000 rows or an argument is invalid
     */
    public static Design fullFactorial(List<Factor> factors, int levels) {
        List<Factor> fs = checkFactors(factors);
        checkCount("levels", levels, 2, 1000);
        double size = Math.pow(levels, fs.size());
        if (size > 1_000_000) {
            throw new IllegalArgumentException("A full factorial design of " + levels + " levels and " + fs.size()
                    + " factors has more than 1,000,000 rows");
        }
        int n = (int) size;
        double[][] unit = new double[n][fs.size()];
        for (int row = 0; row < n; row++) {
            int rest = row;
            for (int a = fs.size() - 1; a >= 0; a--) {
                unit[row][a] = (double) (rest % levels) / (levels - 1);
                rest /= levels;
            }
        }
        return new Design(Kind.FULL_FACTORIAL, "levels=" + levels, fs, unit);
    }

    /**
     * Makes a Latin hypercube sample: every factor's range cut into {@code samples} equal slices, each slice used by
     * exactly one row at a uniformly drawn place within it, the slices of different factors paired by independent
     * random permutations (McKay, Beckman and Conover 1979).
     *
     * @param factors the factors, distinct names, at least one, not null
     * @param samples the number of rows, in [1, 1,000,000]
     * @param seed the seed; the same seed gives the same rows
     * @return the design, never null
     */
    public static Design latinHypercube(List<Factor> factors, int samples, long seed) {
        List<Factor> fs = checkFactors(factors);
        checkCount("samples", samples, 1, 1_000_000);
        SplittableRandom random = new SplittableRandom(seed);
        double[][] unit = new double[samples][fs.size()];
        for (int a = 0; a < fs.size(); a++) {
            int[] slice = permutation(samples, random);
            for (int row = 0; row < samples; row++) {
                unit[row][a] = (slice[row] + random.nextDouble()) / samples;
            }
        }
        return new Design(Kind.LATIN_HYPERCUBE, "samples=" + samples + " seed=" + seed, fs, unit);
    }

    static int[] permutation(int n, SplittableRandom random) {
        int[] p = new int[n];
        for (int i = 0; i < n; i++) {
            p[i] = i;
        }
        for (int i = n - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            int t = p[i];
            p[i] = p[j];
            p[j] = t;
        }
        return p;
    }

    /** @return the kind, never null */
    public Kind kind() {
        return kind;
    }

    /** @return the factors, in column order, never null */
    public List<Factor> factors() {
        return factors;
    }

    /** @return the number of rows */
    public int size() {
        return unit.length;
    }

    /**
     * Returns a row in the unit cube.
     *
     * @param row from 0 to size - 1
     * @return a copy of the coordinates, each in [0, 1], never null
     */
    public double[] unitRow(int row) {
        return unit[Objects.checkIndex(row, unit.length)].clone();
    }

    /**
     * Returns a row as the factors' values.
     *
     * @param row from 0 to size - 1
     * @return the values, one per factor, never null
     */
    public double[] row(int row) {
        double[] u = unit[Objects.checkIndex(row, unit.length)];
        double[] x = new double[u.length];
        for (int a = 0; a < u.length; a++) {
            x[a] = factors.get(a).scale(u[a]);
        }
        return x;
    }

    /** @return every row as the factors' values, in order, never null */
    public List<double[]> rows() {
        List<double[]> rows = new ArrayList<>(unit.length);
        for (int i = 0; i < unit.length; i++) {
            rows.add(row(i));
        }
        return Collections.unmodifiableList(rows);
    }

    /**
     * Returns the design's description as results carry it: the kind's code and its settings, such as
     * {@code latin-hypercube samples=64 seed=7}, then each factor's range.
     *
     * @return one line, never null
     */
    public String description() {
        StringBuilder b = new StringBuilder(kind.code()).append(' ').append(settings);
        for (Factor f : factors) {
            b.append(' ').append(f.name()).append(f.whole() ? "=whole[" : "=[")
                    .append(io.github.nieuweroute.sim.DecimalText.of(f.low())).append(',')
                    .append(io.github.nieuweroute.sim.DecimalText.of(f.high())).append(']');
        }
        return b.toString();
    }

    /**
     * Makes the sweep that runs every row of this design, whose factors are simulation parameters named by their
     * keys, under each of the given policies (all rows of the first policy, then all of the next).
     *
     * @param base the scenario every point starts from, not null
     * @param policies at least one policy; the base scenario's if none is given
     * @return the sweep, never null
     * @throws IllegalArgumentException if a factor is not a parameter key
     * @throws SimulationParameterException if a value is outside its parameter's range or a row is inconsistent
     */
    public Sweep toSweep(Scenario base, RoutePolicy... policies) {
        Objects.requireNonNull(base, "base");
        List<Parameter> parameters = new ArrayList<>();
        for (Factor f : factors) {
            Parameter p = Parameter.byKey(f.name()).orElseThrow(() -> new IllegalArgumentException(
                    "Factor '" + f.name() + "' is not a simulation parameter"));
            if (p.integral() && !f.whole()) {
                throw new IllegalArgumentException("Parameter '" + p.key() + "' takes whole numbers: use "
                        + "Factor.wholeNumbers");
            }
            parameters.add(p);
        }
        Sweep.Builder b = Sweep.over(base).design(description(), parameters, rows());
        if (policies.length > 0) {
            b.policies(policies);
        }
        return b.build();
    }

    @Override
    public String toString() {
        return "Design{" + description() + ", " + unit.length + " rows}";
    }
}
