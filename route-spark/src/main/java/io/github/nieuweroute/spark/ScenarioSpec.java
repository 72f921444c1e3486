package io.github.nieuweroute.spark;

import io.github.nieuweroute.sim.Parameter;
import io.github.nieuweroute.sim.Parameters;
import io.github.nieuweroute.sim.RoutePolicy;
import io.github.nieuweroute.sim.Scenario;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Map;

/**
 * A {@link Scenario} in a form Spark can ship to its executors (route-core's value types are not
 * {@link Serializable}): every setting and every parameter value, read through the public API and built again there.
 * {@link #of(Scenario)} checks on the driver that the copy builds an equal scenario, so a setting added to
 * {@code Scenario} but not here fails fast instead of running another scenario.
 */
final class ScenarioSpec implements Serializable {

    private static final long serialVersionUID = 1L;

    private final String name;
    private final String policy;
    private final double[] parameters;
    private final int cohortSize;
    private final int horizonWeeks;
    private final int intakeWeeks;
    private final int replications;
    private final String startDate;

    private ScenarioSpec(Scenario s) {
        this.name = s.name();
        this.policy = s.policy().code();
        Parameter[] all = Parameter.values();
        this.parameters = new double[all.length];
        for (Parameter p : all) {
            parameters[p.ordinal()] = s.parameters().get(p);
        }
        this.cohortSize = s.cohortSize();
        this.horizonWeeks = s.horizonWeeks();
        this.intakeWeeks = s.intakeWeeks();
        this.replications = s.replications();
        this.startDate = s.startDate().toString();
    }

    static ScenarioSpec of(Scenario scenario) {
        ScenarioSpec spec = new ScenarioSpec(scenario);
        if (!spec.toScenario().equals(scenario)) {
            throw new IllegalStateException("Scenario " + scenario.name() + " has a setting that route-spark does not "
                    + "ship to its executors");
        }
        return spec;
    }

    Scenario toScenario() {
        Map<Parameter, Double> values = new EnumMap<>(Parameter.class);
        for (Parameter p : Parameter.values()) {
            values.put(p, parameters[p.ordinal()]);
        }
        return Scenario.builder()
                .name(name)
                .policy(RoutePolicy.byCode(policy).orElseThrow())
                .parameters(Parameters.defaults().with(values))
                .cohortSize(cohortSize)
                .horizonWeeks(horizonWeeks)
                .intakeWeeks(intakeWeeks)
                .replications(replications)
                .startDate(LocalDate.parse(startDate))
                .build();
    }
}
