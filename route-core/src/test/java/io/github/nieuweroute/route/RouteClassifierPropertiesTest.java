package io.github.nieuweroute.route;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import io.github.nieuweroute.model.Decision;
import io.github.nieuweroute.model.Participant;
import io.github.nieuweroute.model.ParticipationLevel;
import io.github.nieuweroute.model.Relation;
import io.github.nieuweroute.model.Situation;
import io.github.nieuweroute.testing.Generators;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class RouteClassifierPropertiesTest {

    @Test
    void the_classifier_never_throws_and_classifies_every_decision_in_time_order() {
        qt().withExamples(500).forAll(Generators.situations()).check(s -> {
            SituationClassification c = RouteClassifier.classify(s);
            List<java.time.LocalDate> dates = new ArrayList<>();
            c.decisions().forEach(d -> dates.add(d.date()));
            List<java.time.LocalDate> sorted = new ArrayList<>(dates);
            sorted.sort(null);
            return c.decisions().size() == s.decisions().size() && dates.equals(sorted)
                    && c.periods().stream().mapToInt(p -> p.decisionIds().size()).sum() == s.decisions().size();
        });
    }

    @Test
    void adding_a_co_deciding_lifeworld_participant_to_a_dead_end_decision_where_the_focus_person_co_decided_makes_it_new() {
        qt().withExamples(500).forAll(Generators.situations()).check(s -> {
            for (Decision d : s.decisions()) {
                DecisionClassification before = RouteClassifier.classify(s, d);
                if (before.route() != Route.DEAD_END || before.focusDeciders().isEmpty()) {
                    continue;
                }
                Situation after = withCoDecidingNeighbour(s, d);
                Decision changed = after.decision(d.id()).orElseThrow();
                if (RouteClassifier.classify(after, changed).route() != Route.NEW) {
                    return false;
                }
            }
            return true;
        });
    }

    @Test
    void a_decision_with_no_lifeworld_decider_and_no_lifeworld_performer_is_never_new() {
        qt().withExamples(500).forAll(Generators.situations()).check(s -> RouteClassifier.classify(s).decisions()
                .stream()
                .filter(c -> c.lifeworldDeciders().isEmpty() && c.lifeworldPerformers().isEmpty())
                .noneMatch(c -> c.route() == Route.NEW));
    }

    @Test
    void a_new_route_decision_always_has_a_focus_person_and_a_lifeworld_participant_among_its_deciders() {
        qt().withExamples(500).forAll(Generators.situations()).check(s -> RouteClassifier.classify(s).decisions()
                .stream().filter(c -> c.route() == Route.NEW)
                .allMatch(c -> !c.focusDeciders().isEmpty() && !c.lifeworldDeciders().isEmpty()));
    }

    @Test
    void the_property_generator_produces_every_route() {
        List<Route> seen = new ArrayList<>();
        qt().withExamples(400).forAll(Generators.situations()).check(s -> {
            RouteClassifier.classify(s).decisions().forEach(c -> seen.add(c.route()));
            return true;
        });
        assertThat(seen).contains(Route.OLD, Route.DEAD_END, Route.NEW, Route.UNCLASSIFIED);
    }

    private static Situation withCoDecidingNeighbour(Situation s, Decision d) {
        Situation.Builder b = Situation.builder().id(s.id()).description(s.description()).addAllSources(s.sources())
                .addAllAssumptions(s.assumptions()).addAllParticipants(s.participants())
                .addParticipant(Participant.lifeworld("added-neighbour", Relation.NEIGHBOUR))
                .addAllQuestions(s.questions()).addAllMeetings(s.meetings()).addAllPlans(s.plans())
                .addAllRequests(s.requests()).addAllInformationItems(s.informationItems())
                .addAllExchanges(s.exchanges()).addAllSafetyFrames(s.safetyFrames()).addAllEvaluations(s.evaluations())
                .addAllHandovers(s.handovers()).addAllInitiatives(s.initiatives()).addAllOutcomes(s.outcomes())
                .addAllHouseholds(s.households());
        for (Decision other : s.decisions()) {
            if (other.id().equals(d.id())) {
                b.addDecision(Decision.builder().id(other.id()).date(other.date()).subject(other.subject())
                        .meeting(other.meeting()).putAllParticipation(other.participation())
                        .putParticipation("added-neighbour", ParticipationLevel.CO_DECIDED).build());
            } else {
                b.addDecision(other);
            }
        }
        return b.build();
    }
}
