package io.github.nieuweroute.spark;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.nieuweroute.sim.Parameter;
import io.github.nieuweroute.sim.RoutePolicy;
import io.github.nieuweroute.sim.Scenario;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class ScenarioSpecTest {

    @Test
    void a_scenario_with_every_setting_changed_comes_back_equal_after_java_serialization() throws Exception {
        Scenario scenario = Scenario.builder()
                .name("every-setting")
                .policy(RoutePolicy.TRANSITION_FROM_DEAD_END)
                .parameters(Scenario.builder().build().parameters().with(Parameter.TRANSITION_WEEKS, 33)
                        .with(Parameter.ENVIRONMENT_INFLUENCE, 0.55).with(Parameter.NETWORK_SIZE_MAX, 40))
                .cohortSize(777)
                .horizonWeeks(61)
                .intakeWeeks(40)
                .replications(4)
                .startDate(LocalDate.of(2027, 3, 1))
                .build();

        Scenario back = roundTrip(ScenarioSpec.of(scenario)).toScenario();

        assertThat(back).isEqualTo(scenario);
        assertThat(back.parameters().get(Parameter.ENVIRONMENT_INFLUENCE)).isEqualTo(0.55);
        assertThat(back).isNotEqualTo(scenario.withParameter(Parameter.ENVIRONMENT_INFLUENCE, 0.5));
    }

    private static ScenarioSpec roundTrip(ScenarioSpec spec) throws IOException, ClassNotFoundException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(spec);
        }
        try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
            return (ScenarioSpec) in.readObject();
        }
    }
}
