package io.github.nieuweroute.rule;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class ProvenanceTest {

    @Test
    void title_only_grounding_is_an_interpretation() {
        assertThat(Provenance.of(Grounding.TITLE_ONLY, "000_003bca9ac70bd78f.txt:164").isInterpretation()).isTrue();
        assertThat(Provenance.of(Grounding.DEFINED, "001_efdc3dbc7d93ff68.txt:24").isInterpretation()).isFalse();
    }

    @Test
    void provenance_cites_at_least_one_source() {
        assertThatThrownBy(() -> Provenance.of(Grounding.DEFINED)).isInstanceOf(InvalidRuleDataException.class)
                .hasMessageContaining("sources");
        assertThatThrownBy(() -> Provenance.of(Grounding.DEFINED, " ")).isInstanceOf(InvalidRuleDataException.class);
    }
}
