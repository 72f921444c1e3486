package io.github.nieuweroute.rule;

import static io.github.nieuweroute.rule.RuleFixtures.AUNT;
import static io.github.nieuweroute.rule.RuleFixtures.FOCUS;
import static io.github.nieuweroute.rule.RuleFixtures.LATER;
import static io.github.nieuweroute.rule.RuleFixtures.WORKER;
import static io.github.nieuweroute.rule.RuleFixtures.decision;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.nieuweroute.model.AgeBand;
import io.github.nieuweroute.model.Participant;
import io.github.nieuweroute.model.ParticipationLevel;
import io.github.nieuweroute.model.Relation;
import io.github.nieuweroute.model.Situation;
import io.github.nieuweroute.model.Sphere;
import org.junit.jupiter.api.Test;

class JointDecisionRuleTest {

    private static final Rule RULE = StandardRules.DECIDING_TOGETHER;

    @Test
    void decision_co_decided_by_focus_person_and_lifeworld_passes() {
        assertThat(RULE.check(RuleFixtures.clean()).violations()).isEmpty();
    }

    @Test
    void decision_by_professionals_alone_misses_both_sides() {
        Situation s = RuleFixtures.builder().addDecision(decision("d2", LATER, null, WORKER)).build();

        assertThat(RULE.check(s).violations()).extracting(Violation::messageKey).containsExactly(
                "R-02.no-focus-person-co-decided", "R-02.no-lifeworld-co-decided");
    }

    @Test
    void decision_without_the_focus_person_names_the_focus_person_as_evidence() {
        Situation s = RuleFixtures.builder().addDecision(decision("d2", LATER, null, AUNT, WORKER)).build();

        assertThat(RULE.check(s).violations()).singleElement().satisfies(v -> {
            assertThat(v.messageKey()).isEqualTo("R-02.no-focus-person-co-decided");
            assertThat(v.evidence().participants()).containsExactly(FOCUS);
            assertThat(v.evidence().ids(EvidenceKind.DECISION)).containsExactly("d2");
        });
    }

    @Test
    void safety_frame_over_the_decision_is_a_recorded_exception() {
        Situation s = RuleFixtures.builder().addDecision(decision("d2", LATER, null, WORKER))
                .addSafetyFrame(RuleFixtures.frameOver("d2"))
                .build();

        RuleResult result = RULE.check(s);

        assertThat(result.violations()).isEmpty();
        assertThat(result.exemptions()).hasSize(2).allSatisfy(e -> assertThat(e.basis())
                .isEqualTo(ExemptionBasis.SAFETY_FRAME));
    }
    @Test
    void a_lifeworld_member_who_only_consented_did_not_co_decide() {
        Situation s = RuleFixtures.builder().addDecision(io.github.nieuweroute.model.Decision.builder().id("d2")
                .date(LATER).putParticipation(FOCUS, io.github.nieuweroute.model.ParticipationLevel.CO_DECIDED)
                .putParticipation(AUNT, io.github.nieuweroute.model.ParticipationLevel.CONSENTED).build()).build();

        assertThat(RULE.check(s).violations()).extracting(Violation::messageKey)
                .containsExactly("R-02.no-lifeworld-co-decided");
    }

    /** A minor client whose mother holds parental authority, beside the fixture's participants. */
    private static Situation.Builder withMinorClient(AgeBand band, String... holders) {
        Participant.Builder child = Participant.builder().id("child").sphere(Sphere.FOCUS_PERSON).ageBand(band);
        return RuleFixtures.builder().addParticipant(Participant.lifeworld("mother", Relation.PARENT))
                .addParticipant(child.addAuthorityHolders(holders).build());
    }

    @Test
    void the_co_decision_of_whoever_holds_authority_over_a_minor_client_is_the_clients_say() {
        Situation s = withMinorClient(AgeBand.MINOR, "mother").addDecision(decision("d2", LATER, null, "mother"))
                .build();

        assertThat(RULE.check(s).violations()).isEmpty();
    }

    @Test
    void without_the_authority_holder_or_for_a_client_of_age_the_client_must_co_decide() {
        Situation notTheHolder = withMinorClient(AgeBand.MINOR, "mother")
                .addDecision(decision("d2", LATER, null, AUNT)).build();
        Situation noHolder = withMinorClient(AgeBand.MINOR).addDecision(decision("d2", LATER, null, "mother"))
                .build();

        assertThat(RULE.check(notTheHolder).violations()).extracting(Violation::messageKey)
                .containsExactly("R-02.no-focus-person-co-decided");
        assertThat(RULE.check(noHolder).violations()).extracting(Violation::messageKey)
                .containsExactly("R-02.no-focus-person-co-decided");
    }

    @Test
    void a_holder_who_was_only_consulted_does_not_speak_for_the_child_and_a_frame_still_exempts() {
        Situation s = withMinorClient(AgeBand.MINOR, "mother").addDecision(io.github.nieuweroute.model.Decision
                .builder().id("d2").date(LATER).putParticipation("mother", ParticipationLevel.CONSULTED)
                .putParticipation(AUNT, ParticipationLevel.CO_DECIDED).build()).build();
        Situation covered = s.toBuilder().addSafetyFrame(RuleFixtures.frameOver("d2")).build();

        assertThat(RULE.check(s).violations()).extracting(Violation::messageKey)
                .containsExactly("R-02.no-focus-person-co-decided");
        assertThat(RULE.check(covered).violations()).isEmpty();
        assertThat(RULE.check(covered).exemptions()).singleElement()
                .satisfies(e -> assertThat(e.basis()).isEqualTo(ExemptionBasis.SAFETY_FRAME));
    }
}
