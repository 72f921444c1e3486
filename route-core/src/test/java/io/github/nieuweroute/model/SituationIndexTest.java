package io.github.nieuweroute.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import io.github.nieuweroute.model.ModelValidationException.Problem;
import io.github.nieuweroute.testing.Generators;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/**
 * The index the validator fills must say exactly what the references say by id: every list is compared with the
 * lookup by id it replaces, on generated situations.
 */
class SituationIndexTest {

    private static List<String> ids(SituationIndex index, IndexList participants) {
        return participants.stream().mapToObj(index::participantId).collect(Collectors.toList());
    }

    @Test
    void every_position_names_the_participant_the_reference_names() {
        qt().withExamples(300).forAll(Generators.situations()).checkAssert(s -> {
            SituationIndex p = s.index();
            assertThat(p.participantCount()).isEqualTo(s.participants().size());
            for (int k = 0; k < s.participants().size(); k++) {
                Participant participant = s.participants().get(k);
                assertThat(p.position(participant.id())).isEqualTo(k);
                assertThat(p.participantId(k)).isEqualTo(participant.id());
                assertThat(p.participant(k)).isSameAs(participant);
                assertThat(p.sphere(k)).isEqualTo(participant.sphere());
            }
            List<Decision> decisions = s.decisions();
            for (int d = 0; d < decisions.size(); d++) {
                Decision decision = decisions.get(d);
                assertThat(p.decisionIndex(decision.id())).isEqualTo(d);
                assertThat(ids(p, p.decisionParticipants(d))).containsExactlyElementsOf(
                        decision.participation().keySet());
                List<ParticipationLevel> levels = new ArrayList<>();
                for (int i = 0; i < p.decisionParticipants(d).size(); i++) {
                    levels.add(p.level(d, i));
                    assertThat(p.coDecided(d, i)).isEqualTo(p.level(d, i).isDeciding());
                }
                assertThat(levels).containsExactlyElementsOf(decision.participation().values());
                assertThat(p.decisionMeeting(d) < 0 ? Optional.empty()
                        : Optional.of(s.meetings().get(p.decisionMeeting(d)).id())).isEqualTo(decision.meeting());
                assertThat(p.agreementsOf(d).stream().mapToObj(a -> s.agreements().get(a)))
                        .containsExactlyElementsOf(s.agreementsOf(decision.id()));
            }
            for (int d = 0; d < decisions.size(); d++) {
                Decision decision = decisions.get(d);
                assertThat(ids(p, p.wishHolders(d))).containsExactlyElementsOf(
                        decision.wishes().stream().map(Wish::holder).collect(Collectors.toList()));
                assertThat(ids(p, p.wishConveyors(d))).containsExactlyElementsOf(
                        decision.wishes().stream().map(Wish::conveyedBy).collect(Collectors.toList()));
                assertThat(ids(p, p.reasonGivers(d))).containsExactlyElementsOf(
                        decision.reasons().stream().map(Reason::givenBy).collect(Collectors.toList()));
            }
            assertThat(p.questionCount()).isEqualTo(s.questions().size());
            for (int q = 0; q < s.questions().size(); q++) {
                assertThat(ids(p, p.questionOwners(q))).containsExactlyElementsOf(s.questions().get(q).owners());
            }
            assertThat(p.planCount()).isEqualTo(s.plans().size());
            for (int i = 0; i < s.plans().size(); i++) {
                assertThat(ids(p, p.planOwners(i))).containsExactlyElementsOf(s.plans().get(i).owners());
            }
            for (int a = 0; a < s.agreements().size(); a++) {
                Agreement agreement = s.agreements().get(a);
                assertThat(decisions.get(p.agreementDecision(a)).id()).isEqualTo(agreement.decision());
                assertThat(ids(p, p.performers(a))).containsExactlyElementsOf(agreement.performers());
                assertThat(p.proposer(a) < 0 ? Optional.empty() : Optional.of(p.participantId(p.proposer(a))))
                        .isEqualTo(agreement.proposer());
            }
            for (int m = 0; m < s.meetings().size(); m++) {
                PlanMeeting meeting = s.meetings().get(m);
                String meetingId = meeting.id();
                assertThat(p.decisionsOf(m).stream().mapToObj(decisions::get)).containsExactlyElementsOf(
                        decisions.stream().filter(d -> d.meeting().equals(Optional.of(meetingId)))
                                .collect(Collectors.toList()));
                assertThat(ids(p, p.attended(m))).containsExactlyElementsOf(meeting.attended());
                assertThat(p.facilitator(m) < 0 ? Optional.empty() : Optional.of(p.participantId(p.facilitator(m))))
                        .isEqualTo(meeting.facilitator());
            }
            for (int i = 0; i < s.informationItems().size(); i++) {
                InformationItem item = s.informationItems().get(i);
                assertThat(ids(p, p.holders(i))).containsExactlyElementsOf(item.holders());
                assertThat(ids(p, p.sharedWith(i))).containsExactlyElementsOf(item.sharedWith());
            }
            for (int x = 0; x < s.exchanges().size(); x++) {
                Exchange e = s.exchanges().get(x);
                assertThat(p.participantId(p.giver(x))).isEqualTo(e.giver());
                assertThat(p.participantId(p.receiver(x))).isEqualTo(e.receiver());
            }
            for (int r = 0; r < s.requests().size(); r++) {
                Request request = s.requests().get(r);
                assertThat(p.participantId(p.requestTo(r))).isEqualTo(request.to());
            }
            assertThat(p.decisionsInTimeOrder().stream().mapToObj(decisions::get))
                    .containsExactlyElementsOf(decisions.stream().sorted(Comparator.comparing(Decision::date)
                            .thenComparing(Decision::id)).collect(Collectors.toList()))
                    .containsExactlyElementsOf(s.decisionsInTimeOrder());
        });
    }

