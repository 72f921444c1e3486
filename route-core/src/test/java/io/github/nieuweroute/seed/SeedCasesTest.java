package io.github.nieuweroute.seed;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.nieuweroute.model.Agreement;
import io.github.nieuweroute.model.Decision;
import io.github.nieuweroute.model.MeetingPhase;
import io.github.nieuweroute.model.Participant;
import io.github.nieuweroute.model.ParticipationLevel;
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
        assertThat(s.safetyFrames()).singleElement().satisfies(f -> assertThat(f.setBy()).isEqualTo("veilig-thuis"));
        assertThat(s.exchanges()).anySatisfy(e -> assertThat(e.giver()).isEqualTo("esther"));
        DecisionClassification plan = RouteClassifier.classify(s).decisions().get(0);
        assertThat(plan.route()).isEqualTo(Route.NEW);
        assertThat(plan.hasReason(RouteReason.UNKNOWN_SPHERE_IGNORED)).as("Selma's sphere is not stated").isTrue();
        assertThat(s.sphereOf("selma")).isEqualTo(Sphere.UNKNOWN);
    }

    @Test
    void esther_and_jeffrey_records_only_what_the_source_says_and_labels_each_inference() {
        Situation s = SeedCases.estherAndJeffrey().situation();
        // Selma's role is unknown: she keeps an eye on the family, nothing says she attended or co-decided
        assertThat(s.meetings().get(0).attended()).doesNotContain("selma");
        assertThat(s.decisions().get(0).levelOf("selma")).isEqualTo(ParticipationLevel.NONE);
        // the pet-sitting is a favour in return, an exchange and not a plan agreement
        assertThat(s.agreements()).extracting(Agreement::id).doesNotContain("pet-sitting")
                .containsExactlyInAnyOrder("weekends-with-foster-parents", "monthly-meal", "keep-an-eye");
        // the independent coach "is dan ook geen hulpverlener" (004_5944939a3c113dbb.txt:4440-4441)
        assertThat(s.participant("plan-coach").orElseThrow().isProfessional()).isFalse();
        assertThat(s.assumptions()).anySatisfy(a -> assertThat(a).contains("focus persons").contains("twins"))
                .anySatisfy(a -> assertThat(a).contains("co-decided the plan is inferred"))
                .anySatisfy(a -> assertThat(a).contains("geen hulpverlener"));
        // Veilig Thuis set the frame over the plan: the classification must not say no professional was involved
        assertThat(RouteClassifier.classify(s).currentReasons()).doesNotContain(RouteReason.NO_PROFESSIONAL_INVOLVED);
    }

    @Test
    void saartje_wop_is_the_new_route_without_the_friends_brother_or_an_invented_need() {
        Situation s = SeedCases.saartjeWop().situation();
        SituationClassification c = RouteClassifier.classify(s);
        assertThat(c.decisions()).extracting(DecisionClassification::route).containsExactly(Route.NEW);
        assertThat(c.changedRoute()).isFalse();
        assertThat(s.decisions()).extracting(Decision::id).containsExactly("task-allocation");
        assertThat(s.agreements()).allSatisfy(a -> assertThat(a.recordedNeed()).isEmpty());
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
        assertThat(s.sphereOf("expert-by-experience")).isEqualTo(Sphere.UNKNOWN);
        // the source says they work together, not that anyone co-decided or that he owns a plan
        assertThat(c.currentReasons()).contains(RouteReason.NOBODY_CO_DECIDED)
                .doesNotContain(RouteReason.FOCUS_PERSON_DECIDED_ALONE);
        assertThat(s.decisions()).allSatisfy(d -> assertThat(d.deciders()).isEmpty());
        assertThat(s.plans()).isEmpty();
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
