package io.github.nieuweroute.rule;

import static io.github.nieuweroute.rule.RuleFixtures.AUNT;
import static io.github.nieuweroute.rule.RuleFixtures.DAY;
import static io.github.nieuweroute.rule.RuleFixtures.FOCUS;
import static io.github.nieuweroute.rule.RuleFixtures.LATER;
import static io.github.nieuweroute.rule.RuleFixtures.NEIGHBOUR;
import static io.github.nieuweroute.rule.RuleFixtures.PARTNER;
import static io.github.nieuweroute.rule.RuleFixtures.WORKER;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.nieuweroute.model.Agreement;
import io.github.nieuweroute.model.ParticipationLevel;
import io.github.nieuweroute.model.SafetyCondition;
import io.github.nieuweroute.model.SafetyConditionKind;
import io.github.nieuweroute.model.SafetyFrame;
import io.github.nieuweroute.model.Situation;
import io.github.nieuweroute.model.Wish;
import io.github.nieuweroute.model.WishOutcome;
import io.github.nieuweroute.seed.SeedCases;
import org.junit.jupiter.api.Test;

class SafetyConditionRuleTest {

    private static final Rule RULE = StandardRules.SAFETY_FRAME_KEPT;

    /** A frame set by the worker (who co-decided d1) with the given conditions, covering nothing named here. */
    private static SafetyFrame frame(SafetyCondition... conditions) {
        return SafetyFrame.builder().id("vt").setBy(WORKER).addConstraint("c").addCoveredId("d1")
                .addAllConditions(java.util.List.of(conditions)).build();
    }

    private static SafetyFrame dated(java.time.LocalDate date) {
        return SafetyFrame.builder().id("vt").setBy(WORKER).date(date).addConstraint("c")
                .addCondition(SafetyCondition.decidedWithFrameOwner(FOCUS)).build();
    }

    private static Situation with(SafetyFrame frame, Agreement... agreements) {
        Situation.Builder b = RuleFixtures.builder().addSafetyFrame(frame);
        if (agreements.length > 0) {
            b.addPlan(RuleFixtures.plan("plan2", agreements));
        }
        return b.build();
    }

    private static SafetyCondition supervised(String subject, String person, String... supervisors) {
        return SafetyCondition.builder().kind(SafetyConditionKind.SUPERVISED_CONTACT).subject(subject)
                .addPersons(person).addSupervisors(supervisors).build();
    }

    @Test
    void an_agreement_leaving_the_subject_alone_with_a_person_breaches_the_frame_as_an_error() {
        // a3 is carried out by the focus person and the partner only
        Situation s = with(frame(SafetyCondition.notAloneWith(PARTNER, FOCUS)));

        assertThat(RULE.check(s).violations()).singleElement().satisfies(v -> {
            assertThat(v.messageKey()).isEqualTo("R-27.alone-with");
            assertThat(v.severity()).isEqualTo(Severity.ERROR);
            assertThat(v.arguments()).containsExactly("a3", PARTNER, FOCUS, "1", "vt", WORKER);
            assertThat(v.evidence().ids(EvidenceKind.AGREEMENT)).containsExactly("a3");
            assertThat(v.evidence().ids(EvidenceKind.SAFETY_FRAME)).containsExactly("vt");
            assertThat(v.evidence().participants()).containsExactly(FOCUS, PARTNER);
        });
    }

    @Test
    void anyone_else_taking_part_means_the_subject_is_not_alone() {
        Situation s = with(frame(SafetyCondition.notAloneWith(AUNT, FOCUS, PARTNER)),
                RuleFixtures.agreement("a4", "d1", AUNT, FOCUS, NEIGHBOUR));

        assertThat(RULE.check(s).violations()).isEmpty();
    }

    @Test
    void alone_with_several_persons_counts_them_and_names_the_first() {
        Situation s = with(frame(SafetyCondition.notAloneWith(AUNT, PARTNER, FOCUS)),
                RuleFixtures.agreement("a4", "d1", AUNT, FOCUS, PARTNER));

        assertThat(RULE.check(s).violations()).singleElement().satisfies(v -> {
            assertThat(v.arguments()).containsExactly("a4", AUNT, FOCUS, "2", "vt", WORKER);
        });
        assertThat(RuleSet.of(RULE).check(s).render(Language.DUTCH))
                .contains("Volgens afspraak a4 is aunt alleen met fp en anderen (2 in totaal)");
    }

    @Test
    void agreements_without_the_subject_or_without_the_persons_pass() {
        // a1: aunt and neighbour; a3: focus person and partner
        Situation s = with(frame(SafetyCondition.notAloneWith(NEIGHBOUR, FOCUS), SafetyCondition.notAloneWith(AUNT,
                PARTNER)));

        assertThat(RULE.check(s).violations()).isEmpty();
    }

    @Test
    void contact_without_a_named_supervisor_is_a_breach_even_in_company() {
        Situation s = with(frame(supervised(PARTNER, FOCUS, WORKER)),
                RuleFixtures.agreement("a4", "d1", PARTNER, FOCUS, AUNT));

        RuleResult result = RULE.check(s);

        assertThat(result.violations()).extracting(Violation::messageKey)
                .containsOnly("R-27.unsupervised-contact");
        assertThat(result.violations()).extracting(v -> v.arguments().get(0)).containsExactlyInAnyOrder("a3", "a4");
    }