    /**
     * Ids from small alphabets, so that prefixes, shared long prefixes and ties past nine characters are common, with
     * the highest and lowest characters an id may have.
     */
    private static Gen<String> ids() {
        String first = "0aZz9";
        String rest = "ab0Z.:_-9z";
        return integers().between(0, first.length() - 1).zip(
                lists().of(integers().between(0, rest.length() - 1)).ofSizeBetween(0, 13),
                (f, cs) -> first.charAt(f) + cs.stream().map(c -> String.valueOf(rest.charAt(c)))
                        .collect(Collectors.joining()));
    }

    @Test
    void packed_ids_compare_as_the_ids_do() {
        // b shares a prefix of some length with a, so that long shared prefixes are common
        qt().withExamples(5000).forAll(ids(), ids(), integers().between(0, 14)).checkAssert((a, c, shared) -> {
            String b = a.substring(0, Math.min(shared, a.length())) + c;
            Situation s = Situation.builder().id("s").addParticipant(Participant.focusPerson(a))
                    .addParticipant(Participant.focusPerson(a.equals(b) ? b + "x" : b)).build();
            SituationIndex p = s.index();
            assertThat(Integer.signum(p.compareParticipantIds(0, 1))).isEqualTo(Integer.signum(p.participantId(0).compareTo(p.participantId(1))));
            assertThat(p.compareParticipantIds(0, 0)).isZero();
            long ka = SituationIndex.idKey(a);
            long kb = SituationIndex.idKey(b);
            assertThat(ka).isNotNegative();
            if (ka != kb) {
                assertThat(Long.signum(Long.compare(ka, kb))).isEqualTo(Integer.signum(a.compareTo(b)));
            }
        });
    }

    @Test
    void the_index_is_made_once_answers_minus_one_for_unknown_ids_and_refuses_positions_out_of_range() {
        Situation s = Situation.builder().id("s").addParticipant(Participant.focusPerson("f"))
                .addParticipant(Participant.professional("w", "team")).build();
        SituationIndex index = s.index();
        assertThat(s.index()).isSameAs(index);
        assertThat(index.position("nobody")).isEqualTo(-1);
        assertThat(index.decisionIndex("nothing")).isEqualTo(-1);
        assertThat(index.isOwnSide(0)).isTrue();
        assertThat(index.isProfessional(0)).isFalse();
        assertThat(index.isProfessional(1)).isTrue();
        assertThat(index.isOwnSide(1)).isFalse();
        assertThat(index.decisionCount()).isZero();
        assertThat(index.agreementCount()).isZero();
        assertThatThrownBy(() -> index.participant(2)).isInstanceOf(IndexOutOfBoundsException.class);
        assertThatThrownBy(() -> index.participantId(2)).isInstanceOf(IndexOutOfBoundsException.class);
        assertThatThrownBy(() -> index.participantId(-1)).isInstanceOf(IndexOutOfBoundsException.class);
        assertThatThrownBy(() -> index.performers(0)).isInstanceOf(IndexOutOfBoundsException.class);
        assertThat(index.toString()).isEqualTo("SituationIndex[2 participants, 0 decisions, 0 agreements, 0 exchanges]");
    }

