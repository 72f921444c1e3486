package io.github.nieuweroute.sim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.nieuweroute.source.Grounding;
import org.junit.jupiter.api.Test;

class ParameterTest {

    @Test
    void every_default_lies_within_its_range() {
        for (Parameter p : Parameter.values()) {
            assertThat(p.check(p.defaultValue())).as(p.key()).isEqualTo(p.defaultValue());
        }
    }

    @Test
    void a_value_out_of_range_is_rejected_naming_the_parameter_and_its_range() {
        assertThatThrownBy(() -> Parameter.ENVIRONMENT_INFLUENCE.check(1.5))
                .isInstanceOfSatisfying(SimulationParameterException.class, e -> {
                    assertThat(e.parameter()).isEqualTo("environmentInfluence");
                    assertThat(e.value()).isEqualTo(1.5);
                    assertThat(e.allowedRange()).isEqualTo("[0, 1]");
                })
                .hasMessage("Simulation parameter 'environmentInfluence' is 1.5; allowed: [0, 1]");
    }

    @Test
    void nan_is_rejected() {
        assertThatThrownBy(() -> Parameter.NEED_DRIFT.check(Double.NaN))
                .isInstanceOf(SimulationParameterException.class).hasMessageContaining("needDriftPerWeek");
    }

    @Test
    void a_whole_number_parameter_rejects_fractions() {
        assertThatThrownBy(() -> Parameter.PLAN_PERIOD.check(52.5))
                .isInstanceOf(SimulationParameterException.class)
                .hasMessage("Simulation parameter 'planPeriodWeeks' is 52.5; allowed: whole number in [1, 520]");
    }

    @Test
    void the_numbers_taken_from_the_sources_are_the_defaults_and_cite_the_line_they_come_from() {
        assertThat(Parameter.ENVIRONMENT_INFLUENCE.defaultValue()).isEqualTo(0.40);
        assertThat(Parameter.ENVIRONMENT_INFLUENCE.provenance().sources()).containsExactly("001_efdc3dbc7d93ff68.txt:12");
        assertThat(Parameter.PLAN_PERIOD.defaultValue()).isEqualTo(52);
        assertThat(Parameter.PLAN_PERIOD.provenance().sources()).containsExactly("000_003bca9ac70bd78f.txt:250");
        assertThat(Parameter.TRANSITION_WEEKS.defaultValue()).isEqualTo(15 * 52);
        assertThat(Parameter.TRANSITION_WEEKS.provenance().sources()).containsExactly("002_296212247530a523.txt:30");
        assertThat(Parameter.NETWORK_SIZE_MAX.defaultValue()).isEqualTo(32);
    }

    @Test
    void every_default_is_labelled_an_assumption_even_where_a_number_comes_from_the_sources() {
        // the sources give no rates: 52 weeks is a purchasing year, 780 a rough remark, 40 % an influence on what
        // they do not say, 0.75 is in no source (issue: faithful to the sources)
        for (Parameter p : Parameter.values()) {
            assertThat(p.provenance().grounding()).as(p.key()).isEqualTo(Grounding.ASSUMPTION);
            assertThat(p.provenance().sources()).as(p.key())
                    .allSatisfy(s -> assertThat(s).matches("00\\d_[0-9a-f]{16}\\.txt:\\d+(-\\d+)?"));
        }
        assertThat(Parameter.QUALITY_JOINT_PLAN.description()).contains("in no source");
        assertThat(Parameter.ENVIRONMENT_INFLUENCE.description()).contains("does not say what it is an influence on");
        assertThat(Parameter.PLAN_PERIOD.description()).contains("purchasing year");
    }

    @Test
    void keys_are_unique_and_found_again() {
        for (Parameter p : Parameter.values()) {
            assertThat(Parameter.byKey(p.key())).contains(p);
        }
        assertThat(Parameter.byKey("noSuchParameter")).isEmpty();
    }

    @Test
    void every_parameter_is_documented_in_the_simulation_model() throws java.io.IOException {
        String doc = java.nio.file.Files.readString(java.nio.file.Path.of("../docs/simulation-model.md"));
        for (Parameter p : Parameter.values()) {
            assertThat(doc).as(p.key()).contains("`" + p.key() + "`");
        }
    }
    @Test
    void the_simulation_models_table_gives_each_parameter_its_unit_default_range_claims_and_description()
            throws java.io.IOException {
        String doc = java.nio.file.Files.readString(java.nio.file.Path.of("../docs/simulation-model.md"));
        for (Parameter p : Parameter.values()) {
            assertThat(doc.lines().filter(l -> l.startsWith("| `" + p.key() + "` | ")))
                    .as(p.key()).singleElement().satisfies(l -> {
                        assertThat(l).startsWith("| `" + p.key() + "` | " + p.unit() + " | "
                                + SimulationParameterException.format(p.defaultValue()) + " | " + p.allowedRange()
                                + " | ");
                        assertThat(l).endsWith(" | " + p.claims() + " | " + p.description() + " |");
                    });
        }
    }

    @Test
    void the_range_is_checked_at_both_ends_and_a_minimum_above_zero_holds() {
        assertThat(Parameter.PLAN_PERIOD.min()).isEqualTo(1);
        assertThat(Parameter.PLAN_PERIOD.max()).isEqualTo(520);
        assertThat(Parameter.PLAN_PERIOD.integral()).isTrue();
        assertThat(Parameter.PLAN_PERIOD.check(1)).isEqualTo(1);
        assertThat(Parameter.PLAN_PERIOD.check(520)).isEqualTo(520);
        assertThatThrownBy(() -> Parameter.PLAN_PERIOD.check(0)).isInstanceOf(SimulationParameterException.class);
        assertThatThrownBy(() -> Parameter.PLAN_PERIOD.check(521)).isInstanceOf(SimulationParameterException.class);
    }

    @Test
    void a_parameter_reads_as_its_key_unit_default_and_label() {
        assertThat(Parameter.PLAN_PERIOD).hasToString("planPeriodWeeks (weeks, default 52, assumption)");
        assertThat(Parameter.ENVIRONMENT_INFLUENCE.toString()).startsWith("environmentInfluence (share, default 0.4,");
    }

    @Test
    void numbers_in_messages_are_whole_where_they_are_and_exact_otherwise() {
        assertThat(SimulationParameterException.format(52)).isEqualTo("52");
        assertThat(SimulationParameterException.format(-3)).isEqualTo("-3");
        assertThat(SimulationParameterException.format(0.25)).isEqualTo("0.25");
        assertThat(SimulationParameterException.format(999_999_999_999_999.0)).isEqualTo("999999999999999");
        assertThat(SimulationParameterException.format(1e15)).isEqualTo("1.0E15");
        assertThat(SimulationParameterException.format(Double.POSITIVE_INFINITY)).isEqualTo("Infinity");
    }
}
