package io.github.nieuweroute.seed;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.nieuweroute.model.MeetingPhase;
import io.github.nieuweroute.model.Participant;
import io.github.nieuweroute.model.PlanMeeting;
import io.github.nieuweroute.model.RequestKind;
import io.github.nieuweroute.model.Situation;
import io.github.nieuweroute.model.Sphere;
import io.github.nieuweroute.route.DecisionClassification;
import io.github.nieuweroute.route.Route;
import io.github.nieuweroute.route.RouteClassifier;
import io.github.nieuweroute.route.RouteReason;
import io.github.nieuweroute.route.SituationClassification;
import org.junit.jupiter.api.Test;

class SeedCasesTest {

    @Test
    void every_seed_case_gets_its_expected_route() {
        for (SeedCase seed : SeedCases.all()) {
            assertThat(RouteClassifier.classify(seed.situation()).current()).as(seed.key())
                    .isEqualTo(seed.expectedRoute());
        }
    }

    @Test
    void seed_cases_have_unique_keys_cite_sources_and_are_rebuilt_equal() {
        assertThat(SeedCases.all()).extracting(SeedCase::key).doesNotHaveDuplicates().hasSize(6);
        for (SeedCase seed : SeedCases.all()) {
            assertThat(seed.situation().sources()).as(seed.key()).isNotEmpty();
            assertThat(seed.situation().assumptions()).as(seed.key()).isNotEmpty();
            assertThat(SeedCases.byKey(seed.key())).contains(seed);
        }
        assertThat(SeedCases.byKey("mirjam-and-johan")).isEmpty();
    }

    @Test
    void no_name_from_a_seed_case_appears_in_its_string_form() {
        for (SeedCase seed : SeedCases.all()) {
            String text = seed.situation().toString() + RouteClassifier.classify(seed.situation());
            for (Participant p : seed.situation().participants()) {
                p.name().ifPresent(name -> assertThat(text).as(seed.key()).doesNotContain(name));
            }
        }
    }

    @Test
    void de_vries_is_the_old_route_the_daughter_only_consented_and_was_later_asked_to_volunteer() {
        Situation s = SeedCases.deVries().situation();
        DecisionClassification admission = RouteClassifier.classify(s).decisions().get(0);
        assertThat(admission.route()).isEqualTo(Route.OLD);
        assertThat(admission.consentedOnly()).containsExactly("youngest-daughter");
        assertThat(admission.focusDeciders()).isEmpty();
        assertThat(s.requests()).singleElement().satisfies(r -> {
            assertThat(r.kind()).isEqualTo(RequestKind.VOLUNTEER);
            assertThat(r.to()).isEqualTo("youngest-daughter");
        });
        assertThat(s.handovers()).hasSize(1);
    }

    @Test
    void esther_and_jeffrey_is_the_new_route_with_32_people_an_independent_coach_and_a_safety_frame() {
        Situation s = SeedCases.estherAndJeffrey().situation();
        PlanMeeting meeting = s.meetings().get(0);
        assertThat(meeting.headCount()).isEqualTo(32);
        assertThat(s.participant(meeting.facilitator().orElseThrow()).orElseThrow().facilitator()).isPresent();
        assertThat(meeting.objectedTo()).containsExactlyInAnyOrder("ex", "foster-parent-wil", "foster-parent-dunja");
        assertThat(meeting.phases()).contains(MeetingPhase.PREPARATION);
        assertThat(s.focusPersons()).extracting(Participant::id).containsExactly("esther", "jeffrey");
        assertThat(s.agreements()).hasSize(4);
        assertThat(s.safetyFrames()).singleElement().satisfies(f -> assertThat(f.setBy()).isEqualTo("veilig-thuis"));
        assertThat(s.exchanges()).anySatisfy(e -> assertThat(e.giver()).isEqualTo("esther"));
        DecisionClassification plan = RouteClassifier.classify(s).decisions().get(0);
        assertThat(plan.route()).isEqualTo(Route.NEW);
        assertThat(plan.hasReason(RouteReason.UNKNOWN_SPHERE_IGNORED)).as("Selma's sphere is not stated").isTrue();
        assertThat(s.sphereOf("selma")).isEqualTo(Sphere.UNKNOWN);
    }

    @Test
    void saartje_wop_moves_from_the_brothers_unclassified_admission_to_the_new_route() {
        SituationClassification c = RouteClassifier.classify(SeedCases.saartjeWop().situation());
        assertThat(c.decisions()).extracting(DecisionClassification::route)
                .containsExactly(Route.UNCLASSIFIED, Route.NEW);
        assertThat(c.decisions().get(0).reasons()).contains(RouteReason.NOBODY_CO_DECIDED);
        assertThat(c.changedRoute()).isTrue();
    }

    @Test
    void van_dalen_is_unclassified_before_and_a_dead_end_after_the_transitions() {
        assertThat(RouteClassifier.classify(SeedCases.vanDalenBefore().situation()).currentReasons())
                .containsExactly(RouteReason.NO_DECISION);
        DecisionClassification after = RouteClassifier.classify(SeedCases.vanDalenAfter().situation()).decisions()
                .get(0);
        assertThat(after.route()).isEqualTo(Route.DEAD_END);
        assertThat(after.lifeworldPerformers()).containsExactly("neighbour");
        assertThat(after.focusDeciders()).containsExactly("saskia");
    }

    @Test
    void buitings_boy_is_unclassified_after_more_than_ten_placements() {
        Situation s = SeedCases.buitingBoy().situation();
        assertThat(s.handovers()).hasSizeGreaterThanOrEqualTo(10);
        SituationClassification c = RouteClassifier.classify(s);
        assertThat(c.current()).isEqualTo(Route.UNCLASSIFIED);
        assertThat(c.currentReasons()).contains(RouteReason.UNKNOWN_SPHERE_IGNORED);
    }

    @Test
    void buitings_boy_moves_from_each_placement_to_the_next_later_in_time() {
        java.util.List<io.github.nieuweroute.model.Handover> moves = SeedCases.buitingBoy().situation().handovers();

        for (int i = 1; i < moves.size(); i++) {
            assertThat(moves.get(i).date()).as(moves.get(i).id()).isAfter(moves.get(i - 1).date());
            assertThat(moves.get(i).from()).as(moves.get(i).id()).isEqualTo(moves.get(i - 1).to());
        }
    }
}
