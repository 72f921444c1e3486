package io.github.nieuweroute.examples;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.nieuweroute.examples.cli.RouteCommand;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class SeedCaseDemoTest {

    private static String capture(java.util.function.Consumer<PrintStream> body) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8)) {
            body.accept(out);
        }
        return bytes.toString(StandardCharsets.UTF_8);
    }

    @Test
    void the_demo_prints_every_seed_case_with_its_route_and_reasons() {
        String text = capture(SeedCaseDemo::print);
        assertThat(text).contains("Mevrouw de Vries, elderly care", "route now: OLD (oude route)",
                "Esther & Jeffrey", "route now: NEW (nieuwe route)", "DEAD_END (doodlopende route)",
                "consent_is_not_co_decision", "unknown_sphere_ignored", "6 seed cases, 0 differ from the expected route.");
        assertThat(text).doesNotContain("DIFFERS");
    }

    @Test
    void route_demo_runs_the_demo_and_exits_zero() {
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        String out = capture(o -> assertThat(RouteCommand.run(o, new PrintStream(err), "demo")).isZero());
        assertThat(out).contains("6 seed cases, 0 differ");
        assertThat(err.toString(StandardCharsets.UTF_8)).isEmpty();
    }

    @Test
    void an_unknown_command_is_a_usage_error_with_exit_code_2() {
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = RouteCommand.run(new PrintStream(new ByteArrayOutputStream()), new PrintStream(err, true,
                StandardCharsets.UTF_8), "nonsense");
        assertThat(code).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("nonsense");
    }

    @Test
    void the_main_method_of_the_demo_prints_to_standard_output() {
        PrintStream original = System.out;
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        System.setOut(new PrintStream(bytes, true, StandardCharsets.UTF_8));
        try {
            SeedCaseDemo.main(new String[0]);
        } finally {
            System.setOut(original);
        }
        assertThat(bytes.toString(StandardCharsets.UTF_8)).contains("Buiting's 17-year-old");
    }
}
