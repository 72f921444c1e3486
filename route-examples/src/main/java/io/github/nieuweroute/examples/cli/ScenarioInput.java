package io.github.nieuweroute.examples.cli;

import io.github.nieuweroute.sim.Parameter;
import io.github.nieuweroute.sim.Parameters;
import io.github.nieuweroute.sim.RoutePolicy;
import io.github.nieuweroute.sim.Scenario;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * The scenarios of {@code route simulate}: named presets, or a scenario file in Java properties format.
 *
 * <p>A scenario file has the keys {@code name}, {@code policy} (a comma-separated list runs one scenario per policy:
 * {@code old}, {@code dead_end}, {@code new}, {@code transition_from_old}, {@code transition_from_dead_end}),
 * {@code cohortSize}, {@code horizonWeeks}, {@code intakeWeeks}, {@code replications}, {@code startDate}, and any
 * simulation parameter by its key (such as {@code environmentInfluence=0.4}). Unknown keys are an error.
 */
final class ScenarioInput {

    /** The presets, by name. */
    static final Map<String, List<Scenario>> PRESETS = presets();

    private ScenarioInput() {}

    private static Map<String, List<Scenario>> presets() {
        Map<String, List<Scenario>> presets = new LinkedHashMap<>();
        presets.put("demo", compare("demo", 2_000, 104, 3));
        presets.put("compare-routes", compare("compare", 20_000, 260, 5));
        presets.put("transition", List.of(Scenario.builder().name("transition-from-old")
                .policy(RoutePolicy.TRANSITION_FROM_OLD).cohortSize(20_000).intakeWeeks(520).horizonWeeks(780)
                .replications(3).build()));
        return presets;
    }

    private static List<Scenario> compare(String prefix, int cohort, int weeks, int replications) {
        List<Scenario> scenarios = new ArrayList<>();
        for (RoutePolicy policy : List.of(RoutePolicy.OLD, RoutePolicy.DEAD_END, RoutePolicy.NEW)) {
            scenarios.add(Scenario.builder().name(prefix + "-" + policy.name().toLowerCase(Locale.ROOT).replace('_', '-'))
                    .policy(policy).cohortSize(cohort).horizonWeeks(weeks).replications(replications).build());
        }
        return List.copyOf(scenarios);
    }

    static List<Scenario> preset(String name) throws Inputs.InvalidInput {
        List<Scenario> scenarios = PRESETS.get(name);
        if (scenarios == null) {
            throw new Inputs.InvalidInput("no preset '" + name + "'; use one of: " + String.join(", ", PRESETS.keySet()));
        }
        return scenarios;
    }

    static List<Scenario> read(Path file) throws Inputs.InvalidInput {
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
            Scenario.Builder b = Scenario.builder();
            Parameters parameters = Parameters.defaults();
            List<RoutePolicy> policies = List.of(RoutePolicy.OLD);
            String name = values.getOrDefault("name", "scenario");
            for (Map.Entry<String, String> e : values.entrySet()) {
                String key = e.getKey();
                String value = e.getValue();
                switch (key) {
                    case "name": break;
                    case "policy": policies = policies(file, value); break;
                    case "cohortSize": b.cohortSize(integer(file, key, value)); break;
                    case "horizonWeeks": b.horizonWeeks(integer(file, key, value)); break;
                    case "intakeWeeks": b.intakeWeeks(integer(file, key, value)); break;
                    case "replications": b.replications(integer(file, key, value)); break;
                    case "startDate": b.startDate(date(file, value)); break;
                    default:
                        Parameter parameter = Parameter.byKey(key).orElseThrow(() -> new Inputs.InvalidInput(file
                                + ": unknown key '" + key + "'; scenario keys are name, policy, cohortSize, "
                                + "horizonWeeks, intakeWeeks, replications, startDate, or a parameter key: "
                                + Arrays.stream(Parameter.values()).map(Parameter::key)
                                        .collect(Collectors.joining(", "))));
                        parameters = parameters.with(parameter, number(file, key, value));
                }
            }
            b.parameters(parameters);
            List<Scenario> scenarios = new ArrayList<>();
            for (RoutePolicy policy : policies) {
                String suffix = policies.size() == 1 ? "" : "-" + policy.name().toLowerCase(Locale.ROOT).replace('_', '-');
                scenarios.add(b.name(name + suffix).policy(policy).build());
            }
            return scenarios;
        } catch (IllegalArgumentException e) {
            throw new Inputs.InvalidInput(file + ": " + e.getMessage());
        }
    }

    private static List<RoutePolicy> policies(Path file, String value) throws Inputs.InvalidInput {
        List<RoutePolicy> policies = new ArrayList<>();
        for (String part : value.split(",")) {
            try {
                policies.add(RoutePolicy.valueOf(part.trim().toUpperCase(Locale.ROOT).replace('-', '_')));
            } catch (IllegalArgumentException e) {
                throw new Inputs.InvalidInput(file + ": policy '" + part.trim() + "' is none of: "
                        + Arrays.stream(RoutePolicy.values()).map(r -> r.name().toLowerCase(Locale.ROOT))
                                .collect(Collectors.joining(", ")));
            }
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

    private static double number(Path file, String key, String value) throws Inputs.InvalidInput {
        try {
            return Double.parseDouble(value);
        } catch (NumberFormatException e) {
            throw new Inputs.InvalidInput(file + ": " + key + " must be a number, not '" + value + "'");
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
