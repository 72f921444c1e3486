package io.github.nieuweroute.examples.cases;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

/** Runs every seed-case program's main and checks what it printed. */
class CaseProgramsTest {

    private static String run(Consumer<String[]> main) {
        PrintStream original = System.out;
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        System.setOut(new PrintStream(bytes, true, StandardCharsets.UTF_8));
        try {
            main.accept(new String[0]);
        } finally {
            System.setOut(original);
        }
        return bytes.toString(StandardCharsets.UTF_8);
    }

    @Test
    void de_vries_prints_the_old_route_the_consent_and_the_volunteer_request() {
        assertThat(run(DeVriesCase::main)).contains("route now: OLD (oude route)", "Regie and responsibility belong together (R-01)",
                "consented without co-deciding: [youngest-daughter]", "co-decided: [gp, home-care]",
                "care-home-staff asks youngest-daughter to volunteer (execution, not a say)",
                "handover handover-to-care-home: home-care -> care-home-staff");
    }

    @Test
    void esther_and_jeffrey_prints_the_new_route_the_group_of_32_and_the_exchanges() {
        assertThat(run(EstherAndJeffreyCase::main)).contains("route now: NEW (nieuwe route)",
                "plan meeting: 32 people (9 recorded), facilitated by plan-coach (INDEPENDENT)",
                "kept despite the focus person's objection: [ex, foster-parent-wil, foster-parent-dunja]",
                "safety frame veilig-thuis-frame set by veilig-thuis covers [family-group-plan-decision]",
                "agreement monthly-meal: performed by [esther, jeffrey, ex], monthly",
                "exchange pet-sitting-for-aunt: esther -> aunt");
    }

    @Test
    void saartje_wop_prints_the_new_route_and_the_joint_evaluation() {
        assertThat(run(SaartjeWopCase::main)).contains("from 2016-02-05: NEW (nieuwe route)",
                "evaluation joint-evaluation of plan-of-saartje with 5 participants")
                .doesNotContain("2010-01-01", "brother-admission");
    }

    @Test
    void van_dalen_prints_before_and_after() {
        assertThat(run(VanDalenCase::main)).contains("no decision recorded: no_decision",
                "before -> after: UNCLASSIFIED (niet ingedeeld) -> DEAD_END (doodlopende route)");
    }

    @Test
    void buitings_boy_prints_the_placements_and_the_unknown_sphere() {
        assertThat(run(BuitingBoyCase::main)).contains("route now: UNCLASSIFIED", "R-10",
                "transfers between placements: 10", "sphere the source does not give: [expert-by-experience]");
    }
}
