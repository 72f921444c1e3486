package io.github.nieuweroute.route;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.quicktheories.QuickTheory.qt;

import io.github.nieuweroute.model.IncompleteValueException;
import io.github.nieuweroute.model.ModelValidationException.Problem;
import io.github.nieuweroute.model.ModelValidationException;
import io.github.nieuweroute.seed.SeedCase;
import io.github.nieuweroute.seed.SeedCases;
import io.github.nieuweroute.testing.Generators;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DecisionClassificationTest {

    private static final LocalDate DAY = LocalDate.of(2024, 3, 1);

    /** The builder of a stored classification, filled from one the classifier made. */
    static DecisionClassification.Builder copyOf(DecisionClassification c) {
        return DecisionClassification.builder().decisionId(c.decisionId()).date(c.date()).route(c.route())
                .addAllReasons(c.reasons()).addAllFocusDeciders(c.focusDeciders())
                .addAllLifeworldDeciders(c.lifeworldDeciders()).addAllProfessionalDeciders(c.professionalDeciders())
                .addAllLifeworldPerformers(c.lifeworldPerformers()).addAllConsentedOnly(c.consentedOnly());
    }

    private static DecisionClassification.Builder newRoute() {
        return DecisionClassification.builder().decisionId("d1").date(DAY).route(Route.NEW)
                .addAllFocusDeciders(Set.of("focus")).addAllLifeworldDeciders(Set.of("sister"))
                .addAllProfessionalDeciders(Set.of("social-worker"))
                .addAllReasons(List.of(RouteReason.FOCUS_PERSON_CO_DECIDED, RouteReason.LIFEWORLD_CO_DECIDED,
                        RouteReason.NO_LIFEWORLD_PERFORMER, RouteReason.PROFESSIONALS_CO_DECIDED));
    }

    @Test
    void every_classification_of_the_seed_cases_can_be_rebuilt_equal() {
        for (SeedCase seed : SeedCases.all()) {
            for (DecisionClassification c : RouteClassifier.classify(seed.situation()).decisions()) {
                assertThat(copyOf(c).build()).as(seed.key() + " " + c.decisionId()).isEqualTo(c);
            }
        }
    }

    @Test
    void every_classification_of_a_generated_situation_can_be_rebuilt_equal() {
        qt().withExamples(200).forAll(Generators.situations()).checkAssert(s -> {
            for (DecisionClassification c : RouteClassifier.classify(s).decisions()) {
                assertThat(copyOf(c).build()).isEqualTo(c);
            }
        });
    }

    @Test
    void a_consistent_classification_builds() {
        DecisionClassification c = newRoute().build();

        assertThat(c.route()).isEqualTo(Route.NEW);
        assertThat(c.hasReason(RouteReason.LIFEWORLD_CO_DECIDED)).isTrue();
    }

    @Test
    void a_route_that_does_not_follow_from_the_deciders_is_rejected() {
        assertThatThrownBy(() -> newRoute().route(Route.OLD).build()).isInstanceOf(ModelValidationException.class)
                .hasMessageContaining("field 'route'").hasMessageContaining("give the route NEW, not OLD")
                .extracting(e -> ((ModelValidationException) e).problem()).isEqualTo(Problem.INVALID_VALUE);
    }

    @Test
    void a_missing_fact_reason_is_rejected() {
        DecisionClassification.Builder b = DecisionClassification.builder().decisionId("d1").date(DAY)
                .route(Route.OLD).addAllProfessionalDeciders(Set.of("gp"))
                .addAllReasons(List.of(RouteReason.FOCUS_PERSON_DID_NOT_CO_DECIDE, RouteReason.NO_LIFEWORLD_DECIDER,
                        RouteReason.NO_LIFEWORLD_PERFORMER));

        assertThatThrownBy(b::build).isInstanceOf(ModelValidationException.class)
                .hasMessageContaining("field 'reasons'").hasMessageContaining("PROFESSIONALS_CO_DECIDED");
    }

    @Test
    void a_reason_that_contradicts_the_deciders_is_rejected() {
        assertThatThrownBy(() -> newRoute().addReason(RouteReason.NOBODY_CO_DECIDED).build())
                .isInstanceOf(ModelValidationException.class)
                .hasMessageContaining("NOBODY_CO_DECIDED does not follow");
        assertThatThrownBy(() -> newRoute().addReason(RouteReason.NO_DECISION).build())
                .isInstanceOf(ModelValidationException.class).hasMessageContaining("NO_DECISION");
    }

    @Test
    void the_notes_that_data_cannot_show_are_allowed_where_they_can_apply() {
        assertThat(newRoute().addReason(RouteReason.UNKNOWN_SPHERE_IGNORED).build().reasons())
                .endsWith(RouteReason.UNKNOWN_SPHERE_IGNORED);
        // no professional co-decided: the classifier notes it when none performs either, which is not recorded
        DecisionClassification noProfessional = DecisionClassification.builder().decisionId("d1").date(DAY)
                .route(Route.NEW).addAllFocusDeciders(Set.of("focus")).addAllLifeworldDeciders(Set.of("sister"))
                .addAllReasons(List.of(RouteReason.FOCUS_PERSON_CO_DECIDED, RouteReason.LIFEWORLD_CO_DECIDED,
                        RouteReason.NO_LIFEWORLD_PERFORMER, RouteReason.NO_PROFESSIONAL_DECIDER,
                        RouteReason.NO_PROFESSIONAL_INVOLVED))
                .build();
        assertThat(noProfessional.hasReason(RouteReason.NO_PROFESSIONAL_INVOLVED)).isTrue();
        assertThatThrownBy(() -> newRoute().addReason(RouteReason.NO_PROFESSIONAL_INVOLVED).build())
                .isInstanceOf(ModelValidationException.class).hasMessageContaining("NO_PROFESSIONAL_INVOLVED");
    }

    @Test
    void reasons_out_of_order_or_repeated_are_rejected() {
        DecisionClassification.Builder reversed = DecisionClassification.builder().decisionId("d1").date(DAY)
                .route(Route.NEW).addAllFocusDeciders(Set.of("focus")).addAllLifeworldDeciders(Set.of("sister"))
                .addAllProfessionalDeciders(Set.of("social-worker"))
                .addAllReasons(List.of(RouteReason.LIFEWORLD_CO_DECIDED, RouteReason.FOCUS_PERSON_CO_DECIDED,
                        RouteReason.NO_LIFEWORLD_PERFORMER, RouteReason.PROFESSIONALS_CO_DECIDED));

        assertThatThrownBy(reversed::build).isInstanceOf(ModelValidationException.class)
                .hasMessageContaining("in the order of RouteReason");
        assertThatThrownBy(() -> newRoute().addReason(RouteReason.PROFESSIONALS_CO_DECIDED).build())
                .isInstanceOf(ModelValidationException.class).hasMessageContaining("without repeats");
    }

    @Test
    void a_participant_in_two_sets_is_rejected() {
        assertThatThrownBy(() -> newRoute().addAllProfessionalDeciders(Set.of("sister")).build())
                .isInstanceOf(ModelValidationException.class)
                .hasMessageContaining("field 'lifeworldDeciders, professionalDeciders'")
                .hasMessageContaining("'sister' is in both sets");
    }

    @Test
    void malformed_ids_are_rejected() {
        assertThatThrownBy(() -> newRoute().decisionId("no spaces").build())
                .isInstanceOf(ModelValidationException.class).hasMessageContaining("decisionId");
        assertThatThrownBy(() -> newRoute().addAllLifeworldPerformers(Set.of("")).build())
                .isInstanceOf(ModelValidationException.class).hasMessageContaining("lifeworldPerformers");
    }

    @Test
    void a_situation_classification_rebuilds_from_its_decisions() {
        for (SeedCase seed : SeedCases.all()) {
            SituationClassification c = RouteClassifier.classify(seed.situation());

            SituationClassification rebuilt = SituationClassification.of(c.situationId(), c.decisions());

            assertThat(rebuilt).isEqualTo(c);
            assertThat(rebuilt.periods()).isEqualTo(c.periods());
        }
    }

    @Test
    void a_situation_classification_checks_time_order_and_ids() {
        DecisionClassification first = newRoute().build();
        DecisionClassification later = newRoute().decisionId("d0").date(DAY.plusDays(1)).build();
        DecisionClassification sameDayBefore = newRoute().decisionId("a0").build();

        assertThat(SituationClassification.of("s", List.of(sameDayBefore, first, later)).current())
                .isEqualTo(Route.NEW);
        assertThatThrownBy(() -> SituationClassification.of("s", List.of(later, first)))
                .isInstanceOf(ModelValidationException.class).hasMessageContaining("time order")
                .extracting(e -> ((ModelValidationException) e).problem()).isEqualTo(Problem.DATE_ORDER);
        assertThatThrownBy(() -> SituationClassification.of("s", List.of(first, sameDayBefore)))
                .isInstanceOf(ModelValidationException.class).hasMessageContaining("time order");
        assertThatThrownBy(() -> SituationClassification.of("s", List.of(first, newRoute().date(DAY.plusDays(2))
                .build()))).isInstanceOf(ModelValidationException.class).hasMessageContaining("classified twice");
        assertThatThrownBy(() -> SituationClassification.of("no such id", List.of()))
                .isInstanceOf(ModelValidationException.class).hasMessageContaining("situationId");
    }

    /** Adds ids to one of the four sets that must not overlap. */
    private static void addTo(DecisionClassification.Builder b, String set, SortedSet<String> ids) {
        switch (set) {
            case "focusDeciders" -> b.addAllFocusDeciders(ids);
            case "lifeworldDeciders" -> b.addAllLifeworldDeciders(ids);
            case "professionalDeciders" -> b.addAllProfessionalDeciders(ids);
            case "consentedOnly" -> b.addAllConsentedOnly(ids);
            default -> throw new IllegalArgumentException(set);
        }
    }

    @ParameterizedTest(name = "{0} and {1}")
    @CsvSource({
            "focusDeciders, lifeworldDeciders",
            "focusDeciders, professionalDeciders",
            "focusDeciders, consentedOnly",
            "lifeworldDeciders, professionalDeciders",
            "lifeworldDeciders, consentedOnly",
            "professionalDeciders, consentedOnly"})
    void a_participant_in_two_sets_is_rejected_wherever_it_sorts_among_the_others(String first, String second) {
        // the shared id sorts after the first id of each set and before the last, so the sets are walked in step
        DecisionClassification.Builder b = newRoute();
        addTo(b, first, new TreeSet<>(List.of("a-first", "m-shared", "z-first")));
        addTo(b, second, new TreeSet<>(List.of("b-second", "m-shared", "y-second")));

        assertThatThrownBy(b::build).isInstanceOf(ModelValidationException.class).satisfies(e -> {
            ModelValidationException m = (ModelValidationException) e;
            assertThat(m.field()).isEqualTo(first + ", " + second);
            assertThat(m.problem()).isEqualTo(Problem.INVALID_VALUE);
            assertThat(m.getMessage()).contains("'m-shared' is in both sets");
        });
    }

    @Test
    void sets_that_interleave_without_a_common_id_are_accepted() {
        DecisionClassification c = newRoute()
                .addAllLifeworldDeciders(Set.of("b", "d", "f"))
                .addAllProfessionalDeciders(Set.of("a", "c", "e", "g"))
                .build();

        assertThat(c.lifeworldDeciders()).containsExactly("b", "d", "f", "sister");
        assertThat(c.professionalDeciders()).containsExactly("a", "c", "e", "g", "social-worker");
    }

    @Test
    void a_participant_in_two_sets_is_rejected_when_the_second_set_is_walked_first() {
        // the shared id is the last of the first set and comes after every id of the second
        assertThatThrownBy(() -> newRoute().addAllLifeworldDeciders(Set.of("zz"))
                .addAllProfessionalDeciders(Set.of("a", "b", "zz")).build())
                .isInstanceOf(ModelValidationException.class).hasMessageContaining("'zz' is in both sets");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"focusDeciders", "lifeworldDeciders", "professionalDeciders", "consentedOnly"})
    void a_malformed_id_in_any_set_is_rejected_naming_the_set(String set) {
        DecisionClassification.Builder b = newRoute();
        addTo(b, set, new TreeSet<>(List.of("not an id")));

        assertThatThrownBy(b::build).isInstanceOf(ModelValidationException.class).satisfies(e -> {
            ModelValidationException m = (ModelValidationException) e;
            assertThat(m.field()).isEqualTo(set);
            assertThat(m.problem()).isEqualTo(Problem.INVALID_ID);
        });
    }

    @Test
    void a_builder_without_an_id_a_date_or_a_route_names_exactly_what_is_missing() {
        assertThat(missing(DecisionClassification.builder())).isEqualTo("decisionId, date, route");
        assertThat(missing(DecisionClassification.builder().date(DAY).route(Route.UNCLASSIFIED)))
                .isEqualTo("decisionId");
        assertThat(missing(DecisionClassification.builder().decisionId("d1").route(Route.UNCLASSIFIED)))
                .isEqualTo("date");
        assertThat(missing(DecisionClassification.builder().decisionId("d1").date(DAY))).isEqualTo("route");
    }

    /** The field of the {@link IncompleteValueException} the builder throws, after checking its type and problem. */
    private static String missing(DecisionClassification.Builder b) {
        IncompleteValueException e = catchThrowableOfType(IncompleteValueException.class, b::build);
        assertThat(e).isNotNull();
        assertThat(e.objectType()).isEqualTo("DecisionClassification");
        assertThat(e.problem()).isEqualTo(Problem.MISSING);
        return e.field();
    }

    @Test
    void classifications_are_equal_exactly_when_every_field_and_set_is() {
        DecisionClassification c = newRoute().build();
        DecisionClassification same = newRoute().build();
        List<DecisionClassification> others = List.of(
                newRoute().decisionId("d2").build(),
                newRoute().date(DAY.plusDays(1)).build(),
                newRoute().addReason(RouteReason.UNKNOWN_SPHERE_IGNORED).build(),
                newRoute().addAllFocusDeciders(Set.of("brother")).build(),
                newRoute().addAllLifeworldDeciders(Set.of("brother")).build(),
                newRoute().addAllProfessionalDeciders(Set.of("gp")).build(),
                DecisionClassification.builder().decisionId("d1").date(DAY).route(Route.NEW)
                        .addAllFocusDeciders(Set.of("focus")).addAllLifeworldDeciders(Set.of("sister"))
                        .addAllProfessionalDeciders(Set.of("social-worker")).addAllLifeworldPerformers(Set.of("sister"))
                        .addAllReasons(List.of(RouteReason.FOCUS_PERSON_CO_DECIDED, RouteReason.LIFEWORLD_CO_DECIDED,
                                RouteReason.LIFEWORLD_PERFORMS, RouteReason.PROFESSIONALS_CO_DECIDED))
                        .build(),
                newRoute().addAllConsentedOnly(Set.of("brother"))
                        .addReason(RouteReason.CONSENT_IS_NOT_CO_DECISION).build(),
                DecisionClassification.builder().decisionId("d1").date(DAY).route(Route.NEW)
                        .addAllFocusDeciders(Set.of("focus")).addAllLifeworldDeciders(Set.of("sister"))
                        .addAllReasons(List.of(RouteReason.FOCUS_PERSON_CO_DECIDED, RouteReason.LIFEWORLD_CO_DECIDED,
                                RouteReason.NO_LIFEWORLD_PERFORMER, RouteReason.NO_PROFESSIONAL_DECIDER))
                        .build());

        assertThat(c).isEqualTo(c).isEqualTo(same).hasSameHashCodeAs(same);
        assertThat(c.equals(null)).isFalse();
        assertThat(c.equals(c.toString())).isFalse();
        for (DecisionClassification other : others) {
            assertThat(other).isNotEqualTo(c);
            assertThat(c).isNotEqualTo(other);
            assertThat(other.hashCode()).as(other + " " + other.focusDeciders()).isNotEqualTo(c.hashCode());
        }
    }

    @Test
    void the_text_of_a_classification_gives_ids_dates_routes_and_reasons_but_no_participant() {
        DecisionClassification c = newRoute().build();

        assertThat(c).hasToString("Decision d1 (2024-03-01): NEW [FOCUS_PERSON_CO_DECIDED, LIFEWORLD_CO_DECIDED, "
                + "NO_LIFEWORLD_PERFORMER, PROFESSIONALS_CO_DECIDED]");
        SituationClassification s = SituationClassification.of("s1", List.of(c,
                newRoute().decisionId("d2").date(DAY.plusDays(7)).build()));
        assertThat(s).hasToString("Situation s1: NEW [NEW 2024-03-01..2024-03-08 [d1, d2]]");
        assertThat(s.periods().get(0)).hasToString("NEW 2024-03-01..2024-03-08 [d1, d2]");
    }
}
