package io.github.nieuweroute.rule;

import static io.github.nieuweroute.rule.RuleFixtures.AUNT;
import static io.github.nieuweroute.rule.RuleFixtures.DAY;
import static io.github.nieuweroute.rule.RuleFixtures.FOCUS;
import static io.github.nieuweroute.rule.RuleFixtures.LATER;
import static io.github.nieuweroute.rule.RuleFixtures.NEIGHBOUR;
import static io.github.nieuweroute.rule.RuleFixtures.WORKER;
import static io.github.nieuweroute.rule.RuleFixtures.agreement;
import static io.github.nieuweroute.rule.RuleFixtures.decision;
import static io.github.nieuweroute.rule.RuleFixtures.plan;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.nieuweroute.model.Decision;
import io.github.nieuweroute.model.Participant;
import io.github.nieuweroute.model.ParticipationLevel;
import io.github.nieuweroute.model.Relation;
import io.github.nieuweroute.model.Request;
import io.github.nieuweroute.model.RequestKind;
import io.github.nieuweroute.model.Situation;
import org.junit.jupiter.api.Test;

class RegieRuleTest {

    private static final Rule RULE = StandardRules.REGIE_COUPLED_TO_RESPONSIBILITY;

    /** d2 is decided by the worker alone, the aunt consented; the aunt is made to perform a9. */
    private static final Situation DEAD_END = RuleFixtures.builder()
            .addDecision(Decision.builder().id("d2").date(LATER).putParticipation(WORKER, ParticipationLevel.CO_DECIDED)
                    .putParticipation(AUNT, ParticipationLevel.CONSENTED).build())
            .addPlan(plan("plan2", agreement("a9", "d2", AUNT)))
            .build();

    private static Request request(java.time.LocalDate date, String to, RequestKind kind) {
        return Request.builder().id("r1").date(date).from(WORKER).to(to).kind(kind).build();
    }

    /** A daughter who took part in no decision, asked by the worker. */
    private static Situation requestToDaughter(RequestKind kind) {
        return RuleFixtures.builder().addParticipant(Participant.lifeworld("daughter", Relation.CHILD))
                .addRequest(request(LATER, "daughter", kind)).build();
    }

    @Test
    void performers_who_co_decided_pass() {
        assertThat(RULE.check(RuleFixtures.clean()).violations()).isEmpty();
    }

    @Test
    void lifeworld_performer_who_did_not_co_decide_is_a_violation_naming_them() {
        RuleResult result = RULE.check(DEAD_END);

        assertThat(result.violations()).filteredOn(v -> v.messageKey().equals("R-01.performer-did-not-co-decide"))
                .singleElement().satisfies(v -> {
                    assertThat(v.severity()).isEqualTo(Severity.ERROR);
                    assertThat(v.arguments()).containsExactly("a9", AUNT, "d2", "CONSENTED");
                    assertThat(v.evidence().participants()).containsExactly(AUNT);
                    assertThat(v.evidence().ids(EvidenceKind.AGREEMENT)).containsExactly("a9");
                    assertThat(v.evidence().ids(EvidenceKind.DECISION)).containsExactly("d2");
                });
    }

    @Test
    void deciders_who_carry_none_of_the_execution_are_the_reverse_pattern() {
        assertThat(RULE.check(DEAD_END).violations())
                .filteredOn(v -> v.messageKey().equals("R-01.deciders-do-not-execute"))
                .singleElement().satisfies(v -> {
                    assertThat(v.arguments()).containsExactly("d2", "1", "1");
                    assertThat(v.evidence().participants()).containsExactly(WORKER);
                });
    }

    @Test
    void no_reverse_pattern_when_a_decider_also_performs() {
        Situation s = RuleFixtures.builder()
                .addDecision(decision("d2", LATER, null, WORKER))
                .addPlan(plan("plan2", agreement("a9", "d2", AUNT, WORKER)))
                .build();

        assertThat(RULE.check(s).violations()).extracting(Violation::messageKey)
                .containsExactly("R-01.performer-did-not-co-decide");
    }

    @Test
    void professional_performers_need_not_have_co_decided() {
        Situation s = RuleFixtures.builder()
                .addDecision(decision("d2", LATER, null, FOCUS, AUNT))
                .addPlan(plan("plan2", agreement("a9", "d2", WORKER)))
                .build();

        assertThat(RULE.check(s).violations()).isEmpty();
    }

