package io.github.nieuweroute.rule;

import static io.github.nieuweroute.rule.RuleFixtures.AUNT;
import static io.github.nieuweroute.rule.RuleFixtures.DAY;
import static io.github.nieuweroute.rule.RuleFixtures.FOCUS;
import static io.github.nieuweroute.rule.RuleFixtures.WORKER;
import static io.github.nieuweroute.rule.RuleFixtures.agreement;
import static io.github.nieuweroute.rule.RuleFixtures.decision;
import static io.github.nieuweroute.rule.RuleFixtures.plan;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.github.nieuweroute.model.Agreement;
import io.github.nieuweroute.model.Decision;
import io.github.nieuweroute.model.FacilitatorRole;
import io.github.nieuweroute.model.Offer;
import io.github.nieuweroute.model.OfferKind;
import io.github.nieuweroute.model.Participant;
import io.github.nieuweroute.model.ParticipationLevel;
import io.github.nieuweroute.model.PlanMeeting;
import io.github.nieuweroute.model.Situation;
import io.github.nieuweroute.model.Sphere;
import java.util.List;
import org.junit.jupiter.api.Test;

class FacilitatorRuleTest {

    private static final Rule RULE = StandardRules.INDEPENDENT_FACILITATOR;

    private static Situation.Builder withFacilitator(FacilitatorRole role) {
        return RuleFixtures.builder()
                .addParticipant(Participant.builder().id("care-worker").sphere(Sphere.SYSTEM_WORLD)
                        .organisation("zorgaanbieder").facilitator(role).build())
                .addMeeting(PlanMeeting.builder().id("m2").date(DAY).facilitator("care-worker")
                        .addAllAttended(List.of(FOCUS, AUNT, "care-worker")).build());
    }

    @Test
    void independent_facilitator_outside_the_content_passes() {
        assertThat(RULE.check(withFacilitator(FacilitatorRole.INDEPENDENT).build()).violations()).isEmpty();
    }

    @Test
    void facilitator_who_is_not_independent_is_a_violation() {
        assertThat(RULE.check(withFacilitator(FacilitatorRole.NOT_INDEPENDENT).build()).violations())
                .singleElement().satisfies(v -> {
                    assertThat(v.messageKey()).isEqualTo("R-07.not-independent");
                    assertThat(v.arguments()).containsExactly("m2", "care-worker");
                });
    }

    @Test
    void facilitator_who_also_performs_an_agreement_is_a_violation() {
        Situation s = withFacilitator(FacilitatorRole.INDEPENDENT)
                .addPlan(plan("plan2", agreement("a9", "d1", "care-worker"))).build();

        assertThat(RULE.check(s).violations()).singleElement().satisfies(v -> {
            assertThat(v.messageKey()).isEqualTo("R-07.facilitator-performs");
            assertThat(v.evidence().ids(EvidenceKind.AGREEMENT)).containsExactly("a9");
        });
    }

    @Test
    void facilitator_who_co_decides_in_their_meeting_does_not_stay_out_of_the_content() {
        Situation s = withFacilitator(FacilitatorRole.INDEPENDENT)
                .addDecision(decision("d2", DAY, "m2", FOCUS, AUNT, "care-worker")).build();

        assertThat(RULE.check(s).violations()).singleElement().satisfies(v -> {
            assertThat(v.messageKey()).isEqualTo("R-07.facilitator-co-decided");
            assertThat(v.severity()).isEqualTo(Severity.WARNING);
            assertThat(v.arguments()).containsExactly("m2", "care-worker", "d2");
        });
    }

    @Test
    void meeting_without_facilitator_is_not_checked() {
        Situation s = RuleFixtures.builder().addMeeting(PlanMeeting.builder().id("m2").date(DAY).addAttended(WORKER)
                .build()).build();

        assertThat(RULE.check(s).violations()).isEmpty();
    }

    @Test
    void facilitator_who_was_only_consulted_on_a_decision_in_their_meeting_stays_out_of_the_content() {
        Situation s = withFacilitator(FacilitatorRole.INDEPENDENT)
                .addDecision(Decision.builder().id("d2").date(DAY).meeting("m2")
                        .putParticipation(FOCUS, ParticipationLevel.CO_DECIDED)
                        .putParticipation(AUNT, ParticipationLevel.CO_DECIDED)
                        .putParticipation("care-worker", ParticipationLevel.CONSULTED).build())
                .build();

        assertThat(RULE.check(s).violations()).isEmpty();
    }