    @Test
    void an_index_list_is_a_read_only_copy_of_what_it_was_made_from() {
        int[] source = {3, 1, 2};
        IndexList list = IndexList.of(source);
        source[0] = 9;
        int[] copy = list.toArray();
        copy[1] = 9;
        assertThat(list.toArray()).containsExactly(3, 1, 2);
        assertThat(list.size()).isEqualTo(3);
        assertThat(list.get(0)).isEqualTo(3);
        assertThat(list.contains(2)).isTrue();
        assertThat(list.contains(9)).isFalse();
        assertThat(list).isEqualTo(IndexList.of(3, 1, 2)).hasSameHashCodeAs(IndexList.of(3, 1, 2))
                .isNotEqualTo(IndexList.of(3, 2, 1));
        assertThat(IndexList.of()).isSameAs(IndexList.EMPTY);
        assertThat(IndexList.EMPTY.isEmpty()).isTrue();
        assertThat(list.toString()).isEqualTo("[3, 1, 2]");
        assertThatThrownBy(() -> list.get(3)).isInstanceOf(IndexOutOfBoundsException.class);
        assertThat(list.isEmpty()).isFalse();
        assertThat(list.stream()).containsExactly(3, 1, 2);
        int[] into = {7, 7, 7, 7, 7};
        list.copyInto(into, 1);
        assertThat(into).containsExactly(7, 3, 1, 2, 7);
        assertThatThrownBy(() -> list.copyInto(into, 3)).isInstanceOf(IndexOutOfBoundsException.class);
        assertThat(list).isNotEqualTo(list.toArray()).isNotEqualTo(null);
    }

    @Test
    void an_id_used_by_a_participant_is_named_as_such_when_used_again() {
        Situation.Builder base = Situation.builder().id("s").addParticipant(Participant.focusPerson("f"))
                .addParticipant(Participant.professional("gp", "huisarts"));
        assertThatThrownBy(() -> base.addQuestion(Question.network("gp", NetworkQuestionForm.WHO_FINDS_IT_IMPORTANT))
                .build())
                .isInstanceOfSatisfying(ModelValidationException.class, e -> {
                    assertThat(e.problem()).isEqualTo(Problem.DUPLICATE_ID);
                    assertThat(e.objectType()).isEqualTo("Question");
                    assertThat(e.getMessage()).contains("already used by a participant");
                });
        assertThatThrownBy(() -> Situation.builder().id("s").addParticipant(Participant.focusPerson("f"))
                .addParticipant(Participant.focusPerson("f")).build())
                .isInstanceOfSatisfying(ModelValidationException.class,
                        e -> assertThat(e.getMessage()).contains("already used by a participant"));
        assertThatThrownBy(() -> Situation.builder().id("s").addParticipant(Participant.focusPerson("s")).build())
                .isInstanceOfSatisfying(ModelValidationException.class,
                        e -> assertThat(e.getMessage()).contains("already used by a situation"));
    }

    @Test
    void a_reference_to_something_that_is_no_participant_does_not_resolve() {
        assertThatThrownBy(() -> Situation.builder().id("s").addParticipant(Participant.focusPerson("f"))
                .addDecision(Decision.builder().id("d").date(java.time.LocalDate.of(2020, 1, 1))
                        .putParticipation("d", ParticipationLevel.CO_DECIDED).build())
                .build())
                .isInstanceOfSatisfying(ModelValidationException.class, e -> {
                    assertThat(e.problem()).isEqualTo(Problem.UNRESOLVED_REFERENCE);
                    assertThat(e.field()).isEqualTo("participation");
                    assertThat(e.getMessage()).contains("'d'", "no participant");
                });
    }

    private static Agreement agreement(String id, String decision) {
        return Agreement.builder().id(id).decision(decision).addPerformer("w").build();
    }

