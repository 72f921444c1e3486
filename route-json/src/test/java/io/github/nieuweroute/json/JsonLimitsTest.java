package io.github.nieuweroute.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import tools.jackson.core.StreamReadConstraints;

class JsonLimitsTest {

    private static final JsonLimits DEFAULTS = JsonLimits.defaults();

    @Test
    void defaults_are_the_documented_constants() {
        assertThat(DEFAULTS.maxDocumentLength()).isEqualTo(64L * 1024 * 1024);
        assertThat(DEFAULTS.maxNestingDepth()).isEqualTo(16);
        assertThat(DEFAULTS.maxStringLength()).isEqualTo(100_000);
        assertThat(DEFAULTS.maxNameLength()).isEqualTo(256);
        assertThat(DEFAULTS.maxNumberLength()).isEqualTo(16);
        assertThat(DEFAULTS.maxArrayLength()).isEqualTo(100_000);
    }

    @Test
    void each_wither_changes_one_limit() {
        assertThat(DEFAULTS.withMaxDocumentLength(1).maxDocumentLength()).isEqualTo(1);
        assertThat(DEFAULTS.withMaxNestingDepth(2).maxNestingDepth()).isEqualTo(2);
        assertThat(DEFAULTS.withMaxStringLength(3).maxStringLength()).isEqualTo(3);
        assertThat(DEFAULTS.withMaxNameLength(4).maxNameLength()).isEqualTo(4);
        assertThat(DEFAULTS.withMaxNumberLength(5).maxNumberLength()).isEqualTo(5);
        assertThat(DEFAULTS.withMaxArrayLength(6).maxArrayLength()).isEqualTo(6);
        assertThat(DEFAULTS.withMaxArrayLength(6).withMaxArrayLength(DEFAULTS.maxArrayLength()))
                .isEqualTo(DEFAULTS).hasSameHashCodeAs(DEFAULTS);
    }

    @Test
    void a_limit_must_be_positive() {
        assertThatThrownBy(() -> DEFAULTS.withMaxArrayLength(0)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("maxArrayLength");
        assertThatThrownBy(() -> DEFAULTS.withMaxDocumentLength(-1)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("maxDocumentLength");
    }

    @Test
    void stream_read_constraints_carry_the_limits_jackson_enforces() {
        StreamReadConstraints c = DEFAULTS.withMaxNestingDepth(9).streamReadConstraints();

        assertThat(c.getMaxNestingDepth()).isEqualTo(9);
        assertThat(c.getMaxDocumentLength()).isEqualTo(DEFAULTS.maxDocumentLength());
        assertThat(c.getMaxStringLength()).isEqualTo(DEFAULTS.maxStringLength());
        assertThat(c.getMaxNameLength()).isEqualTo(DEFAULTS.maxNameLength());
        assertThat(c.getMaxNumberLength()).isEqualTo(DEFAULTS.maxNumberLength());
    }

    @Test
    void to_string_lists_every_limit() {
        assertThat(DEFAULTS.toString()).contains("maxDocumentLength=67108864", "maxNestingDepth=16",
                "maxArrayLength=100000");
    }
}
