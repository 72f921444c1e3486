package io.github.nieuweroute.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.nieuweroute.model.ModelValidationException.Problem;
import io.github.nieuweroute.testing.Generators;
import java.time.LocalDate;
import java.util.List;
import java.util.function.BiConsumer;
import java.util.function.Function;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import static org.quicktheories.QuickTheory.qt;

class SituationTest {

    private static final LocalDate DAY = LocalDate.of(2016, 2, 8);

    /** A small valid situation: a focus person, a daughter, a GP, one decision with one agreement. */
    private static Situation.Builder base() {
        return Situation.builder().id("s")
                .addParticipant(Participant.builder().id("focus").sphere(Sphere.FOCUS_PERSON).name("Mevrouw X")
                        .build())
                .addParticipant(Participant.lifeworld("daughter", Relation.INFORMAL_CARER))
                .addParticipant(Participant.professional("gp", "huisarts"))
                .addMeeting(PlanMeeting.builder().id("m").date(DAY).addAttended("focus").build())
                .addDecision(Decision.builder().id("d").date(DAY).meeting("m")
                        .putParticipation("focus", ParticipationLevel.CO_DECIDED).build())
                .addPlan(Plan.builder().id("p").addAgreement(Agreement.builder().id("a").decision("d")
                        .addPerformer("daughter").build()).build());
    }

    private static void assertInvalid(UnaryOperator<Situation.Builder> change, String type, String id, String field,
            Problem problem) {
        assertThatThrownBy(() -> change.apply(base()).build()).isInstanceOf(ModelValidationException.class)
                .satisfies(e -> {
                    ModelValidationException m = (ModelValidationException) e;
                    assertThat(m.objectType()).isEqualTo(type);
                    assertThat(m.objectId().orElse(null)).isEqualTo(id);
                    assertThat(m.field()).isEqualTo(field);
                    assertThat(m.problem()).isEqualTo(problem);
                    assertThat(m.getMessage()).doesNotContain("Mevrouw X");
                });
    }

    @Test
    void a_valid_situation_builds_and_indexes_its_records() {
        Situation s = base().build();
        assertThat(s.focusPersons()).extracting(Participant::id).containsExactly("focus");
        assertThat(s.participant("gp")).map(Participant::sphere).contains(Sphere.SYSTEM_WORLD);
        assertThat(s.sphereOf("nobody")).isEqualTo(Sphere.UNKNOWN);
        assertThat(s.agreementsOf("d")).extracting(Agreement::id).containsExactly("a");
        assertThat(s.agreementsOf("none")).isEmpty();
        assertThat(s.decision("d")).isPresent();
        assertThat(s.toString()).doesNotContain("Mevrouw X");
    }

    @Test
    void a_situation_needs_a_focus_person() {
        assertThatThrownBy(() -> Situation.builder().id("s")
                .addParticipant(Participant.lifeworld("n", Relation.NEIGHBOUR)).build())
                .isInstanceOf(ModelValidationException.class)
                .satisfies(e -> assertThat(((ModelValidationException) e).problem()).isEqualTo(Problem.NO_FOCUS_PERSON));
    }

    @Test
    void ids_are_unique_across_the_whole_situation() {
        assertInvalid(b -> b.addParticipant(Participant.lifeworld("daughter", Relation.FRIEND)), "Participant",
                "daughter", "id", Problem.DUPLICATE_ID);
        assertInvalid(b -> b.addExchange(Exchange.of("d", "focus", "daughter")), "Exchange", "d", "id",
                Problem.DUPLICATE_ID);
        assertInvalid(b -> b.addParticipant(Participant.lifeworld("s", Relation.FRIEND)), "Participant", "s", "id",
                Problem.DUPLICATE_ID);
    }

