package io.github.nieuweroute.rule;

import static io.github.nieuweroute.rule.RuleFixtures.AUNT;
import static io.github.nieuweroute.rule.RuleFixtures.DAY;
import static io.github.nieuweroute.rule.RuleFixtures.FOCUS;
import static io.github.nieuweroute.rule.RuleFixtures.LATER;
import static io.github.nieuweroute.rule.RuleFixtures.frameOver;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.nieuweroute.model.Agreement;
import io.github.nieuweroute.model.KantelingResult;
import io.github.nieuweroute.model.Outcome;
import io.github.nieuweroute.model.OutcomeAssessment;
import io.github.nieuweroute.model.OutcomeStatus;
import io.github.nieuweroute.model.Plan;
import io.github.nieuweroute.model.Situation;
import io.github.nieuweroute.source.Grounding;
import org.junit.jupiter.api.Test;

class UnmetOutcomeRuleTest {

    private static final Rule RULE = StandardRules.UNMET_RESULT_HAS_AGREEMENT;

    private static Outcome outcome(OutcomeAssessment... assessments) {
        return Outcome.builder().id("o1").person(FOCUS).kantelingResult(KantelingResult.CONTACTS_AND_ACTIVITIES)
                .addAllAssessments(java.util.List.of(assessments)).build();
    }

    private static Situation with(Outcome outcome) {
        return RuleFixtures.clean().toBuilder().addOutcome(outcome).build();
    }

    /** The clean situation with the outcome, and agreement a1 of plan1 meant to achieve it. */
    private static Situation servedBy(Outcome outcome) {
        Situation clean = RuleFixtures.clean();
        Plan plan = clean.plans().get(0);
        Plan.Builder changed = Plan.builder().id(plan.id()).addAllOwners(plan.owners());
        for (Agreement a : plan.agreements()) {
            changed.addAgreement(!a.id().equals("a1") ? a : Agreement.builder().id(a.id()).decision(a.decision())
                    .addAllPerformers(a.performers()).proposer(a.proposer()).addOutcome(outcome.id()).build());
        }
        return RuleFixtures.withPlans(clean.toBuilder().addOutcome(outcome).build(), changed.build());
    }

    @Test
    void an_unmet_outcome_no_agreement_works_towards_is_a_warning_naming_outcome_and_person() {
        Situation s = with(outcome(OutcomeAssessment.of(LATER, OutcomeStatus.NOT_MET, FOCUS, AUNT)));

        assertThat(RULE.check(s).violations()).singleElement().satisfies(v -> {
            assertThat(v.messageKey()).isEqualTo("R-17.unmet-without-agreement");
            assertThat(v.severity()).isEqualTo(Severity.WARNING);
            assertThat(v.arguments()).containsExactly("o1", "NOT_MET");
            assertThat(v.evidence().ids(EvidenceKind.OUTCOME)).containsExactly("o1");
            assertThat(v.evidence().participants()).containsExactly(FOCUS);
        });
    }

    @Test
    void a_partly_met_outcome_counts_as_unmet() {
        Situation s = with(outcome(OutcomeAssessment.of(LATER, OutcomeStatus.PARTLY_MET)));

        assertThat(RULE.check(s).violations()).singleElement()
                .satisfies(v -> assertThat(v.arguments()).containsExactly("o1", "PARTLY_MET"));
    }

    @Test
    void an_outcome_without_a_person_names_only_the_outcome() {
        Situation s = with(Outcome.builder().id("o1").addAssessment(OutcomeAssessment.of(LATER,
                OutcomeStatus.NOT_MET)).build());

        assertThat(RULE.check(s).violations()).singleElement()
                .satisfies(v -> assertThat(v.evidence().participants()).isEmpty());
    }

    @Test
    void an_unmet_outcome_an_agreement_works_towards_passes() {
        Situation s = servedBy(outcome(OutcomeAssessment.of(LATER, OutcomeStatus.NOT_MET)));

        assertThat(RULE.check(s).violations()).isEmpty();
        assertThat(RULE.check(s).exemptions()).isEmpty();
    }

    @Test
    void a_met_or_never_assessed_outcome_passes() {
        assertThat(RULE.check(with(outcome(OutcomeAssessment.of(LATER, OutcomeStatus.MET)))).violations())
                .isEmpty();
        assertThat(RULE.check(with(outcome())).violations()).isEmpty();
        assertThat(RULE.check(RuleFixtures.clean()).violations()).isEmpty();
    }

    @Test
    void the_latest_assessment_decides_whatever_the_order_they_were_recorded_in() {
        Situation metLater = with(outcome(OutcomeAssessment.of(LATER, OutcomeStatus.MET),
                OutcomeAssessment.of(DAY, OutcomeStatus.NOT_MET)));
        Situation unmetLater = with(outcome(OutcomeAssessment.of(DAY, OutcomeStatus.MET),
                OutcomeAssessment.of(LATER, OutcomeStatus.NOT_MET)));

        assertThat(RULE.check(metLater).violations()).isEmpty();
        assertThat(RULE.check(unmetLater).violations()).hasSize(1);
    }

    @Test
    void a_safety_frame_over_the_outcome_turns_it_into_an_exemption() {
        Situation s = with(outcome(OutcomeAssessment.of(LATER, OutcomeStatus.NOT_MET))).toBuilder()
                .addSafetyFrame(frameOver("o1")).build();

        RuleResult result = RULE.check(s);

        assertThat(result.violations()).isEmpty();
        assertThat(result.exemptions()).singleElement().satisfies(e -> {
            assertThat(e.basis()).isEqualTo(ExemptionBasis.SAFETY_FRAME);
            assertThat(e.messageKey()).isEqualTo("R-17.unmet-without-agreement");
            assertThat(e.evidence().ids(EvidenceKind.SAFETY_FRAME)).containsExactly("vt");
        });
    }

    @Test
    void it_rests_on_the_k2_report_and_checks_the_record_directly() {
        assertThat(RULE.id()).isEqualTo("R-17");
        assertThat(RULE.provenance().grounding()).isEqualTo(Grounding.OTHER_SOURCE);
        assertThat(RULE.checkability()).isEqualTo(Checkability.DIRECT);
    }
}
