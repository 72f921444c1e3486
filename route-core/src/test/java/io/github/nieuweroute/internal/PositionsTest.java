package io.github.nieuweroute.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import io.github.nieuweroute.model.Agreement;
import io.github.nieuweroute.model.Decision;
import io.github.nieuweroute.model.Exchange;
import io.github.nieuweroute.model.InformationItem;
import io.github.nieuweroute.model.ModelValidationException;
import io.github.nieuweroute.model.ModelValidationException.Problem;
import io.github.nieuweroute.model.NetworkQuestionForm;
import io.github.nieuweroute.model.Participant;
import io.github.nieuweroute.model.ParticipationLevel;
import io.github.nieuweroute.model.PlanMeeting;
import io.github.nieuweroute.model.Question;
import io.github.nieuweroute.model.Request;
import io.github.nieuweroute.model.Situation;
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
 * The positions the validator resolves must say exactly what the references say by id: every array is compared with
 * the lookup by id it replaces, on generated situations.
 */
class PositionsTest {

    private static List<String> ids(Positions positions, int[] participants) {
        return IntStream.of(participants).mapToObj(positions::id).collect(Collectors.toList());
    }

    @Test
    void every_position_names_the_participant_the_reference_names() {
        qt().withExamples(300).forAll(Generators.situations()).checkAssert(s -> {
            Positions p = Positions.of(s);
            assertThat(p.size()).isEqualTo(s.participants().size());
            for (int k = 0; k < s.participants().size(); k++) {
                Participant participant = s.participants().get(k);
                assertThat(p.find(participant.id())).isEqualTo(k);
                assertThat(p.id(k)).isEqualTo(participant.id());
                assertThat(p.participant(k)).isSameAs(participant);
                assertThat(p.sphere(k)).isEqualTo(participant.sphere());
            }
            List<Decision> decisions = s.decisions();
            for (int d = 0; d < decisions.size(); d++) {
                Decision decision = decisions.get(d);
                assertThat(p.decision(decision.id())).isEqualTo(d);
                assertThat(ids(p, p.decisionParticipants(d))).containsExactlyElementsOf(
                        decision.participation().keySet());
                List<ParticipationLevel> levels = new ArrayList<>();
                for (int i = 0; i < p.decisionParticipants(d).length; i++) {
                    levels.add(p.level(d, i));
                    assertThat(p.deciding(d, i)).isEqualTo(p.level(d, i).isDeciding());
                }
                assertThat(levels).containsExactlyElementsOf(decision.participation().values());
                assertThat(p.decisionMeeting(d) < 0 ? Optional.empty()
                        : Optional.of(s.meetings().get(p.decisionMeeting(d)).id())).isEqualTo(decision.meeting());
                assertThat(IntStream.of(p.agreementsOf(d)).mapToObj(a -> s.agreements().get(a)))
                        .containsExactlyElementsOf(s.agreementsOf(decision.id()));
            }
            for (int a = 0; a < s.agreements().size(); a++) {
                Agreement agreement = s.agreements().get(a);
                assertThat(decisions.get(p.agreementDecision(a)).id()).isEqualTo(agreement.decision());
                assertThat(ids(p, p.performers(a))).containsExactlyElementsOf(agreement.performers());
                assertThat(p.proposer(a) < 0 ? Optional.empty() : Optional.of(p.id(p.proposer(a))))
                        .isEqualTo(agreement.proposer());
            }
            for (int m = 0; m < s.meetings().size(); m++) {
                PlanMeeting meeting = s.meetings().get(m);
                String meetingId = meeting.id();
                assertThat(IntStream.of(p.decisionsOf(m)).mapToObj(decisions::get)).containsExactlyElementsOf(
                        decisions.stream().filter(d -> d.meeting().equals(Optional.of(meetingId)))
                                .collect(Collectors.toList()));
                assertThat(ids(p, p.attended(m))).containsExactlyElementsOf(meeting.attended());
                assertThat(p.facilitator(m) < 0 ? Optional.empty() : Optional.of(p.id(p.facilitator(m))))
                        .isEqualTo(meeting.facilitator());
            }
            for (int i = 0; i < s.informationItems().size(); i++) {
                InformationItem item = s.informationItems().get(i);
                assertThat(ids(p, p.holders(i))).containsExactlyElementsOf(item.holders());
                assertThat(ids(p, p.sharedWith(i))).containsExactlyElementsOf(item.sharedWith());
            }
            for (int x = 0; x < s.exchanges().size(); x++) {
                Exchange e = s.exchanges().get(x);
                assertThat(p.id(p.giver(x))).isEqualTo(e.giver());
                assertThat(p.id(p.receiver(x))).isEqualTo(e.receiver());
            }
            for (int r = 0; r < s.requests().size(); r++) {
                Request request = s.requests().get(r);
                assertThat(p.id(p.requestTo(r))).isEqualTo(request.to());
            }
            assertThat(IntStream.of(p.decisionTimeOrder()).mapToObj(decisions::get))
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
            Positions p = Positions.of(s);
            assertThat(Integer.signum(p.compareIds(0, 1))).isEqualTo(Integer.signum(p.id(0).compareTo(p.id(1))));
            assertThat(p.compareIds(0, 0)).isZero();
            long ka = Positions.idKey(a);
            long kb = Positions.idKey(b);
            assertThat(ka).isNotNegative();
            if (ka != kb) {
                assertThat(Long.signum(Long.compare(ka, kb))).isEqualTo(Integer.signum(a.compareTo(b)));
            }
        });
    }

    @Test
    void the_accessor_cannot_be_replaced() {
        Positions.of(Situation.builder().id("s").addParticipant(Participant.focusPerson("f")).build());
        assertThatThrownBy(() -> Positions.provide(s -> null)).isInstanceOf(IllegalStateException.class);
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
}