    @Test
    void a_decision_in_the_meeting_without_the_facilitator_is_not_a_violation() {
        Situation s = withFacilitator(FacilitatorRole.INDEPENDENT)
                .addDecision(decision("d2", DAY, "m2", FOCUS, AUNT)).build();

        assertThat(RULE.check(s).violations()).isEmpty();
    }

    @Test
    void facilitator_who_co_decides_outside_their_own_meeting_is_not_flagged_for_it() {
        Situation s = withFacilitator(FacilitatorRole.INDEPENDENT)
                .addDecision(decision("d2", DAY, null, FOCUS, AUNT, "care-worker")).build();

        assertThat(RULE.check(s).violations()).isEmpty();
    }

    @Test
    void facilitator_of_two_meetings_who_performs_is_named_for_each_with_the_number_of_agreements() {
        Situation s = withFacilitator(FacilitatorRole.INDEPENDENT)
                .addMeeting(PlanMeeting.builder().id("m3").date(DAY).facilitator("care-worker").addAttended(FOCUS)
                        .build())
                .addPlan(plan("plan2", agreement("a8", "d1", "care-worker"), agreement("a9", "d1", "care-worker")))
                .build();

        assertThat(RULE.check(s).violations()).extracting(Violation::messageKey, Violation::arguments)
                .containsExactlyInAnyOrder(
                        tuple("R-07.facilitator-performs", List.of("m2", "care-worker", "2")),
                        tuple("R-07.facilitator-performs", List.of("m3", "care-worker", "2")));
    }
    //-----------------------------------------------------------------------
    // independence derived from the employer
    //-----------------------------------------------------------------------

    /** A coordinator of no sphere, employed by {@code employer}, facilitating meeting m2. */
    private static Situation.Builder withCoordinator(String employer, FacilitatorRole role) {
        Participant.Builder coordinator = Participant.builder().id("coordinator").sphere(Sphere.UNKNOWN)
                .employer(employer);
        if (role != null) {
            coordinator.facilitator(role);
        }
        return RuleFixtures.builder().addParticipant(coordinator.build())
                .addParticipant(Participant.builder().id("home-care").sphere(Sphere.SYSTEM_WORLD)
                        .employer("care-org").build())
                .addMeeting(PlanMeeting.builder().id("m2").date(DAY).facilitator("coordinator")
                        .addAllAttended(List.of(FOCUS, AUNT, "coordinator")).build());
    }

    @Test
    void a_coordinator_whose_employer_carries_out_agreements_is_not_independent_whatever_role_is_recorded() {
        for (FacilitatorRole role : new FacilitatorRole[] {null, FacilitatorRole.INDEPENDENT,
                FacilitatorRole.NOT_INDEPENDENT}) {
            Situation s = withCoordinator("care-org", role).addPlan(plan("plan2", agreement("a9", "d1", "home-care"),
                    agreement("a8", "d1", "home-care", FOCUS))).build();

            assertThat(RULE.check(s).violations()).as(String.valueOf(role)).singleElement().satisfies(v -> {
                assertThat(v.messageKey()).isEqualTo("R-07.employer-performs");
                assertThat(v.severity()).isEqualTo(Severity.ERROR);
                assertThat(v.arguments()).containsExactly("m2", "coordinator", "care-org", "2", "a8");
                assertThat(v.evidence().ids(EvidenceKind.AGREEMENT)).containsExactly("a8", "a9");
            });
        }
    }

    @Test
    void the_employer_recorded_as_a_participant_who_performs_counts_too() {
        Situation s = withCoordinator("care-org", FacilitatorRole.INDEPENDENT)
                .addParticipant(Participant.builder().id("care-org").sphere(Sphere.SYSTEM_WORLD).build())
                .addPlan(plan("plan2", agreement("a9", "d1", "care-org"))).build();

        assertThat(RULE.check(s).violations()).singleElement().satisfies(v -> {
            assertThat(v.messageKey()).isEqualTo("R-07.employer-performs");
            assertThat(v.arguments()).containsExactly("m2", "coordinator", "care-org", "1", "a9");
            assertThat(RuleSet.of(RULE).check(s).render(Language.DUTCH))
                    .contains("werkt voor care-org, dat zelf ook afspraak a9 uitvoert");
        });
    }

