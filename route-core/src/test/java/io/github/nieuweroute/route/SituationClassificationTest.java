package io.github.nieuweroute.route;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class SituationClassificationTest {

    private static final LocalDate DAY = LocalDate.of(2024, 3, 1);

    private static DecisionClassification old(String id, LocalDate date) {
        return DecisionClassification.builder().decisionId(id).date(date).route(Route.OLD)
                .addAllProfessionalDeciders(Set.of("gp"))
                .addAllReasons(List.of(RouteReason.FOCUS_PERSON_DID_NOT_CO_DECIDE, RouteReason.NO_LIFEWORLD_DECIDER,
                        RouteReason.NO_LIFEWORLD_PERFORMER, RouteReason.PROFESSIONALS_CO_DECIDED))
                .build();
    }

    private static DecisionClassification joint(String id, LocalDate date) {
        return DecisionClassification.builder().decisionId(id).date(date).route(Route.NEW)
                .addAllFocusDeciders(Set.of("focus")).addAllLifeworldDeciders(Set.of("sister"))
                .addAllProfessionalDeciders(Set.of("gp"))
                .addAllReasons(List.of(RouteReason.FOCUS_PERSON_CO_DECIDED, RouteReason.LIFEWORLD_CO_DECIDED,
                        RouteReason.NO_LIFEWORLD_PERFORMER, RouteReason.PROFESSIONALS_CO_DECIDED))
                .build();
    }

    @Test
    void decisions_that_all_follow_one_route_make_one_period_and_no_change_of_route() {
        SituationClassification c = SituationClassification.of("s",
                List.of(old("d1", DAY), old("d2", DAY.plusDays(7))));

        assertThat(c.periods()).hasSize(1);
        assertThat(c.periods().get(0).decisionIds()).containsExactly("d1", "d2");
        assertThat(c.periods().get(0).from()).isEqualTo(DAY);
        assertThat(c.periods().get(0).until()).isEqualTo(DAY.plusDays(7));
        assertThat(c.changedRoute()).isFalse();
        assertThat(c.current()).isEqualTo(Route.OLD);
    }

    @Test
    void a_situation_without_decisions_has_not_changed_route() {
        assertThat(SituationClassification.of("s", List.of()).changedRoute()).isFalse();
    }

    @Test
    void a_route_that_changes_and_changes_back_makes_three_periods() {
        SituationClassification c = SituationClassification.of("s", List.of(old("d1", DAY),
                joint("d2", DAY.plusDays(1)), old("d3", DAY.plusDays(2))));

        assertThat(c.periods()).extracting(RoutePeriod::route).containsExactly(Route.OLD, Route.NEW, Route.OLD);
        assertThat(c.periods().get(1).from()).isEqualTo(DAY.plusDays(1));
        assertThat(c.periods().get(1).until()).isEqualTo(DAY.plusDays(1));
        assertThat(c.changedRoute()).isTrue();
        assertThat(c.current()).isEqualTo(Route.OLD);
        assertThat(c.currentReasons()).contains(RouteReason.PROFESSIONALS_CO_DECIDED);
    }
}