    @Test
    void volunteer_request_to_someone_without_a_say_is_the_textbook_violation() {
        Situation s = requestToDaughter(RequestKind.VOLUNTEER);

        assertThat(RULE.check(s).violations()).singleElement().satisfies(v -> {
            assertThat(v.messageKey()).isEqualTo("R-01.execution-request-without-say");
            assertThat(v.arguments()).containsExactly("r1", "daughter", "VOLUNTEER", WORKER);
            assertThat(v.evidence().ids(EvidenceKind.REQUEST)).containsExactly("r1");
        });
    }

    @Test
    void execution_request_to_someone_who_co_decided_before_passes() {
        Situation s = RuleFixtures.builder().addRequest(request(LATER, NEIGHBOUR, RequestKind.HELP_EXECUTE)).build();

        assertThat(RULE.check(s).violations()).isEmpty();
    }

    @Test
    void execution_request_before_the_first_say_is_a_violation() {
        Situation s = RuleFixtures.builder()
                .addRequest(request(DAY.minusDays(1), NEIGHBOUR, RequestKind.HELP_EXECUTE)).build();

        assertThat(RULE.check(s).violations()).extracting(Violation::messageKey)
                .containsExactly("R-01.execution-request-without-say");
    }

    @Test
    void request_to_think_along_is_not_an_execution_request() {
        Situation s = requestToDaughter(RequestKind.THINK_ALONG);

        assertThat(RULE.check(s).violations()).isEmpty();
    }

    @Test
    void safety_frame_over_the_agreement_turns_the_violation_into_a_recorded_exception() {
        Situation s = DEAD_END.toBuilder()
                .addSafetyFrame(RuleFixtures.frameOver("d2"))
                .build();

        RuleResult result = RULE.check(s);

        assertThat(result.violations()).isEmpty();
        assertThat(result.exemptions()).singleElement().satisfies(e -> {
            assertThat(e.basis()).isEqualTo(ExemptionBasis.SAFETY_FRAME);
            assertThat(e.evidence().ids(EvidenceKind.SAFETY_FRAME)).containsExactly("vt");
            assertThat(e.arguments()).containsExactly("a9", AUNT, "d2", "vt");
        });
    }
    @Test
    void no_reverse_pattern_when_nobody_co_decided() {
        Situation s = RuleFixtures.builder()
                .addDecision(Decision.builder().id("d2").date(LATER)
                        .putParticipation(AUNT, ParticipationLevel.CONSENTED).build())
                .addPlan(plan("plan2", agreement("a9", "d2", AUNT)))
                .build();

        assertThat(RULE.check(s).violations()).extracting(Violation::messageKey)
                .containsExactly("R-01.performer-did-not-co-decide");
    }
    @Test
    void a_non_decider_who_performs_several_agreements_of_a_decision_is_counted_once_in_the_reverse_pattern() {
        Situation s = RuleFixtures.builder()
                .addDecision(decision("d2", LATER, null, WORKER))
                .addPlan(plan("plan2", agreement("a8", "d2", AUNT), agreement("a9", "d2", AUNT, NEIGHBOUR)))
                .build();

        assertThat(RULE.check(s).violations()).filteredOn(v -> v.messageKey().equals("R-01.deciders-do-not-execute"))
                .singleElement().satisfies(v -> assertThat(v.arguments()).containsExactly("d2", "1", "2"));
    }

    @Test
    void the_first_say_is_the_earliest_decision_whatever_the_order_they_are_recorded_in() {
        // the neighbour co-decided d1 (DAY), then d3 (later) and, recorded last, d0 five days before d1; asked between
        Situation s = RuleFixtures.builder()
                .addDecision(decision("d3", LATER, null, FOCUS, NEIGHBOUR))
                .addDecision(decision("d0", DAY.minusDays(5), null, FOCUS, NEIGHBOUR))
                .addRequest(request(DAY.minusDays(2), NEIGHBOUR, RequestKind.HELP_EXECUTE))
                .build();

        assertThat(RULE.check(s).violations()).isEmpty();
    }

    @Test
    void only_execution_requests_to_the_focus_person_or_lifeworld_need_a_say_first() {
        // one execution request is asked properly; beside it a request to think along and one to a professional
        Situation s = RuleFixtures.builder().addParticipant(Participant.lifeworld("daughter", Relation.CHILD))
                .addRequest(request(LATER, NEIGHBOUR, RequestKind.HELP_EXECUTE))
                .addRequest(Request.builder().id("r2").date(LATER).from(WORKER).to("daughter")
                        .kind(RequestKind.THINK_ALONG).build())
                .addRequest(Request.builder().id("r3").date(DAY.minusDays(1)).from(WORKER).to(RuleFixtures.COACH)
                        .kind(RequestKind.HELP_EXECUTE).build())
                .build();

        assertThat(RULE.check(s).violations()).isEmpty();
    }
}