    @Test
    void every_reference_resolves_to_an_object_of_the_right_kind() {
        assertInvalid(b -> b.addDecision(Decision.builder().id("d2").date(DAY)
                .putParticipation("ghost", ParticipationLevel.CO_DECIDED).build()), "Decision", "d2", "participation",
                Problem.UNRESOLVED_REFERENCE);
        assertInvalid(b -> b.addDecision(Decision.builder().id("d2").date(DAY).meeting("gp").build()), "Decision",
                "d2", "meeting", Problem.UNRESOLVED_REFERENCE);
        assertInvalid(b -> b.addPlan(Plan.builder().id("p2").addAgreement(Agreement.builder().id("a2")
                .decision("m").addPerformer("gp").build()).build()), "Agreement", "a2", "decision",
                Problem.UNRESOLVED_REFERENCE);
        assertInvalid(b -> b.addPlan(Plan.builder().id("p2").addAgreement(Agreement.builder().id("a2")
                .decision("d").addPerformer("ghost").build()).build()), "Agreement", "a2", "performers",
                Problem.UNRESOLVED_REFERENCE);
        assertInvalid(b -> b.addPlan(Plan.builder().id("p2").owner("ghost").build()), "Plan", "p2", "owners",
                Problem.UNRESOLVED_REFERENCE);
        assertInvalid(b -> b.addQuestion(Question.builder().id("q").kind(QuestionKind.START).askedBy("ghost")
                .build()), "Question", "q", "askedBy", Problem.UNRESOLVED_REFERENCE);
        assertInvalid(b -> b.addMeeting(PlanMeeting.builder().id("m2").date(DAY).facilitator("ghost").build()),
                "PlanMeeting", "m2", "facilitator", Problem.UNRESOLVED_REFERENCE);
        assertInvalid(b -> b.addMeeting(PlanMeeting.builder().id("m2").date(DAY).addObjectedTo("ghost").build()),
                "PlanMeeting", "m2", "objectedTo", Problem.UNRESOLVED_REFERENCE);
        assertInvalid(b -> b.addRequest(Request.builder().id("r").date(DAY).from("gp").to("ghost")
                .kind(RequestKind.VOLUNTEER).build()), "Request", "r", "to", Problem.UNRESOLVED_REFERENCE);
        assertInvalid(b -> b.addInformationItem(InformationItem.builder().id("i").addHolder("gp")
                .addSharedWith("ghost").build()), "InformationItem", "i", "sharedWith", Problem.UNRESOLVED_REFERENCE);
        assertInvalid(b -> b.addExchange(Exchange.of("e", "ghost", "focus")), "Exchange", "e", "giver",
                Problem.UNRESOLVED_REFERENCE);
        assertInvalid(b -> b.addSafetyFrame(SafetyFrame.builder().id("f").setBy("gp").addCoveredId("daughter")
                .build()), "SafetyFrame", "f", "coveredIds", Problem.UNRESOLVED_REFERENCE);
        assertInvalid(b -> b.addParticipant(Participant.builder().id("child").sphere(Sphere.FOCUS_PERSON)
                .ageBand(AgeBand.MINOR).addAuthorityHolders("ghost").build()), "Participant", "child",
                "authorityHolders", Problem.UNRESOLVED_REFERENCE);
        assertInvalid(b -> b.addParticipant(Participant.builder().id("carer").sphere(Sphere.LIFEWORLD)
                .addLoadAssessment(LoadAssessment.builder().date(DAY).balance(LoadBalance.AT_CAPACITY)
                        .assessedBy("ghost").build()).build()), "Participant", "carer", "loadAssessments.assessedBy",
                Problem.UNRESOLVED_REFERENCE);
        assertInvalid(b -> b.addSafetyFrame(SafetyFrame.builder().id("f").setBy("gp")
                .addCondition(SafetyCondition.decidedWithFrameOwner("ghost")).build()), "SafetyFrame", "f",
                "conditions.subject", Problem.UNRESOLVED_REFERENCE);
        assertInvalid(b -> b.addSafetyFrame(SafetyFrame.builder().id("f").setBy("gp")
                .addCondition(SafetyCondition.notAloneWith("focus", "ghost")).build()), "SafetyFrame", "f",
                "conditions.persons", Problem.UNRESOLVED_REFERENCE);
        assertInvalid(b -> b.addSafetyFrame(SafetyFrame.builder().id("f").setBy("gp")
                .addCondition(SafetyCondition.builder().kind(SafetyConditionKind.SUPERVISED_CONTACT).subject("gp")
                        .addPersons("focus").addSupervisors("ghost").build()).build()), "SafetyFrame", "f",
                "conditions.supervisors", Problem.UNRESOLVED_REFERENCE);
        assertInvalid(b -> b.addEvaluation(Evaluation.builder().id("e").date(DAY).plan("d").addParticipant("focus")
                .build()), "Evaluation", "e", "plan", Problem.UNRESOLVED_REFERENCE);
        assertInvalid(b -> b.addHandover(Handover.builder().id("h").date(DAY).from("gp").to("ghost")
                .kind(HandoverKind.TRANSFER).build()), "Handover", "h", "to", Problem.UNRESOLVED_REFERENCE);
        assertInvalid(b -> b.addInitiative(Initiative.builder().id("i").owner("ghost").build()), "Initiative", "i",
                "owner", Problem.UNRESOLVED_REFERENCE);
    }