    @Test
    void contact_with_a_supervisor_taking_part_passes() {
        // a1 (aunt and neighbour) has no contact with the focus person; a4 has the neighbour as supervisor
        Situation s = with(frame(supervised(AUNT, FOCUS, WORKER, NEIGHBOUR)),
                RuleFixtures.agreement("a4", "d1", AUNT, FOCUS, NEIGHBOUR));

        assertThat(RULE.check(s).violations()).isEmpty();
    }

    @Test
    void a_decision_about_the_subject_without_the_frame_owner_breaches_the_frame() {
        Situation s = RuleFixtures.withD1(b -> b.putParticipation(WORKER, ParticipationLevel.CONSULTED)).toBuilder()
                .addSafetyFrame(frame(SafetyCondition.decidedWithFrameOwner(FOCUS))).build();

        assertThat(RULE.check(s).violations()).singleElement().satisfies(v -> {
            assertThat(v.messageKey()).isEqualTo("R-27.decided-without-frame-owner");
            assertThat(v.severity()).isEqualTo(Severity.ERROR);
            assertThat(v.arguments()).containsExactly("d1", FOCUS, "vt", WORKER, "CONSULTED");
            assertThat(v.evidence().ids(EvidenceKind.DECISION)).containsExactly("d1");
            assertThat(v.evidence().participants()).containsExactly(FOCUS, WORKER);
        });
        assertThat(RuleSet.of(RULE).check(s).render(Language.DUTCH)).contains("mate van inspraak: geraadpleegd");
    }

    @Test
    void the_owner_consenting_or_co_deciding_keeps_the_frame() {
        Situation consented = RuleFixtures.withD1(b -> b.putParticipation(WORKER, ParticipationLevel.CONSENTED))
                .toBuilder().addSafetyFrame(frame(SafetyCondition.decidedWithFrameOwner(FOCUS))).build();
        Situation coDecided = with(frame(SafetyCondition.decidedWithFrameOwner(FOCUS)));

        assertThat(RULE.check(consented).violations()).isEmpty();
        assertThat(RULE.check(coDecided).violations()).isEmpty();
    }

    @Test
    void a_recorded_wish_makes_a_decision_concern_its_holder() {
        // d2 makes no agreement; it concerns the neighbour only through her wish
        Situation base = with(frame(SafetyCondition.decidedWithFrameOwner(NEIGHBOUR)));
        Situation s = base.toBuilder().addDecision(RuleFixtures.decision("d2", LATER, null, FOCUS)).build();
        Situation withWish = base.toBuilder().addDecision(io.github.nieuweroute.model.Decision.builder().id("d2")
                .date(LATER).putParticipation(FOCUS, ParticipationLevel.CO_DECIDED)
                .addWish(Wish.of(NEIGHBOUR, NEIGHBOUR, WishOutcome.FOLLOWED)).build()).build();

        assertThat(RULE.check(s).violations()).isEmpty();
        assertThat(RULE.check(withWish).violations()).singleElement()
                .satisfies(v -> assertThat(v.arguments().get(0)).isEqualTo("d2"));
    }

    @Test
    void a_decision_dated_before_the_frame_is_not_judged_by_it() {
        Situation before = RuleFixtures.withD1(b -> b.putParticipation(WORKER, ParticipationLevel.NONE)).toBuilder()
                .addSafetyFrame(dated(DAY.plusDays(1))).build();
        Situation sameDay = RuleFixtures.withD1(b -> b.putParticipation(WORKER, ParticipationLevel.NONE)).toBuilder()
                .addSafetyFrame(dated(DAY)).build();

        assertThat(RULE.check(before).violations()).isEmpty();
        assertThat(RULE.check(sameDay).violations()).hasSize(1);
    }

    @Test
    void coverage_exempts_the_ownership_rules_but_never_a_breach_of_the_frame() {
        // the frame covers a3; a3 breaks R-01 (the partner performs without co-deciding) and the frame's condition
        Situation s = RuleFixtures.withD1(b -> b.putParticipation(PARTNER, ParticipationLevel.INFORMED)).toBuilder()
                .addSafetyFrame(SafetyFrame.builder().id("vt").setBy(WORKER).addConstraint("c").addCoveredId("a3")
                        .addCondition(SafetyCondition.notAloneWith(PARTNER, FOCUS)).build())
                .build();

        Report report = RuleSet.standard().check(s);

        assertThat(report.violations("R-01")).isEmpty();
        assertThat(report.exemptions("R-01")).isNotEmpty();
        assertThat(report.violations("R-27")).singleElement()
                .satisfies(v -> assertThat(v.severity()).isEqualTo(Severity.ERROR));
        assertThat(report.exemptions("R-27")).isEmpty();
    }

    @Test
    void frames_without_conditions_and_the_seed_cases_pass() {
        assertThat(RULE.check(RuleFixtures.builder().addSafetyFrame(RuleFixtures.frameOver("a1")).build())
                .violations()).isEmpty();
        for (var seed : SeedCases.all()) {
            assertThat(RULE.check(seed.situation()).violations()).as(seed.key()).isEmpty();
        }
    }
}
