package io.github.nieuweroute.design;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.nieuweroute.sim.Metric;
import io.github.nieuweroute.sim.RouteGroup;
import io.github.nieuweroute.sim.RoutePolicy;
import io.github.nieuweroute.sim.Scenario;
import io.github.nieuweroute.sim.Simulator;
import io.github.nieuweroute.sim.SweepResult;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A design run through the simulator and analysed: the same indices whatever the number of threads. */
class OutputsTest {

    private static final Scenario BASE = Scenario.builder().name("sensitivity").cohortSize(60).horizonWeeks(20)
            .replications(1).build();
    private static final List<Factor> FACTORS = List.of(Factor.of("environmentInfluence", 0.2, 0.6),
            Factor.of("acceptanceConsulted", 0.4, 0.8), Factor.wholeNumbers("networkSizeMax", 10, 40));

    private static Sobol.Result sobol(int threads) {
        Design design = Sobol.design(FACTORS, 16, 3);
        SweepResult result = Simulator.builder().threads(threads).build().sweep(design.toSweep(BASE,
                RoutePolicy.OLD), 5);
        return Sobol.analyse(design, Outputs.horizonMeans(result, RoutePolicy.OLD, RouteGroup.ALL,
                Metric.ACCEPTANCE), 50, 1);
    }

    @Test
    void the_indices_of_a_model_metric_do_not_depend_on_the_threads() {
        Sobol.Result one = sobol(1);

        assertThat(sobol(2).indices().toString()).isEqualTo(one.indices().toString());
        // on the old route acceptance = (1 - env) a_consulted + env a_not_involved: the network size plays no part
        assertThat(one.index("networkSizeMax").total()).isZero();
        assertThat(one.index("acceptanceConsulted").total()).isGreaterThan(0.3);
    }

    @Test
    void a_design_becomes_a_sweep_whose_points_carry_its_rows_and_description() {
        Design design = Design.latinHypercube(FACTORS, 5, 9);
        var sweep = design.toSweep(BASE, RoutePolicy.OLD, RoutePolicy.NEW);

        assertThat(sweep.points()).hasSize(10);
        assertThat(sweep.design()).isEqualTo(design.description());
        assertThat(sweep.points().get(7).scenario().parameters()
                .get(io.github.nieuweroute.sim.Parameter.ENVIRONMENT_INFLUENCE)).isEqualTo(design.row(2)[0]);
        assertThatThrownBy(() -> Design.latinHypercube(List.of(Factor.of("colour", 0, 1)), 2, 1).toSweep(BASE))
                .hasMessageContaining("'colour' is not a simulation parameter");
        assertThatThrownBy(() -> Design.latinHypercube(List.of(Factor.of("networkSizeMax", 1, 9)), 2, 1)
                .toSweep(BASE)).hasMessageContaining("whole numbers");
    }
}
