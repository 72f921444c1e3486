package io.github.nieuweroute.effect;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import io.github.nieuweroute.model.Decision;
import io.github.nieuweroute.model.Participant;
import io.github.nieuweroute.model.ParticipationLevel;
import io.github.nieuweroute.model.Relation;
import io.github.nieuweroute.model.Situation;
import io.github.nieuweroute.seed.SeedCases;
import io.github.nieuweroute.testing.Generators;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class LifeworldCoDecisionShareTest {

    private static final AcceptanceMeasure MEASURE = AcceptanceMeasure.lifeworldCoDecisionShare();

    @Test
    void share_counts_lifeworld_co_deciders_and_not_consent() {
        Situation s = Situation.builder().id("s").addParticipants(Participant.focusPerson("fp"),
                Participant.lifeworld("a", Relation.FAMILY), Participant.lifeworld("b", Relation.FRIEND),
                Participant.lifeworld("c", Relation.NEIGHBOUR), Participant.lifeworld("d", Relation.WORK))
                .addDecision(Decision.builder().id("d1").date(LocalDate.of(2024, 1, 1))
                        .putParticipation("a", ParticipationLevel.CO_DECIDED)
                        .putParticipation("b", ParticipationLevel.CONSENTED).build())
                .build();

        assertThat(MEASURE.acceptance(s)).isEqualTo(0.25);
    }

    @Test
    void no_lifeworld_means_no_acceptance() {
        Situation s = Situation.builder().id("s").addParticipant(Participant.focusPerson("fp")).build();

        assertThat(MEASURE.acceptance(s)).isZero();
    }

    @Test
    void esther_and_jeffreys_whole_recorded_lifeworld_co_decided() {
        assertThat(MEASURE.acceptance(SeedCases.estherAndJeffrey().situation())).isGreaterThan(0.8);
    }

    @Test
    void acceptance_always_lies_in_the_unit_interval() {
        qt().forAll(Generators.situations()).checkAssert(s -> assertThat(MEASURE.acceptance(s)).isBetween(0.0, 1.0));
    }

    @Test
    void a_lifeworld_co_decider_counts_once_and_the_focus_person_and_professionals_not_at_all() {
        LocalDate day = LocalDate.of(2024, 1, 1);
        Situation s = Situation.builder().id("s").addParticipants(Participant.focusPerson("fp"),
                Participant.lifeworld("a", Relation.FAMILY), Participant.lifeworld("b", Relation.FRIEND),
                Participant.professional("gp", "huisarts"))
                .addDecision(Decision.builder().id("d1").date(day).putParticipation("a", ParticipationLevel.CO_DECIDED)
                        .putParticipation("fp", ParticipationLevel.CO_DECIDED)
                        .putParticipation("gp", ParticipationLevel.CO_DECIDED).build())
                .addDecision(Decision.builder().id("d2").date(day.plusDays(1))
                        .putParticipation("a", ParticipationLevel.CO_DECIDED).build())
                .build();

        assertThat(MEASURE.acceptance(s)).isEqualTo(0.5);
        assertThat(MEASURE).hasToString("LifeworldCoDecisionShare");
    }
}
