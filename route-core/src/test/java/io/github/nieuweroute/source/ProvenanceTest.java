package io.github.nieuweroute.source;

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
    void provenance_cites_at_least_one_source_unless_it_is_an_assumption() {
        for (Grounding g : new Grounding[] {Grounding.DEFINED, Grounding.TITLE_ONLY, Grounding.OTHER_SOURCE}) {
            assertThatThrownBy(() -> Provenance.of(g)).isInstanceOfSatisfying(InvalidProvenanceException.class,
                    e -> assertThat(e.field()).isEqualTo("sources")).hasMessageContaining(g.name());
        }
        assertThatThrownBy(() -> Provenance.of(Grounding.DEFINED, " ")).isInstanceOf(InvalidProvenanceException.class);
        assertThatThrownBy(() -> Provenance.assumption(" ")).isInstanceOf(InvalidProvenanceException.class);
        assertThat(Provenance.assumption().sources()).isEmpty();
        assertThat(Provenance.assumption().isAssumption()).isTrue();
        assertThat(Provenance.assumption("000_003bca9ac70bd78f.txt:250").isInterpretation()).isFalse();
    }
}