    @Test
    void the_references_of_owners_wishes_and_reasons_resolve_to_participants() {
        assertInvalid(b -> b.addPlan(Plan.builder().id("p2").addOwner("focus").addOwner("ghost").build()), "Plan",
                "p2", "owners", Problem.UNRESOLVED_REFERENCE);
        assertInvalid(b -> b.addQuestion(Question.builder().id("q").kind(QuestionKind.CENTRAL).addOwner("ghost")
                .build()), "Question", "q", "owners", Problem.UNRESOLVED_REFERENCE);
        assertInvalid(b -> b.addDecision(Decision.builder().id("d2").date(DAY)
                .addWish(Wish.of("ghost", "focus", WishOutcome.FOLLOWED)).build()), "Decision", "d2",
                "wishes.holder", Problem.UNRESOLVED_REFERENCE);
        assertInvalid(b -> b.addDecision(Decision.builder().id("d2").date(DAY)
                .addWish(Wish.of("focus", "ghost", WishOutcome.FOLLOWED)).build()), "Decision", "d2",
                "wishes.conveyedBy", Problem.UNRESOLVED_REFERENCE);
        assertInvalid(b -> b.addDecision(Decision.builder().id("d2").date(DAY)
                .addReason(Reason.of(ReasonKind.NEED, "ghost")).build()), "Decision", "d2", "reasons.givenBy",
                Problem.UNRESOLVED_REFERENCE);
    }

    @Test
    void new_concepts_default_to_what_version_1_recorded() {
        Situation s = base().addPlan(Plan.builder().id("p2").owner("focus").build()).build();
        PlanMeeting m = PlanMeeting.builder().id("m2").date(DAY).build();

        assertThat(m.kind()).isEqualTo(MeetingKind.PLAN_MEETING);
        assertThat(s.plans().get(s.plans().size() - 1).owners()).containsExactly("focus");
        assertThat(s.plans().get(s.plans().size() - 1).owner()).contains("focus");
        assertThat(Plan.builder().id("p").addOwner("a").addOwner("b").build().owner()).isEmpty();
        assertThat(Plan.builder().id("p").build().reviewDate()).isEmpty();
        assertThat(Wish.of("a", "a", WishOutcome.FOLLOWED).voicedByHolder()).isTrue();
        assertThat(Wish.of("a", "b", WishOutcome.FOLLOWED).voicedByHolder()).isFalse();
        assertThat(Decision.builder().id("d").date(DAY).build().wishes()).isEmpty();
    }

    @Test
    void wishes_and_reasons_never_print_their_words() {
        Wish w = Wish.builder().holder("a").conveyedBy("b").outcome(WishOutcome.NOT_FOLLOWED).text("SECRET").build();
        Reason r = Reason.builder().kind(ReasonKind.SAFETY).givenBy("b").text("SECRET").build();

        assertThat(w.toString()).contains("a").contains("NOT_FOLLOWED").doesNotContain("SECRET");
        assertThat(r.toString()).contains("SAFETY").doesNotContain("SECRET");
        assertThat(ReasonKind.BUDGET_FRAME.isSystemReality()).isTrue();
        assertThat(ReasonKind.AVAILABLE_OFFER.isSystemReality()).isFalse();
    }

