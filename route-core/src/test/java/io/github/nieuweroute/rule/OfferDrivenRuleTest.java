package io.github.nieuweroute.rule;

import static io.github.nieuweroute.rule.RuleFixtures.frameOver;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.nieuweroute.model.Agreement;
import io.github.nieuweroute.model.Offer;
import io.github.nieuweroute.model.OfferKind;
import io.github.nieuweroute.model.Plan;
import io.github.nieuweroute.model.SafetyFrame;
import io.github.nieuweroute.model.Situation;
import io.github.nieuweroute.source.Grounding;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class OfferDrivenRuleTest {

    private static final Rule RULE = StandardRules.NOT_OFFER_DRIVEN;

    private static final Offer PURCHASED = Offer.builder().kind(OfferKind.PURCHASED).catalogueItem("wmo-hh-1")
            .contractStart(LocalDate.of(2024, 1, 1)).contractEnd(LocalDate.of(2024, 12, 31)).build();

    /** The clean situation with the offers given to its agreements a1, a2, a3 in order (null: none recorded). */
    private static Situation withOffers(Offer... offers) {
        Situation clean = RuleFixtures.clean();
        Plan plan = clean.plans().get(0);
        List<Agreement> agreements = new ArrayList<>();
        for (int i = 0; i < plan.agreements().size(); i++) {
            Agreement a = plan.agreements().get(i);
            agreements.add(offers[i] == null ? a : Agreement.builder().id(a.id()).decision(a.decision())
                    .addAllPerformers(a.performers()).proposer(a.proposer()).recordedNeed(a.recordedNeed())
                    .offer(offers[i]).build());
        }
        Plan changed = Plan.builder().id(plan.id()).addAllOwners(plan.owners()).addAllAgreements(agreements).build();
        return RuleFixtures.withPlans(clean, changed);
    }

    @Test
    void a_plan_of_purchased_offers_only_is_a_warning_naming_plan_and_agreements() {
        Situation s = withOffers(PURCHASED, Offer.of(OfferKind.PURCHASED), PURCHASED);

        assertThat(RULE.check(s).violations()).singleElement().satisfies(v -> {
            assertThat(v.messageKey()).isEqualTo("R-11.only-purchased-offer");
            assertThat(v.severity()).isEqualTo(Severity.WARNING);
            assertThat(v.arguments()).containsExactly("plan1", "3");
            assertThat(v.evidence().ids(EvidenceKind.PLAN)).containsExactly("plan1");
            assertThat(v.evidence().ids(EvidenceKind.AGREEMENT)).containsExactly("a1", "a2", "a3");
        });
    }

    @Test
    void one_tailor_made_informal_or_collective_agreement_is_enough() {
        for (OfferKind other : List.of(OfferKind.TAILOR_MADE, OfferKind.INFORMAL, OfferKind.COLLECTIVE)) {
            Situation s = withOffers(PURCHASED, PURCHASED, Offer.of(other));

            assertThat(RULE.check(s).violations()).as(other.name()).isEmpty();
        }
    }

    @Test
    void a_plan_with_an_agreement_whose_offer_is_not_recorded_is_not_judged() {
        assertThat(RULE.check(withOffers(PURCHASED, null, PURCHASED)).violations()).isEmpty();
        assertThat(RULE.check(RuleFixtures.clean()).violations()).isEmpty();
        assertThat(RULE.check(RuleFixtures.clean()).exemptions()).isEmpty();
    }

    @Test
    void a_plan_without_agreements_is_not_judged() {
        Situation s = RuleFixtures.clean().toBuilder().addPlan(Plan.builder().id("plan2").build()).build();

        assertThat(RULE.check(s).violations()).isEmpty();
    }

    @Test
    void a_safety_frame_over_a_decision_of_the_plan_turns_it_into_an_exemption() {
        Situation s = withOffers(PURCHASED, PURCHASED, PURCHASED).toBuilder().addSafetyFrame(frameOver("d1"))
                .build();

        RuleResult result = RULE.check(s);

        assertThat(result.violations()).isEmpty();
        assertThat(result.exemptions()).singleElement().satisfies(e -> {
            assertThat(e.basis()).isEqualTo(ExemptionBasis.SAFETY_FRAME);
            assertThat(e.messageKey()).isEqualTo("R-11.only-purchased-offer");
            assertThat(e.evidence().ids(EvidenceKind.SAFETY_FRAME)).containsExactly("vt");
        });
    }

    @Test
    void of_two_frames_over_the_plan_the_exemption_names_the_smaller_id_whatever_their_order() {
        SafetyFrame smaller = SafetyFrame.builder().id("frame-a").setBy(RuleFixtures.WORKER).addConstraint("c")
                .addCoveredId("d1").build();
        Situation plan = withOffers(PURCHASED, PURCHASED, PURCHASED);
        for (Situation s : List.of(plan.toBuilder().addSafetyFrame(frameOver("d1")).addSafetyFrame(smaller).build(),
                plan.toBuilder().addSafetyFrame(smaller).addSafetyFrame(frameOver("d1")).build())) {
            assertThat(RULE.check(s).exemptions()).singleElement().satisfies(
                    e -> assertThat(e.evidence().ids(EvidenceKind.SAFETY_FRAME)).containsExactly("frame-a"));
        }
    }

    @Test
    void a_safety_frame_over_an_agreement_of_the_plan_turns_it_into_an_exemption() {
        Situation s = withOffers(PURCHASED, PURCHASED, PURCHASED).toBuilder().addSafetyFrame(frameOver("a3"))
                .build();

        assertThat(RULE.check(s).violations()).isEmpty();
        assertThat(RULE.check(s).exemptions()).hasSize(1);
    }

    @Test
    void it_is_siegers_own_word_read_through_a_proxy() {
        assertThat(RULE.id()).isEqualTo("R-11");
        assertThat(RULE.provenance().grounding()).isEqualTo(Grounding.DEFINED);
        assertThat(RULE.provenance().sources()).contains("000_003bca9ac70bd78f.txt:250");
        assertThat(RULE.checkability()).isEqualTo(Checkability.PROXY);
    }
}
