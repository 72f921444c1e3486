package io.github.nieuweroute.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.nieuweroute.model.ModelValidationException.Problem;
import org.junit.jupiter.api.Test;

class HouseholdTest {

    private static Situation.Builder situation() {
        return Situation.builder().id("s").addParticipant(Participant.focusPerson("saskia"))
                .addParticipant(Participant.focusPerson("amanda"));
    }

    private static void assertInvalid(Runnable build, String type, String field, Problem problem) {
        assertThatThrownBy(build::run).isInstanceOfSatisfying(ModelValidationException.class, e -> {
            assertThat(e.objectType()).isEqualTo(type);
            assertThat(e.field()).isEqualTo(field);
            assertThat(e.problem()).isEqualTo(problem);
        });
    }

    @Test
    void a_household_has_members_whose_references_resolve() {
        Household h = Household.of("van-dalen", "saskia", "amanda");

        assertThat(situation().addHousehold(h).build().households()).containsExactly(h);
        assertInvalid(() -> Household.builder().id("h").build(), "Household", "members", Problem.INVALID_VALUE);
        assertInvalid(() -> Household.of("h", "bad id"), "Household", "members", Problem.INVALID_ID);
        assertInvalid(() -> Household.of("bad id", "saskia"), "Household", "id", Problem.INVALID_ID);
        assertInvalid(() -> situation().addHousehold(Household.of("h", "nobody")).build(), "Household", "members",
                Problem.UNRESOLVED_REFERENCE);
        assertInvalid(() -> situation().addHousehold(Household.of("saskia", "amanda")).build(), "Household", "id",
                Problem.DUPLICATE_ID);
    }

    @Test
    void a_question_records_whom_it_is_about_its_domain_scheme_financier_and_loket() {
        Question q = Question.builder().id("q").kind(QuestionKind.START).addAbout("saskia")
                .lifeDomain(LifeDomain.WORK_AND_INCOME).scheme(Scheme.WORK_ACCORDING_TO_CAPACITY)
                .financier(Financier.MUNICIPALITY).loket("municipal-desk").build();

        assertThat(q.about()).containsExactly("saskia");
        assertThat(q.lifeDomain()).contains(LifeDomain.WORK_AND_INCOME);
        assertThat(q.scheme()).contains(Scheme.WORK_ACCORDING_TO_CAPACITY);
        assertThat(q.financier()).contains(Financier.MUNICIPALITY);
        assertThat(q.loket()).contains("municipal-desk");
        assertThat(situation().addQuestion(q).build().questions()).containsExactly(q);
        assertInvalid(() -> Question.builder().id("q").kind(QuestionKind.START).loket("bad id").build(), "Question",
                "loket", Problem.INVALID_ID);
        assertInvalid(() -> situation().addQuestion(Question.builder().id("q").kind(QuestionKind.START)
                .addAbout("nobody").build()).build(), "Question", "about", Problem.UNRESOLVED_REFERENCE);
    }

    @Test
    void a_safety_frame_may_cover_a_question() {
        Situation s = situation().addQuestion(Question.builder().id("q").kind(QuestionKind.START).build())
                .addSafetyFrame(SafetyFrame.builder().id("f").setBy("saskia").addCoveredId("q").build()).build();

        assertThat(s.safetyFrames().get(0).coveredIds()).containsExactly("q");
    }
}