    @Test
    void a_safety_frame_may_cover_decisions_agreements_and_information_items() {
        Situation s = base().addInformationItem(InformationItem.builder().id("i").addHolder("gp").build())
                .addSafetyFrame(SafetyFrame.builder().id("f").setBy("gp").addCoveredId("d").addCoveredId("a")
                        .addCoveredId("i").build())
                .build();
        assertThat(s.safetyFrames().get(0).coveredIds()).containsExactly("d", "a", "i");
    }

    @Test
    void dates_are_in_order() {
        assertInvalid(b -> b.addDecision(Decision.builder().id("d2").date(DAY.minusDays(1)).meeting("m").build()),
                "Decision", "d2", "date", Problem.DATE_ORDER);
        assertInvalid(b -> b.addEvaluation(Evaluation.builder().id("e").date(DAY.minusDays(1)).plan("p")
                .addParticipant("focus").build()), "Evaluation", "e", "date", Problem.DATE_ORDER);
    }

    @Test
    void a_plan_that_breaks_every_principle_is_still_a_valid_record() {
        Situation s = base().addDecision(Decision.builder().id("d2").date(DAY)
                .putParticipation("gp", ParticipationLevel.CO_DECIDED)
                .putParticipation("daughter", ParticipationLevel.NONE).build())
                .addRequest(Request.builder().id("r").date(DAY).from("gp").to("daughter").kind(RequestKind.VOLUNTEER)
                        .build())
                .build();
        assertThat(s.decisions()).hasSize(2);
    }

    @Test
    void decisions_in_time_order_sort_by_date_then_by_id() {
        Situation s = base().addDecision(Decision.builder().id("early").date(DAY.minusDays(5)).build())
                .addDecision(Decision.builder().id("late").date(DAY).build()).build();
        assertThat(s.decisionsInTimeOrder()).extracting(Decision::id).containsExactly("early", "d", "late");
        Situation tie = base().addDecision(Decision.builder().id("c").date(DAY).build()).build();
        assertThat(tie.decisionsInTimeOrder()).extracting(Decision::id).containsExactly("c", "d");
    }

    @Test
    void every_generated_situation_survives_to_builder_unchanged_and_hides_free_text() {
        qt().withExamples(300).forAll(Generators.situations()).check(s -> {
            Situation copy = s.toBuilder().build();
            return copy.equals(s) && copy.hashCode() == s.hashCode() && !s.toString().contains("Naam ")
                    && !s.toString().contains("onderwerp ");
        });
    }

    @Test
    void a_decision_is_found_by_its_id_and_an_unknown_id_finds_none() {
        Situation s = base().build();
        assertThat(s.decision("d")).map(Decision::id).contains("d");
        assertThat(s.decision("m")).isEmpty();
        assertThat(s.decision("nobody")).isEmpty();
    }

    @Test
    void a_malformed_id_or_a_blank_description_names_the_situation_and_the_field() {
        assertInvalid(b -> b.id("bad id"), "Situation", null, "id", Problem.INVALID_ID);
        assertInvalid(b -> b.description(" "), "Situation", "s", "description", Problem.INVALID_VALUE);
    }

