package io.github.nieuweroute.examples.cli;

import io.github.nieuweroute.design.Design;
import io.github.nieuweroute.design.Factor;
import io.github.nieuweroute.design.Morris;
import io.github.nieuweroute.design.Sobol;
import io.github.nieuweroute.sim.DecimalText;
import io.github.nieuweroute.sim.Metric;
import io.github.nieuweroute.sim.Parameter;
import io.github.nieuweroute.sim.Parameters;
import io.github.nieuweroute.sim.RoutePolicy;
import io.github.nieuweroute.sim.Scenario;
import io.github.nieuweroute.sim.Sweep;
import java.io.IOException;
import java.io.Reader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Properties;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * The runs of {@code route simulate}: named presets, or a scenario file in Java properties format.
 *
 * <p>A scenario file has the settings {@code name}, {@code policy} (one code or a comma-separated list:
 * {@code old}, {@code dead-end}, {@code new}, {@code transition-from-old}, {@code transition-from-dead-end}),
 * {@code cohortSize}, {@code horizonWeeks}, {@code intakeWeeks}, {@code replications}, {@code startDate},
 * {@code seed}, and any simulation parameter by its key. A parameter takes one value ({@code 0.4}), a list
 * ({@code 0.2, 0.4, 0.6}), a range {@code start:stop:step} ({@code 0.2:0.6:0.1}, stop included) or an interval
 * {@code low:high} for designs. {@code design} chooses how lists, ranges and intervals become points:
 * {@code full-factorial} (the default: every combination of lists and ranges, or of {@code levels} equally spaced
 * values of each interval), {@code latin-hypercube} ({@code samples} rows over the intervals), {@code morris}
 * ({@code trajectories}, {@code levels}) or {@code sobol} ({@code samples} base samples); {@code designSeed} (the
 * run's seed unless given), {@code analyse} (metric keys for Morris and Sobol, all unless given) and
 * {@code resamples} (bootstrap, 1000 unless given). {@code library.version} is read and ignored (results name the
 * version that wrote them). Unknown keys are an error.
 */
final class ScenarioInput {

    /** The presets, by name. */
    static final Map<String, RunPlan> PRESETS = presets();

    private static final List<String> SETTINGS = List.of("name", "policy", "cohortSize", "horizonWeeks",
            "intakeWeeks", "replications", "startDate", "seed", "design", "samples", "trajectories", "levels",
            "designSeed", "analyse", "resamples", "library.version");
    private static final int MAX_VALUES = 10_000;

    private ScenarioInput() {}

    private static Map<String, RunPlan> presets() {
        Map<String, RunPlan> presets = new LinkedHashMap<>();
        presets.put("demo", compare("demo", 2_000, 104, 3));
        presets.put("compare-routes", compare("compare", 20_000, 260, 5));
        Scenario transition = Scenario.builder().name("transition").policy(RoutePolicy.TRANSITION_FROM_OLD)
                .cohortSize(20_000).intakeWeeks(520).horizonWeeks(780).replications(3).build();
        presets.put("transition", plain(transition, Sweep.over(transition).build()));
        return presets;
    }

    private static RunPlan compare(String name, int cohort, int weeks, int replications) {
        Scenario base = Scenario.builder().name(name).cohortSize(cohort).horizonWeeks(weeks)
                .replications(replications).build();
        return plain(base, Sweep.over(base).policies(RoutePolicy.OLD, RoutePolicy.DEAD_END, RoutePolicy.NEW)
                .build());
    }

    private static RunPlan plain(Scenario base, Sweep sweep) {
        List<String> file = settingsLines(base, sweep.policies());
        for (Parameter p : Parameter.values()) {
            file.add(p.key() + "=" + DecimalText.of(base.parameters().get(p)));
        }
        return new RunPlan(base.name(), sweep, Optional.empty(), List.of(), 0, 1L, file);
    }

    static RunPlan preset(String name, OptionalLong seed) throws Inputs.InvalidInput {
        RunPlan plan = PRESETS.get(name);
        if (plan == null) {
            throw new Inputs.InvalidInput("no preset '" + name + "'; use one of: "
                    + String.join(", ", PRESETS.keySet()));
        }
        return plan.withSeed(seed.orElse(plan.seed));
    }

    /**
     * Reads a scenario file.
     *
     * @param file the file
     * @param seed the seed given on the command line, which wins over the file's
     */
    static RunPlan read(Path file, OptionalLong seed) throws Inputs.InvalidInput {
        Properties p = new Properties();
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            p.load(in);
        } catch (IOException e) {
            throw new Inputs.InvalidInput(file + ": cannot read: " + e.getMessage());
        }
        Map<String, String> values = new LinkedHashMap<>();
        for (String key : new TreeSet<>(p.stringPropertyNames())) {
            values.put(key, p.getProperty(key).trim());
        }
        try {
            return plan(file, values, seed);
        } catch (IllegalArgumentException e) {
            throw new Inputs.InvalidInput(file + ": " + e.getMessage());
        }
    }

    private static RunPlan plan(Path file, Map<String, String> values, OptionalLong commandLineSeed)
            throws Inputs.InvalidInput {
        Scenario.Builder b = Scenario.builder();
        Parameters parameters = Parameters.defaults();
        Map<Parameter, String> varied = new LinkedHashMap<>();
        List<RoutePolicy> policies = List.of(RoutePolicy.OLD);
        OptionalLong seed = OptionalLong.empty();
        for (Map.Entry<String, String> e : values.entrySet()) {
            String key = e.getKey();
            String value = e.getValue();
            switch (key) {
                case "policy": policies = policies(file, value); break;
                case "cohortSize": b.cohortSize(integer(file, key, value)); break;
                case "horizonWeeks": b.horizonWeeks(integer(file, key, value)); break;
                case "intakeWeeks": b.intakeWeeks(integer(file, key, value)); break;
                case "replications": b.replications(integer(file, key, value)); break;
                case "startDate": b.startDate(date(file, value)); break;
                case "seed": seed = OptionalLong.of(longValue(file, key, value)); break;
                default:
                    if (SETTINGS.contains(key)) {
                        break;
                    }
                    Parameter parameter = Parameter.byKey(key).orElseThrow(() -> new Inputs.InvalidInput(file
                            + ": unknown key '" + key + "'; scenario keys are " + String.join(", ", SETTINGS)
                            + ", or a parameter key: " + Arrays.stream(Parameter.values()).map(Parameter::key)
                                    .collect(Collectors.joining(", "))));
                    if (value.contains(",") || value.contains(":")) {
                        varied.put(parameter, value);
                    } else {
                        parameters = parameters.with(parameter, number(file, key, value));
                    }
            }
        }
        long runSeed = commandLineSeed.orElse(seed.orElse(1L));
        String name = values.getOrDefault("name", "scenario");
        Scenario base = b.name(name).policy(policies.get(0)).parameters(parameters).build();
        String designName = values.getOrDefault("design", Sweep.FULL_FACTORIAL);
        long designSeed = values.containsKey("designSeed") ? longValue(file, "designSeed", values.get("designSeed"))
                : runSeed;
        List<Metric> analysed = metrics(file, values.get("analyse"));
        int resamples = values.containsKey("resamples") ? integer(file, "resamples", values.get("resamples")) : 1000;
        List<String> lines = settingsLines(base, policies);
        for (Parameter parameter : Parameter.values()) {
            lines.add(parameter.key() + "=" + varied.getOrDefault(parameter,
                    DecimalText.of(base.parameters().get(parameter))));
        }
        RoutePolicy[] policyArray = policies.toArray(new RoutePolicy[0]);
        if (designName.equals(Sweep.FULL_FACTORIAL) && !values.containsKey("levels")) {
            Sweep.Builder sweep = Sweep.over(base).policies(policyArray);
            for (Map.Entry<Parameter, String> axis : varied.entrySet()) {
                sweep.vary(axis.getKey(), axis(file, axis.getKey(), axis.getValue()));
            }
            lines.add("design=" + Sweep.FULL_FACTORIAL);
            return new RunPlan(name, sweep.build(), Optional.empty(), List.of(), resamples, runSeed, lines);
        }
        if (varied.isEmpty()) {
            throw new Inputs.InvalidInput(file + ": design " + designName + " needs at least one parameter given "
                    + "as an interval low:high");
        }
        List<Factor> factors = new ArrayList<>();
        for (Map.Entry<Parameter, String> e : varied.entrySet()) {
            factors.add(factor(file, e.getKey(), e.getValue()));
        }
        Design design;
        switch (designName) {
            case "full-factorial":
                design = Design.fullFactorial(factors, setting(file, values, "levels", null));
                lines.add("design=full-factorial");
                lines.add("levels=" + values.get("levels"));
                break;
            case "latin-hypercube":
                design = Design.latinHypercube(factors, setting(file, values, "samples", null), designSeed);
                lines.add("design=latin-hypercube");
                lines.add("samples=" + values.get("samples"));
                break;
            case "morris":
                design = Morris.design(factors, setting(file, values, "trajectories", null),
                        setting(file, values, "levels", 4), designSeed);
                lines.add("design=morris");
                lines.add("trajectories=" + values.get("trajectories"));
                lines.add("levels=" + values.getOrDefault("levels", "4"));
                break;
            case "sobol":
                design = Sobol.design(factors, setting(file, values, "samples", null), designSeed);
                lines.add("design=sobol");
                lines.add("samples=" + values.get("samples"));
                break;
            default:
                throw new Inputs.InvalidInput(file + ": design '" + designName + "' is none of: full-factorial, "
                        + "latin-hypercube, morris, sobol");
        }
        lines.add("designSeed=" + designSeed);
        boolean analysis = design.kind() == Design.Kind.MORRIS || design.kind() == Design.Kind.SOBOL;
        if (analysis) {
            lines.add("analyse=" + analysed.stream().map(Metric::key).collect(Collectors.joining(",")));
            lines.add("resamples=" + resamples);
        }
        return new RunPlan(name, design.toSweep(base, policyArray), Optional.of(design),
                analysis ? analysed : List.of(), resamples, runSeed, lines);
    }

    /** The settings of a scenario file, without parameters and design. */
    private static List<String> settingsLines(Scenario base, List<RoutePolicy> policies) {
        List<String> lines = new ArrayList<>();
        lines.add("name=" + base.name());
        lines.add("policy=" + policies.stream().map(RoutePolicy::code).collect(Collectors.joining(",")));
        lines.add("cohortSize=" + base.cohortSize());
        lines.add("horizonWeeks=" + base.horizonWeeks());
        lines.add("intakeWeeks=" + base.intakeWeeks());
        lines.add("replications=" + base.replications());
        lines.add("startDate=" + base.startDate());
        return lines;
    }

    private static int setting(Path file, Map<String, String> values, String key, Integer otherwise)
            throws Inputs.InvalidInput {
        String value = values.get(key);
        if (value == null) {
            if (otherwise == null) {
                throw new Inputs.InvalidInput(file + ": design " + values.getOrDefault("design", "full-factorial")
                        + " needs '" + key + "'");
            }
            return otherwise;
        }
        return integer(file, key, value);
    }

    private static List<Metric> metrics(Path file, String value) throws Inputs.InvalidInput {
        if (value == null) {
            return List.of(Metric.values());
        }
        List<Metric> metrics = new ArrayList<>();
        for (String part : value.split(",")) {
            String key = part.trim();
            metrics.add(Metric.byKey(key).orElseThrow(() -> new Inputs.InvalidInput(file + ": analyse: no metric '"
                    + key + "'; metrics are " + Arrays.stream(Metric.values()).map(Metric::key)
                            .collect(Collectors.joining(", ")))));
        }
        return metrics;
    }

    /** A list or a range start:stop:step, for a grid. */
    static double[] axis(Path file, Parameter parameter, String value) throws Inputs.InvalidInput {
        String key = parameter.key();
        if (value.contains(",")) {
            if (value.contains(":")) {
                throw new Inputs.InvalidInput(file + ": " + key + " is either a list a, b, c or a range "
                        + "start:stop:step");
            }
            String[] parts = value.split(",");
            double[] out = new double[parts.length];
            for (int i = 0; i < parts.length; i++) {
                out[i] = number(file, key, parts[i].trim());
            }
            return out;
        }
        String[] parts = value.split(":");
        if (parts.length != 3) {
            throw new Inputs.InvalidInput(file + ": " + key + "=" + value + " is an interval low:high, which only a "
                    + "design takes (design=latin-hypercube, morris or sobol, or full-factorial with levels); a "
                    + "grid takes a list a, b, c or a range start:stop:step");
        }
        BigDecimal start = decimal(file, key, parts[0]);
        BigDecimal stop = decimal(file, key, parts[1]);
        BigDecimal step = decimal(file, key, parts[2]);
        if (step.signum() <= 0 || stop.compareTo(start) < 0) {
            throw new Inputs.InvalidInput(file + ": " + key + "=" + value + " needs start <= stop and a step above "
                    + "0");
        }
        // decimal arithmetic: 0.2 + 2 x 0.1 is 0.4, not 0.4000000000000001
        List<Double> out = new ArrayList<>();
        for (BigDecimal x = start; x.compareTo(stop) <= 0; x = x.add(step)) {
            if (out.size() == MAX_VALUES) {
                throw new Inputs.InvalidInput(file + ": " + key + "=" + value + " has more than " + MAX_VALUES
                        + " values");
            }
            out.add(x.doubleValue());
        }
        return out.stream().mapToDouble(Double::doubleValue).toArray();
    }

    private static Factor factor(Path file, Parameter parameter, String value) throws Inputs.InvalidInput {
        String[] parts = value.split(":");
        if (value.contains(",") || parts.length != 2) {
            throw new Inputs.InvalidInput(file + ": " + parameter.key() + "=" + value + ": a design other than a "
                    + "grid takes an interval low:high");
        }
        double low = parameter.check(number(file, parameter.key(), parts[0].trim()));
        double high = parameter.check(number(file, parameter.key(), parts[1].trim()));
        return parameter.integral() ? Factor.wholeNumbers(parameter.key(), low, high)
                : Factor.of(parameter.key(), low, high);
    }

    private static List<RoutePolicy> policies(Path file, String value) throws Inputs.InvalidInput {
        List<RoutePolicy> policies = new ArrayList<>();
        for (String part : value.split(",")) {
            String code = part.trim();
            policies.add(RoutePolicy.byCode(code).orElseThrow(() -> new Inputs.InvalidInput(file + ": policy '"
                    + code + "' is none of: " + Arrays.stream(RoutePolicy.values()).map(RoutePolicy::code)
                            .collect(Collectors.joining(", ")))));
        }
        return policies;
    }

    private static int integer(Path file, String key, String value) throws Inputs.InvalidInput {
        try {
            return Integer.parseInt(value);
        } catch (NumberFormatException e) {
            throw new Inputs.InvalidInput(file + ": " + key + " must be a whole number, not '" + value + "'");
        }
    }

    private static long longValue(Path file, String key, String value) throws Inputs.InvalidInput {
        try {
            return Long.parseLong(value);
        } catch (NumberFormatException e) {
            throw new Inputs.InvalidInput(file + ": " + key + " must be a whole number, not '" + value + "'");
        }
    }

    private static double number(Path file, String key, String value) throws Inputs.InvalidInput {
        try {
            return Double.parseDouble(value);
        } catch (NumberFormatException e) {
            throw new Inputs.InvalidInput(file + ": " + key + " must be a number, not '" + value + "'");
        }
    }

    private static BigDecimal decimal(Path file, String key, String value) throws Inputs.InvalidInput {
        try {
            return new BigDecimal(value.trim());
        } catch (NumberFormatException e) {
            throw new Inputs.InvalidInput(file + ": " + key + " must be a number, not '" + value.trim() + "'");
        }
    }

    private static LocalDate date(Path file, String value) throws Inputs.InvalidInput {
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            throw new Inputs.InvalidInput(file + ": startDate must be an ISO date such as 2026-01-05, not '" + value
                    + "'");
        }
    }
}
