package io.github.nieuweroute.examples;

import io.github.nieuweroute.model.Agreement;
import io.github.nieuweroute.model.Decision;
import io.github.nieuweroute.model.Participant;
import io.github.nieuweroute.model.ParticipationLevel;
import io.github.nieuweroute.model.Plan;
import io.github.nieuweroute.model.Relation;
import io.github.nieuweroute.model.Situation;
import io.github.nieuweroute.route.Route;
import io.github.nieuweroute.route.RouteClassifier;
import io.github.nieuweroute.route.SituationClassification;
import java.time.LocalDate;

/**
 * The README's first example: record who decided a plan and who carries it out, and classify the route. The code
 * between the markers is quoted in README.md; a test keeps the two identical.
 */
public final class QuickStart {

    private QuickStart() {}

    /**
     * Builds a small situation and prints its route.
     *
     * @param args ignored
     */
    public static void main(String[] args) {
        System.out.println(run());
    }

    /**
     * Builds a small situation and classifies it.
     *
     * @return the classification, never null
     */
    static SituationClassification run() {
        // @example:quickstart:begin
        Situation situation = Situation.builder()
                .id("example")
                .addParticipant(Participant.focusPerson("focus"))
                .addParticipant(Participant.lifeworld("neighbour", Relation.NEIGHBOUR))
                .addParticipant(Participant.professional("district-nurse", "wijkverpleging"))
                .addDecision(Decision.builder().id("plan-decision").date(LocalDate.of(2026, 11, 2))
                        .putParticipation("focus", ParticipationLevel.CO_DECIDED)
                        .putParticipation("district-nurse", ParticipationLevel.CO_DECIDED)
                        .putParticipation("neighbour", ParticipationLevel.INFORMED)   // told, not asked
                        .build())
                .addPlan(Plan.builder().id("plan")
                        .addAgreement(Agreement.builder().id("shopping").decision("plan-decision")
                                .addPerformer("neighbour").build())
                        .build())
                .build();

        SituationClassification route = RouteClassifier.classify(situation);
        System.out.println(route.current());          // DEAD_END: the neighbour carries out a plan she did not decide
        System.out.println(route.currentReasons());   // [FOCUS_PERSON_CO_DECIDED, NO_LIFEWORLD_DECIDER, ...]
        // @example:quickstart:end
        assert route.current() == Route.DEAD_END;
        return route;
    }
}
