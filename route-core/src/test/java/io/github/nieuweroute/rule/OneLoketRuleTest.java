package io.github.nieuweroute.rule;

import static io.github.nieuweroute.rule.RuleFixtures.AUNT;
import static io.github.nieuweroute.rule.RuleFixtures.FOCUS;
import static io.github.nieuweroute.rule.RuleFixtures.PARTNER;
import static io.github.nieuweroute.rule.RuleFixtures.frameOver;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.nieuweroute.model.Household;
import io.github.nieuweroute.model.Question;
import io.github.nieuweroute.model.QuestionKind;
import io.github.nieuweroute.model.Scheme;
import io.github.nieuweroute.model.Situation;
import io.github.nieuweroute.source.Grounding;
import org.junit.jupiter.api.Test;

class OneLoketRuleTest {

    private static final Rule RULE = StandardRules.ONE_LOKET_FOR_A_HOUSEHOLD;

    private static Question question(String id, String loket, String... about) {
        Question.Builder q = Question.builder().id(id).kind(QuestionKind.START).scheme(Scheme.WMO);
        for (String person : about) {
            q.addAbout(person);
        }
        return loket == null ? q.build() : q.loket(loket).build();
    }

    /** The clean situation with a household of the focus person and the partner, and the given questions. */
    private static Situation household(Question... questions) {
        Situation.Builder b = RuleFixtures.clean().toBuilder().addHousehold(Household.of("h1", FOCUS, PARTNER));
        for (Question q : questions) {
            b.addQuestion(q);
        }
        return b.build();
    }

    @Test
    void questions_of_one_household_at_two_loketten_are_a_warning_naming_members_and_questions() {
        Situation s = household(question("q-benefit", "social-services", FOCUS),
                question("q-support", "wmo-desk", FOCUS), question("q-school", "wmo-desk", PARTNER));

        assertThat(RULE.check(s).violations()).singleElement().satisfies(v -> {
            assertThat(v.messageKey()).isEqualTo("R-16.several-loketten");
            assertThat(v.severity()).isEqualTo(Severity.WARNING);
            assertThat(v.arguments()).containsExactly("h1", "2", "3");
            assertThat(v.evidence().participants()).containsExactly(FOCUS, PARTNER);
            assertThat(v.evidence().ids(EvidenceKind.QUESTION)).containsExactly("q-benefit", "q-school",
                    "q-support");
        });
    }

    @Test
    void questions_of_one_household_at_one_loket_pass() {
        Situation s = household(question("qa", "municipal-desk", FOCUS), question("qb", "municipal-desk", PARTNER));

        assertThat(RULE.check(s).violations()).isEmpty();
    }

    @Test
    void questions_about_others_or_without_a_loket_do_not_count() {
        Situation s = household(question("qa", "desk-a", FOCUS), question("qb", "desk-b", AUNT),
                question("qc", null, PARTNER), question("qd", "desk-c"));

        assertThat(RULE.check(s).violations()).isEmpty();
    }

    @Test
    void a_household_without_questions_passes_beside_one_with_two_loketten() {
        Situation s = household(question("qa", "desk-a", FOCUS), question("qb", "desk-b", FOCUS)).toBuilder()
                .addHousehold(Household.of("h0", AUNT)).build();

        assertThat(RULE.check(s).violations()).singleElement()
                .satisfies(v -> assertThat(v.arguments()).containsExactly("h1", "2", "2"));
    }

    @Test
    void a_situation_without_households_is_not_judged() {
        Situation s = RuleFixtures.clean().toBuilder().addQuestion(question("qa", "desk-a", FOCUS))
                .addQuestion(question("qb", "desk-b", FOCUS)).build();

        assertThat(RULE.check(s).violations()).isEmpty();
        assertThat(RULE.check(s).exemptions()).isEmpty();
    }

    @Test
    void each_household_a_person_belongs_to_is_judged_on_its_own() {
        Situation s = household(question("qa", "desk-a", FOCUS), question("qb", "desk-b", AUNT)).toBuilder()
                .addHousehold(Household.of("h2", FOCUS, AUNT)).build();

        assertThat(RULE.check(s).violations()).singleElement()
                .satisfies(v -> assertThat(v.arguments()).containsExactly("h2", "2", "2"));
    }

    @Test
    void a_safety_frame_over_one_of_the_questions_turns_it_into_an_exemption() {
        Situation s = household(question("qa", "veilig-thuis", FOCUS), question("qb", "wmo-desk", PARTNER))
                .toBuilder().addSafetyFrame(frameOver("qb")).build();

        RuleResult result = RULE.check(s);

        assertThat(result.violations()).isEmpty();
        assertThat(result.exemptions()).singleElement().satisfies(e -> {
            assertThat(e.basis()).isEqualTo(ExemptionBasis.SAFETY_FRAME);
            assertThat(e.messageKey()).isEqualTo("R-16.several-loketten");
            assertThat(e.evidence().ids(EvidenceKind.SAFETY_FRAME)).containsExactly("vt");
        });
    }

    @Test
    void it_rests_on_the_k2_report_and_checks_the_record_directly() {
        assertThat(RULE.id()).isEqualTo("R-16");
        assertThat(RULE.provenance().grounding()).isEqualTo(Grounding.OTHER_SOURCE);
        assertThat(RULE.checkability()).isEqualTo(Checkability.DIRECT);
    }
}
