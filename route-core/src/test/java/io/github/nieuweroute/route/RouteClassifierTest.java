package io.github.nieuweroute.route;

import static io.github.nieuweroute.model.ParticipationLevel.CONSENTED;
import static io.github.nieuweroute.model.ParticipationLevel.CO_DECIDED;
import static io.github.nieuweroute.model.ParticipationLevel.INFORMED;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.nieuweroute.model.Agreement;
import io.github.nieuweroute.model.Decision;
import io.github.nieuweroute.model.Participant;
import io.github.nieuweroute.model.ParticipationLevel;
import io.github.nieuweroute.model.Plan;
import io.github.nieuweroute.model.PlanMeeting;
import io.github.nieuweroute.model.Relation;
import io.github.nieuweroute.model.SafetyFrame;
import io.github.nieuweroute.model.Situation;
import io.github.nieuweroute.model.Sphere;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RouteClassifierTest {

    private static final LocalDate DAY = LocalDate.of(2016, 2, 8);

    /** One decision "d" with the given participation and one agreement performed by the given performers. */
    private static Situation situation(Map<String, ParticipationLevel> participation, String... performers) {
        Situation.Builder b = Situation.builder().id("s")
                .addParticipant(Participant.focusPerson("focus"))
                .addParticipant(Participant.lifeworld("neighbour", Relation.NEIGHBOUR))
                .addParticipant(Participant.lifeworld("aunt", Relation.FAMILY))
                .addParticipant(Participant.professional("pro", "wijkteam"))
                .addParticipant(Participant.builder().id("unknown").sphere(Sphere.UNKNOWN).build())
                .addDecision(Decision.builder().id("d").date(DAY).putAllParticipation(participation).build());
        if (performers.length > 0) {
            b.addPlan(Plan.builder().id("p").addAgreement(Agreement.builder().id("a").decision("d")
                    .addPerformers(performers).build()).build());
        }
        return b.build();
    }

    private static DecisionClassification classify(Situation s) {
        return RouteClassifier.classify(s).decisions().get(0);
    }

    @Test
    void focus_person_and_network_deciding_with_professionals_is_the_new_route() {
        DecisionClassification c = classify(situation(Map.of("focus", CO_DECIDED, "neighbour", CO_DECIDED,
                "pro", CO_DECIDED), "neighbour", "pro"));
        assertThat(c.route()).isEqualTo(Route.NEW);
        assertThat(c.reasons()).containsExactly(RouteReason.FOCUS_PERSON_CO_DECIDED, RouteReason.LIFEWORLD_CO_DECIDED,
                RouteReason.LIFEWORLD_PERFORMS, RouteReason.PROFESSIONALS_CO_DECIDED);
        assertThat(c.lifeworldDeciders()).containsExactly("neighbour");
        assertThat(c.professionalDeciders()).containsExactly("pro");
    }

    @Test
    void a_plan_with_no_professional_is_new_with_a_note() {
        DecisionClassification c = classify(situation(Map.of("focus", CO_DECIDED, "aunt", CO_DECIDED), "aunt"));
        assertThat(c.route()).isEqualTo(Route.NEW);
        assertThat(c.hasReason(RouteReason.NO_PROFESSIONAL_INVOLVED)).isTrue();
    }

    @Test
    void a_professional_performer_counts_as_professional_involvement() {
        DecisionClassification c = classify(situation(Map.of("focus", CO_DECIDED, "aunt", CO_DECIDED), "pro"));
        assertThat(c.route()).isEqualTo(Route.NEW);
        assertThat(c.hasReason(RouteReason.NO_PROFESSIONAL_INVOLVED)).isFalse();
    }

    @Test
    void network_executing_a_plan_it_did_not_decide_is_the_dead_end_route_with_or_without_the_focus_person() {
        assertThat(classify(situation(Map.of("focus", CO_DECIDED, "pro", CO_DECIDED), "neighbour")).route())
                .isEqualTo(Route.DEAD_END);
        assertThat(classify(situation(Map.of("pro", CO_DECIDED), "neighbour")).route()).isEqualTo(Route.DEAD_END);
    }

    @Test
    void professionals_deciding_without_the_network_is_the_old_route() {
        DecisionClassification c = classify(situation(Map.of("pro", CO_DECIDED, "focus", INFORMED), "pro", "focus"));
        assertThat(c.route()).isEqualTo(Route.OLD);
        assertThat(c.reasons()).contains(RouteReason.NO_LIFEWORLD_DECIDER, RouteReason.NO_LIFEWORLD_PERFORMER);
    }

    @Test
    void consent_is_not_co_decision() {
        DecisionClassification c = classify(situation(Map.of("pro", CO_DECIDED, "neighbour", CONSENTED,
                "focus", CONSENTED), "pro"));
        assertThat(c.route()).isEqualTo(Route.OLD);
        assertThat(c.consentedOnly()).containsExactly("focus", "neighbour");
        assertThat(c.hasReason(RouteReason.CONSENT_IS_NOT_CO_DECISION)).isTrue();
    }

    @Test
    void the_network_deciding_over_the_focus_persons_head_is_unclassified_with_a_reason() {
        DecisionClassification c = classify(situation(Map.of("neighbour", CO_DECIDED, "pro", CO_DECIDED),
                "neighbour"));
        assertThat(c.route()).isEqualTo(Route.UNCLASSIFIED);
        assertThat(c.hasReason(RouteReason.NETWORK_DECIDED_OVER_FOCUS_PERSON)).isTrue();
    }

    @Test
    void a_focus_person_deciding_alone_or_nobody_deciding_is_unclassified() {
        assertThat(classify(situation(Map.of("focus", CO_DECIDED))).reasons())
                .contains(RouteReason.FOCUS_PERSON_DECIDED_ALONE);
        DecisionClassification nobody = classify(situation(Map.of("focus", INFORMED)));
        assertThat(nobody.route()).isEqualTo(Route.UNCLASSIFIED);
        assertThat(nobody.reasons()).contains(RouteReason.NOBODY_CO_DECIDED);
    }

    @Test
    void a_participant_of_unknown_sphere_counts_for_no_sphere() {
        DecisionClassification c = classify(situation(Map.of("focus", CO_DECIDED, "unknown", CO_DECIDED),
                "unknown"));
        assertThat(c.route()).isEqualTo(Route.UNCLASSIFIED);
        assertThat(c.reasons()).contains(RouteReason.UNKNOWN_SPHERE_IGNORED, RouteReason.FOCUS_PERSON_DECIDED_ALONE);
    }

    @Test
    void a_situation_moves_between_routes_over_time_and_the_latest_decision_is_current() {
        Situation s = Situation.builder().id("s")
                .addParticipant(Participant.focusPerson("focus"))
                .addParticipant(Participant.lifeworld("aunt", Relation.FAMILY))
                .addParticipant(Participant.professional("pro", "wijkteam"))
                .addDecision(Decision.builder().id("later").date(DAY.plusDays(30))
                        .putParticipation("focus", CO_DECIDED).putParticipation("aunt", CO_DECIDED).build())
                .addDecision(Decision.builder().id("first").date(DAY).putParticipation("pro", CO_DECIDED).build())
                .addDecision(Decision.builder().id("second").date(DAY.plusDays(1))
                        .putParticipation("pro", CO_DECIDED).build())
                .build();
        SituationClassification c = RouteClassifier.classify(s);
        assertThat(c.decisions()).extracting(DecisionClassification::decisionId)
                .containsExactly("first", "second", "later");
        assertThat(c.periods()).extracting(RoutePeriod::route).containsExactly(Route.OLD, Route.NEW);
        assertThat(c.periods().get(0).decisionIds()).containsExactly("first", "second");
        assertThat(c.periods().get(0).until()).isEqualTo(DAY.plusDays(1));
        assertThat(c.current()).isEqualTo(Route.NEW);
        assertThat(c.changedRoute()).isTrue();
    }

    @Test
    void a_situation_without_decisions_is_unclassified() {
        SituationClassification c = RouteClassifier.classify(Situation.builder().id("s")
                .addParticipant(Participant.focusPerson("focus")).build());
        assertThat(c.current()).isEqualTo(Route.UNCLASSIFIED);
        assertThat(c.currentReasons()).containsExactly(RouteReason.NO_DECISION);
        assertThat(c.periods()).isEmpty();
    }

    @Test
    void a_decision_of_another_situation_is_refused() {
        Situation s = situation(Map.of("focus", CO_DECIDED));
        Decision foreign = Decision.builder().id("d").date(DAY.plusDays(1)).build();
        assertThatThrownBy(() -> RouteClassifier.classify(s, foreign)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'d'");
        assertThat(RouteClassifier.classify(s, s.decisions().get(0)).route()).isEqualTo(Route.UNCLASSIFIED);
    }

    @Test
    void only_the_focus_person_and_the_lifeworld_are_listed_as_having_only_consented() {
        DecisionClassification c = classify(situation(Map.of("focus", CONSENTED, "neighbour", CONSENTED,
                "pro", CONSENTED, "unknown", CONSENTED, "aunt", INFORMED)));

        assertThat(c.consentedOnly()).containsExactly("focus", "neighbour");
        assertThat(c.focusDeciders()).isEmpty();
        assertThat(c.lifeworldDeciders()).isEmpty();
        assertThat(c.professionalDeciders()).isEmpty();
    }

    @Test
    void a_performer_of_unknown_sphere_is_noted_as_ignored() {
        DecisionClassification c = classify(situation(Map.of("focus", CO_DECIDED, "pro", CO_DECIDED), "unknown"));

        assertThat(c.route()).isEqualTo(Route.OLD);
        assertThat(c.reasons()).contains(RouteReason.UNKNOWN_SPHERE_IGNORED);
        assertThat(c.lifeworldPerformers()).isEmpty();
    }

    @Test
    void without_a_participant_of_unknown_sphere_nothing_is_noted_as_ignored() {
        DecisionClassification c = classify(situation(Map.of("focus", CO_DECIDED, "pro", CO_DECIDED,
                "unknown", CONSENTED), "pro"));

        assertThat(c.reasons()).doesNotContain(RouteReason.UNKNOWN_SPHERE_IGNORED);
    }

    /**
     * The focus person and the aunt co-decide "d", which the aunt performs, in the meeting {@code meetingOfD};
     * the first meeting "m0" was attended by {@code firstAttendees}, the second "m1" by {@code secondAttendees}.
     */
    private static DecisionClassification inMeeting(String meetingOfD, List<String> firstAttendees,
            List<String> secondAttendees) {
        Situation s = Situation.builder().id("s")
                .addParticipant(Participant.focusPerson("focus"))
                .addParticipant(Participant.lifeworld("aunt", Relation.FAMILY))
                .addParticipant(Participant.professional("pro", "wijkteam"))
                .addMeeting(PlanMeeting.builder().id("m0").date(DAY).addAllAttended(firstAttendees).build())
                .addMeeting(PlanMeeting.builder().id("m1").date(DAY).addAllAttended(secondAttendees).build())
                .addDecision(Decision.builder().id("d").date(DAY).meeting(meetingOfD)
                        .putParticipation("focus", CO_DECIDED).putParticipation("aunt", CO_DECIDED).build())
                .addPlan(Plan.builder().id("p").addAgreement(Agreement.builder().id("a").decision("d")
                        .addPerformers("aunt").build()).build())
                .build();
        return classify(s);
    }

    @Test
    void a_professional_who_attended_the_meeting_of_the_decision_counts_as_professional_involvement() {
        // the professional is the last of the attendees of the first meeting, so every attendee is looked at
        DecisionClassification c = inMeeting("m0", List.of("focus", "aunt", "pro"), List.of("focus", "aunt"));

        assertThat(c.route()).isEqualTo(Route.NEW);
        assertThat(c.professionalDeciders()).isEmpty();
        assertThat(c.hasReason(RouteReason.NO_PROFESSIONAL_INVOLVED)).isFalse();
    }

    @Test
    void a_meeting_the_network_attended_alone_leaves_the_note_that_no_professional_was_involved() {
        DecisionClassification first = inMeeting("m0", List.of("focus", "aunt"), List.of("focus", "aunt", "pro"));
        DecisionClassification second = inMeeting("m1", List.of("focus", "aunt", "pro"), List.of("focus", "aunt"));

        assertThat(first.route()).isEqualTo(Route.NEW);
        assertThat(first.hasReason(RouteReason.NO_PROFESSIONAL_INVOLVED)).isTrue();
        assertThat(second.hasReason(RouteReason.NO_PROFESSIONAL_INVOLVED)).isTrue();
        assertThat(inMeeting("m1", List.of("focus", "aunt"), List.of("pro")).hasReason(
                RouteReason.NO_PROFESSIONAL_INVOLVED)).isFalse();
    }

    /** The focus person and the aunt co-decide "d", which the aunt performs, under a frame set by {@code setBy}. */
    private static DecisionClassification framedBy(String setBy, String covered) {
        Situation s = Situation.builder().id("s")
                .addParticipant(Participant.focusPerson("focus"))
                .addParticipant(Participant.lifeworld("aunt", Relation.FAMILY))
                .addParticipant(Participant.professional("pro", "veilig-thuis"))
                .addDecision(Decision.builder().id("d").date(DAY)
                        .putParticipation("focus", CO_DECIDED).putParticipation("aunt", CO_DECIDED).build())
                .addDecision(Decision.builder().id("e").date(DAY.plusDays(1))
                        .putParticipation("focus", CO_DECIDED).build())
                .addPlan(Plan.builder().id("p").addAgreement(Agreement.builder().id("a").decision("d")
                        .addPerformers("aunt").build()).build())
                .addSafetyFrame(SafetyFrame.builder().id("f").setBy(setBy).addCoveredId(covered).build())
                .build();
        return classify(s);
    }

    @Test
    void a_safety_frame_a_professional_set_over_the_decision_counts_as_professional_involvement() {
        assertThat(framedBy("pro", "d").route()).isEqualTo(Route.NEW);
        assertThat(framedBy("pro", "d").hasReason(RouteReason.NO_PROFESSIONAL_INVOLVED)).isFalse();
        // a frame over another decision, or one the network set, is no involvement in this one
        assertThat(framedBy("pro", "e").hasReason(RouteReason.NO_PROFESSIONAL_INVOLVED)).isTrue();
        assertThat(framedBy("aunt", "d").hasReason(RouteReason.NO_PROFESSIONAL_INVOLVED)).isTrue();
    }

    @Test
    void a_co_decider_of_unknown_sphere_is_noted_as_ignored_and_counted_in_no_set() {
        // the participant of unknown sphere co-decides but performs nothing: the note comes from the deciders alone
        DecisionClassification c = classify(situation(Map.of("focus", CO_DECIDED, "aunt", CO_DECIDED,
                "unknown", CO_DECIDED), "aunt"));

        assertThat(c.route()).isEqualTo(Route.NEW);
        assertThat(c.reasons()).contains(RouteReason.UNKNOWN_SPHERE_IGNORED);
        assertThat(c.focusDeciders()).containsExactly("focus");
        assertThat(c.lifeworldDeciders()).containsExactly("aunt");
        assertThat(c.professionalDeciders()).isEmpty();
        assertThat(c.consentedOnly()).isEmpty();
    }

    @Test
    void a_performer_of_several_agreements_of_the_decision_is_listed_once() {
        Situation s = Situation.builder().id("s")
                .addParticipant(Participant.focusPerson("focus"))
                .addParticipant(Participant.lifeworld("aunt", Relation.FAMILY))
                .addParticipant(Participant.lifeworld("neighbour", Relation.NEIGHBOUR))
                .addDecision(Decision.builder().id("d").date(DAY)
                        .putParticipation("focus", CO_DECIDED).putParticipation("aunt", CO_DECIDED).build())
                .addPlan(Plan.builder().id("p")
                        .addAgreement(Agreement.builder().id("a1").decision("d").addPerformers("aunt").build())
                        .addAgreement(Agreement.builder().id("a2").decision("d")
                                .addPerformers("neighbour", "aunt").build())
                        .addAgreement(Agreement.builder().id("a3").decision("d").addPerformers("aunt").build())
                        .build())
                .build();

        DecisionClassification c = classify(s);

        assertThat(c.lifeworldPerformers()).containsExactly("aunt", "neighbour");
        assertThat(c.lifeworldPerformers()).hasSize(2);
    }
}