    /** Every kind of record but participants, each with a way to add the record numbered n and to read them back. */
    static Stream<Arguments> kindsOfRecord() {
        return Stream.of(
                kind("questions", (b, id) -> b.addQuestion(Question.network(id,
                        NetworkQuestionForm.WHO_FINDS_IT_IMPORTANT)), Situation::questions),
                kind("meetings", (b, id) -> b.addMeeting(PlanMeeting.builder().id(id).date(DAY).build()),
                        Situation::meetings),
                kind("decisions", (b, id) -> b.addDecision(Decision.builder().id(id).date(DAY).build()),
                        Situation::decisions),
                kind("plans", (b, id) -> b.addPlan(Plan.builder().id(id).build()), Situation::plans),
                kind("requests", (b, id) -> b.addRequest(Request.builder().id(id).date(DAY).from("focus").to("gp")
                        .kind(RequestKind.VOLUNTEER).build()), Situation::requests),
                kind("information items", (b, id) -> b.addInformationItem(InformationItem.builder().id(id)
                        .addHolder("gp").build()), Situation::informationItems),
                kind("exchanges", (b, id) -> b.addExchange(Exchange.of(id, "focus", "gp")), Situation::exchanges),
                kind("safety frames", (b, id) -> b.addSafetyFrame(SafetyFrame.builder().id(id).setBy("gp").build()),
                        Situation::safetyFrames),
                kind("evaluations", (b, id) -> b.addEvaluation(Evaluation.builder().id(id).date(DAY)
                        .addParticipant("focus").build()), Situation::evaluations),
                kind("handovers", (b, id) -> b.addHandover(Handover.builder().id(id).date(DAY).from("gp").to("focus")
                        .kind(HandoverKind.TRANSFER).build()), Situation::handovers),
                kind("initiatives", (b, id) -> b.addInitiative(Initiative.builder().id(id).owner("focus").build()),
                        Situation::initiatives),
                kind("outcomes", (b, id) -> b.addOutcome(Outcome.builder().id(id).build()), Situation::outcomes),
                kind("households", (b, id) -> b.addHousehold(Household.of(id, "focus")), Situation::households));
    }

