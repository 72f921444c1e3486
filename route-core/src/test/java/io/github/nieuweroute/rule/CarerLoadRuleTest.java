package io.github.nieuweroute.rule;

import static io.github.nieuweroute.rule.RuleFixtures.AUNT;
import static io.github.nieuweroute.rule.RuleFixtures.DAY;
import static io.github.nieuweroute.rule.RuleFixtures.FOCUS;
import static io.github.nieuweroute.rule.RuleFixtures.WORKER;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.nieuweroute.model.LoadAssessment;
import io.github.nieuweroute.model.LoadBalance;
import io.github.nieuweroute.model.Participant;
import io.github.nieuweroute.model.Situation;
import io.github.nieuweroute.seed.SeedCases;
import java.util.List;
import org.junit.jupiter.api.Test;

class CarerLoadRuleTest {

    private static final Rule RULE = StandardRules.CARER_NOT_OVERLOADED;

    /** The clean fixture with the given participant's load assessments (d1, of DAY, makes a1 for aunt and neighbour). */
    private static Situation assessed(String id, LoadAssessment... assessments) {
        Situation clean = RuleFixtures.clean();
        List<Participant> participants = clean.participants().stream().map(p -> !p.id().equals(id) ? p
                : Participant.builder().id(p.id()).sphere(p.sphere()).relation(p.relation())
                        .organisation(p.organisation()).addAllLoadAssessments(List.of(assessments)).build()).toList();
        return Situation.builder().id(clean.id()).addAllParticipants(participants).addAllQuestions(clean.questions())
                .addAllMeetings(clean.meetings()).addAllDecisions(clean.decisions()).addAllPlans(clean.plans())
                .addAllInformationItems(clean.informationItems()).addAllExchanges(clean.exchanges())
                .addAllEvaluations(clean.evaluations()).build();
    }

    @Test
    void an_agreement_put_on_a_carer_recorded_as_overloaded_is_a_warning() {
        Situation s = assessed(AUNT, LoadAssessment.builder().date(DAY.minusDays(3))
                .balance(LoadBalance.ABOVE_CAPACITY).assessedBy(WORKER).build());

        assertThat(RULE.check(s).violations()).singleElement().satisfies(v -> {
            assertThat(v.messageKey()).isEqualTo("R-28.more-than-capacity");
            assertThat(v.severity()).isEqualTo(Severity.WARNING);
            assertThat(v.arguments()).containsExactly("a1", AUNT, "d1", DAY.toString(), DAY.minusDays(3).toString(),
                    "ABOVE_CAPACITY");
            assertThat(v.evidence().ids(EvidenceKind.AGREEMENT)).containsExactly("a1");
            assertThat(v.evidence().participants()).containsExactly(AUNT);
        });
        assertThat(RuleSet.of(RULE).check(s).render(Language.DUTCH))
                .contains("de draaglast groter was dan de draagkracht (overbelasting)");
    }

    @Test
    void at_capacity_on_the_day_of_the_decision_counts_too() {
        Situation s = assessed(FOCUS, LoadAssessment.of(DAY, LoadBalance.AT_CAPACITY));

        assertThat(RULE.check(s).violations()).extracting(v -> v.arguments().get(0)).containsExactly("a3");
    }

    @Test
    void room_left_a_later_assessment_or_a_professional_passes() {
        assertThat(RULE.check(assessed(AUNT, LoadAssessment.of(DAY, LoadBalance.BELOW_CAPACITY))).violations())
                .isEmpty();
        assertThat(RULE.check(assessed(AUNT, LoadAssessment.of(DAY.plusDays(1), LoadBalance.ABOVE_CAPACITY)))
                .violations()).isEmpty();
        assertThat(RULE.check(assessed(AUNT, LoadAssessment.of(DAY.minusDays(9), LoadBalance.ABOVE_CAPACITY),
                LoadAssessment.of(DAY.minusDays(2), LoadBalance.BELOW_CAPACITY))).violations()).isEmpty();
        assertThat(RULE.check(assessed(WORKER, LoadAssessment.of(DAY, LoadBalance.ABOVE_CAPACITY))).violations())
                .isEmpty();
    }

    @Test
    void two_assessments_of_one_day_count_as_the_fuller_in_either_order() {
        LoadAssessment room = LoadAssessment.of(DAY, LoadBalance.BELOW_CAPACITY);
        LoadAssessment full = LoadAssessment.of(DAY, LoadBalance.AT_CAPACITY);

        assertThat(RULE.check(assessed(AUNT, room, full)).violations()).hasSize(1);
        assertThat(RULE.check(assessed(AUNT, full, room)).violations()).hasSize(1);
    }

    @Test
    void a_safety_frame_over_the_agreement_turns_it_into_an_exemption() {
        Situation s = assessed(AUNT, LoadAssessment.of(DAY, LoadBalance.ABOVE_CAPACITY)).toBuilder()
                .addSafetyFrame(RuleFixtures.frameOver("a1")).build();

        RuleResult result = RULE.check(s);

        assertThat(result.violations()).isEmpty();
        assertThat(result.exemptions()).singleElement()
                .satisfies(e -> assertThat(e.basis()).isEqualTo(ExemptionBasis.SAFETY_FRAME));
    }

    @Test
    void the_seed_cases_record_no_assessment_and_pass() {
        for (var seed : SeedCases.all()) {
            assertThat(RULE.check(seed.situation()).violations()).as(seed.key()).isEmpty();
        }
    }
}
