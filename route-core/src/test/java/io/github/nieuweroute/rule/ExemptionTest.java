package io.github.nieuweroute.rule;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class ExemptionTest {

    private static final Evidence EVIDENCE = Evidence.builder().informationItem("i1").safetyFrame("vt").build();

    @Test
    void exemption_carries_its_basis_and_evidence() {
        Exemption e = Exemption.of("R-04", ExemptionBasis.SAFETY_FRAME, EVIDENCE, "R-04.not-shared", "i1", 2, 5);

        assertThat(e.basis()).isEqualTo(ExemptionBasis.SAFETY_FRAME);
        assertThat(e.arguments()).containsExactly("i1", "2", "5");
        assertThat(e).hasToString(
                "[SAFETY_FRAME] R-04 R-04.not-shared[i1, 2, 5] information-item=[i1] safety-frame=[vt]");
    }

    @Test
    void malformed_message_key_is_rejected() {
        assertThatThrownBy(() -> Exemption.of("R-04", ExemptionBasis.CONSENT_REFUSED, EVIDENCE, "R-04..x"))
                .isInstanceOf(InvalidRuleDataException.class).hasMessageContaining("messageKey");
    }
}