    private static Arguments kind(String name, BiConsumer<Situation.Builder, String> add,
            Function<Situation, List<?>> records) {
        return Arguments.of(name, add, records);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("kindsOfRecord")
    void a_situation_of_many_records_of_one_kind_and_nothing_else_builds(String kind,
            BiConsumer<Situation.Builder, String> add, Function<Situation, List<?>> records) {
        // the validator sizes its table of ids from the counts of every kind; none may be left out or taken away
        Situation.Builder b = Situation.builder().id("s").addParticipant(Participant.focusPerson("focus"))
                .addParticipant(Participant.professional("gp", "huisarts"));
        for (int n = 1; n <= 5; n++) {
            add.accept(b, "r" + n);
        }

        Situation s = b.build();

        assertThat(records.apply(s)).hasSize(5);
        assertThat(s.index().participantCount()).isEqualTo(2);
    }

    @Test
    void an_id_used_twice_names_the_record_that_repeats_it_and_the_kind_that_had_it() {
        // records checked after the decisions repeat the decision's id "d"
        assertDuplicate(b -> b.addPlan(Plan.builder().id("d").build()), "Plan", "d", "decision");
        assertDuplicate(b -> b.addPlan(Plan.builder().id("p2").addAgreement(Agreement.builder().id("d")
                .decision("d").addPerformer("gp").build()).build()), "Agreement", "d", "decision");
        assertDuplicate(b -> b.addRequest(Request.builder().id("d").date(DAY).from("focus").to("gp")
                .kind(RequestKind.VOLUNTEER).build()), "Request", "d", "decision");
        assertDuplicate(b -> b.addInformationItem(InformationItem.builder().id("d").addHolder("gp").build()),
                "InformationItem", "d", "decision");
        assertDuplicate(b -> b.addExchange(Exchange.of("d", "focus", "gp")), "Exchange", "d", "decision");
        assertDuplicate(b -> b.addSafetyFrame(SafetyFrame.builder().id("d").setBy("gp").build()), "SafetyFrame", "d",
                "decision");
        assertDuplicate(b -> b.addEvaluation(Evaluation.builder().id("d").date(DAY).addParticipant("focus").build()),
                "Evaluation", "d", "decision");
        assertDuplicate(b -> b.addHandover(Handover.builder().id("d").date(DAY).from("gp").to("focus")
                .kind(HandoverKind.TRANSFER).build()), "Handover", "d", "decision");
        assertDuplicate(b -> b.addInitiative(Initiative.builder().id("d").owner("focus").build()), "Initiative", "d",
                "decision");
        assertDuplicate(b -> b.addOutcome(Outcome.builder().id("d").build()), "Outcome", "d", "decision");
        assertDuplicate(b -> b.addHousehold(Household.of("d", "focus")), "Household", "d", "decision");
        // the meeting's id, the situation's, and records of one kind after another
        assertDuplicate(b -> b.addDecision(Decision.builder().id("m").date(DAY).build()), "Decision", "m",
                "meeting");
        assertDuplicate(b -> b.addQuestion(Question.network("s", NetworkQuestionForm.WHO_FINDS_IT_IMPORTANT)),
                "Question", "s", "situation");
        assertDuplicate(b -> b.addOutcome(Outcome.builder().id("x").build()).addHousehold(Household.of("x", "focus")),
                "Household", "x", "outcome");
        assertDuplicate(b -> b.addInformationItem(InformationItem.builder().id("x").addHolder("gp").build())
                .addSafetyFrame(SafetyFrame.builder().id("x").setBy("gp").build()), "SafetyFrame", "x",
                "information item");
        assertDuplicate(b -> b.addSafetyFrame(SafetyFrame.builder().id("x").setBy("gp").build())
                .addInitiative(Initiative.builder().id("x").owner("focus").build()), "Initiative", "x",
                "safety frame");
    }

    private static void assertDuplicate(UnaryOperator<Situation.Builder> change, String type, String id,
            String usedBy) {
        assertInvalid(change, type, id, "id", Problem.DUPLICATE_ID);
        assertThatThrownBy(() -> change.apply(base()).build())
                .hasMessageContaining("the id is already used by a " + usedBy + " of this situation");
    }

    /**
     * Adds decisions dated on day 10 and day 20 after {@link #DAY} and a plan "q" that made an agreement in each, the
     * earlier decision's first or last, and an evaluation of the plan on the given day.
     */
    private static Situation.Builder evaluatedOn(Situation.Builder b, boolean earlierFirst, int day) {
        Agreement early = Agreement.builder().id("a-early").decision("early").addPerformer("gp").build();
        Agreement late = Agreement.builder().id("a-late").decision("late").addPerformer("gp").build();
        return b.addDecision(Decision.builder().id("early").date(DAY.plusDays(10)).build())
                .addDecision(Decision.builder().id("late").date(DAY.plusDays(20)).build())
                .addPlan(Plan.builder().id("q").addAgreement(earlierFirst ? early : late)
                        .addAgreement(earlierFirst ? late : early).build())
                .addEvaluation(Evaluation.builder().id("e").date(DAY.plusDays(day)).plan("q").addParticipant("focus")
                        .build());
    }

    @Test
    void an_evaluation_of_a_plan_is_dated_no_earlier_than_the_plans_first_decision_in_whatever_order_it_made_them() {
        for (boolean earlierFirst : new boolean[] {true, false}) {
            assertThat(evaluatedOn(base(), earlierFirst, 15).build().evaluations()).hasSize(1);
            assertThat(evaluatedOn(base(), earlierFirst, 10).build().evaluations()).hasSize(1);
            assertInvalid(b -> evaluatedOn(b, earlierFirst, 9), "Evaluation", "e", "date", Problem.DATE_ORDER);
        }
    }

    @Test
    void a_covered_id_that_is_nothing_coverable_names_every_kind_a_frame_may_cover() {
        assertThatThrownBy(() -> base().addSafetyFrame(SafetyFrame.builder().id("f").setBy("gp")
                .addCoveredId("m").build()).build())
                .isInstanceOfSatisfying(ModelValidationException.class, e -> {
                    assertThat(e.problem()).isEqualTo(Problem.UNRESOLVED_REFERENCE);
                    assertThat(e.field()).isEqualTo("coveredIds");
                    assertThat(e.getMessage()).endsWith("refers to 'm', which is no question or decision or "
                            + "agreement or information item or outcome of this situation");
                });
    }
}