    @Test
    void the_index_counts_every_kind_of_record_and_groups_agreements_and_meetings_by_decision() {
        java.time.LocalDate day = java.time.LocalDate.of(2020, 1, 1);
        Situation.Builder b = Situation.builder().id("s").addParticipant(Participant.focusPerson("f"))
                .addParticipant(Participant.professional("w", "team"));
        for (int n = 0; n < 2; n++) {
            b.addMeeting(PlanMeeting.builder().id("m" + n).date(day).build());
        }
        // the first decision was taken in the second meeting and made the last agreement, the second the others
        b.addDecision(Decision.builder().id("d0").date(day).meeting("m1").build());
        b.addDecision(Decision.builder().id("d1").date(day).meeting("m0").build());
        b.addDecision(Decision.builder().id("d2").date(day).build());
        b.addPlan(Plan.builder().id("p0").addAgreement(agreement("a0", "d1")).build());
        b.addPlan(Plan.builder().id("p1").addAgreement(agreement("a1", "d1")).addAgreement(agreement("a2", "d2"))
                .addAgreement(agreement("a3", "d0")).build());
        for (int n = 0; n < 5; n++) {
            b.addInformationItem(InformationItem.builder().id("i" + n).addHolder("w").build());
        }
        for (int n = 0; n < 6; n++) {
            b.addExchange(Exchange.of("x" + n, "f", "w"));
        }
        for (int n = 0; n < 7; n++) {
            b.addRequest(Request.builder().id("r" + n).date(day).from("f").to("w").kind(RequestKind.VOLUNTEER)
                    .build());
        }
        b.addQuestion(Question.network("q0", NetworkQuestionForm.WHO_FINDS_IT_IMPORTANT));

        SituationIndex index = b.build().index();

        assertThat(index.participantCount()).isEqualTo(2);
        assertThat(index.meetingCount()).isEqualTo(2);
        assertThat(index.decisionCount()).isEqualTo(3);
        assertThat(index.planCount()).isEqualTo(2);
        assertThat(index.agreementCount()).isEqualTo(4);
        assertThat(index.informationItemCount()).isEqualTo(5);
        assertThat(index.exchangeCount()).isEqualTo(6);
        assertThat(index.requestCount()).isEqualTo(7);
        assertThat(index.questionCount()).isEqualTo(1);
        assertThat(index.agreementsOf(0).toArray()).containsExactly(3);
        assertThat(index.agreementsOf(1).toArray()).containsExactly(0, 1);
        assertThat(index.agreementsOf(2).toArray()).containsExactly(2);
        assertThat(IntStream.range(0, 4).map(index::agreementDecision)).containsExactly(1, 1, 2, 0);
        assertThat(index.decisionsOf(0).toArray()).containsExactly(1);
        assertThat(index.decisionsOf(1).toArray()).containsExactly(0);
        assertThat(IntStream.range(0, 3).map(index::decisionMeeting)).containsExactly(1, 0, -1);
        assertThat(index.toString())
                .isEqualTo("SituationIndex[2 participants, 3 decisions, 4 agreements, 6 exchanges]");
    }

    @Test
    void a_packed_id_holds_its_first_nine_characters_seven_bits_each_and_zeros_past_the_end() {
        assertThat(SituationIndex.idKey("a")).isEqualTo(0x61L << 56);
        assertThat(SituationIndex.idKey("a0")).isEqualTo(0x61L << 56 | 0x30L << 49);
        assertThat(SituationIndex.idKey("zzzzzzzzz")).isEqualTo(0x7AL << 56 | 0x7AL << 49 | 0x7AL << 42 | 0x7AL << 35
                | 0x7AL << 28 | 0x7AL << 21 | 0x7AL << 14 | 0x7AL << 7 | 0x7AL).isPositive();
        assertThat(SituationIndex.idKey("123456789-past-nine")).isEqualTo(SituationIndex.idKey("123456789"));
        assertThat(SituationIndex.idKey("12345678")).isLessThan(SituationIndex.idKey("123456789"));
    }

    @Test
    void decisions_in_any_order_come_out_in_time_order_by_date_then_id() {
        // nine decisions in reverse time order, three to a day, so that both halves of every merge need sorting
        java.time.LocalDate day = java.time.LocalDate.of(2020, 1, 1);
        Situation.Builder b = Situation.builder().id("s").addParticipant(Participant.focusPerson("f"));
        List<String> expected = new ArrayList<>();
        for (int n = 0; n < 9; n++) {
            expected.add("d" + n);
        }
        for (int n = 8; n >= 0; n--) {
            b.addDecision(Decision.builder().id("d" + n).date(day.plusDays(n / 3)).build());
        }
        // and the same decisions shuffled in a fixed order
        int[] shuffled = {4, 0, 7, 2, 8, 5, 1, 6, 3};
        Situation.Builder c = Situation.builder().id("s").addParticipant(Participant.focusPerson("f"));
        for (int n : shuffled) {
            c.addDecision(Decision.builder().id("d" + n).date(day.plusDays(n / 3)).build());
        }

        for (Situation s : List.of(b.build(), c.build())) {
            assertThat(s.index().decisionsInTimeOrder().stream().mapToObj(d -> s.decisions().get(d).id()))
                    .containsExactlyElementsOf(expected);
        }
    }
}