    @Test
    void an_employer_that_carries_out_nothing_leaves_the_recorded_role_as_the_fallback() {
        Situation.Builder unrelated = withCoordinator("coordinators-foundation", FacilitatorRole.NOT_INDEPENDENT)
                .addPlan(plan("plan2", agreement("a9", "d1", "home-care")));
        Situation independent = withCoordinator("coordinators-foundation", FacilitatorRole.INDEPENDENT)
                .addPlan(plan("plan2", agreement("a9", "d1", "home-care"))).build();

        assertThat(RULE.check(unrelated.build()).violations()).extracting(Violation::messageKey)
                .containsExactly("R-07.not-independent");
        assertThat(RULE.check(independent).violations()).isEmpty();
    }

    @Test
    void a_colleague_who_facilitates_another_meeting_is_judged_as_a_performing_facilitator_only() {
        Situation s = withCoordinator("care-org", null)
                .addParticipant(Participant.builder().id("colleague").sphere(Sphere.UNKNOWN).employer("care-org")
                        .build())
                .addMeeting(PlanMeeting.builder().id("m3").date(DAY).facilitator("colleague").build())
                .addPlan(plan("plan2", agreement("a9", "d1", "colleague"))).build();

        assertThat(RULE.check(s).violations()).extracting(Violation::messageKey)
                .containsExactly("R-07.facilitator-performs");
    }

    //-----------------------------------------------------------------------
    // independence against the organisations that fund the care
    //-----------------------------------------------------------------------

    /** An agreement of d1 carried out by the aunt and paid for by {@code funder}. */
    private static Agreement funded(String id, String funder) {
        return Agreement.builder().id(id).decision("d1").addPerformers(AUNT)
                .offer(Offer.builder().kind(OfferKind.TAILOR_MADE).funder(funder).build()).build();
    }

    @Test
    void a_coordinator_whose_employer_pays_for_agreements_gets_a_warning_naming_them() {
        Situation s = withCoordinator("municipality", FacilitatorRole.INDEPENDENT)
                .addPlan(plan("plan2", funded("a9", "municipality"), funded("a8", "municipality"),
                        funded("a7", "insurer"))).build();

        assertThat(RULE.check(s).violations()).singleElement().satisfies(v -> {
            assertThat(v.messageKey()).isEqualTo("R-07.employer-funds");
            assertThat(v.severity()).isEqualTo(Severity.WARNING);
            assertThat(v.arguments()).containsExactly("m2", "coordinator", "municipality", "2", "a8");
            assertThat(v.evidence().ids(EvidenceKind.MEETING)).containsExactly("m2");
            assertThat(v.evidence().ids(EvidenceKind.PARTICIPANT)).containsExactly("coordinator");
            assertThat(v.evidence().ids(EvidenceKind.AGREEMENT)).containsExactly("a8", "a9");
        });
        assertThat(RuleSet.of(RULE).check(s).render(Language.DUTCH))
                .contains("werkt voor municipality, dat ook 2 afspraken, zoals a8, betaalt: ga na of de plancoach "
                        + "onafhankelijk is.");
    }

    @Test
    void a_funder_that_is_not_the_coordinators_employer_or_no_employer_gives_no_finding() {
        Situation otherFunder = withCoordinator("coordinators-foundation", FacilitatorRole.INDEPENDENT)
                .addPlan(plan("plan2", funded("a9", "municipality"))).build();
        Situation.Builder noEmployer = RuleFixtures.builder()
                .addParticipant(Participant.builder().id("coordinator").sphere(Sphere.UNKNOWN)
                        .facilitator(FacilitatorRole.INDEPENDENT).build())
                .addMeeting(PlanMeeting.builder().id("m2").date(DAY).facilitator("coordinator")
                        .addAllAttended(List.of(FOCUS, AUNT, "coordinator")).build());

        assertThat(RULE.check(otherFunder).violations()).isEmpty();
        assertThat(RULE.check(noEmployer.addPlan(plan("plan2", funded("a9", "municipality"))).build())
                .violations()).isEmpty();
    }

    @Test
    void carrying_out_or_a_recorded_dependence_outweighs_paying() {
        Situation performsAndFunds = withCoordinator("care-org", FacilitatorRole.INDEPENDENT)
                .addPlan(plan("plan2", agreement("a9", "d1", "home-care"), funded("a8", "care-org"))).build();
        Situation recordedAndFunds = withCoordinator("municipality", FacilitatorRole.NOT_INDEPENDENT)
                .addPlan(plan("plan2", funded("a8", "municipality"))).build();

        assertThat(RULE.check(performsAndFunds).violations()).extracting(Violation::messageKey)
                .containsExactly("R-07.employer-performs");
        assertThat(RULE.check(recordedAndFunds).violations()).extracting(Violation::messageKey)
                .containsExactly("R-07.not-independent");
    }
}
