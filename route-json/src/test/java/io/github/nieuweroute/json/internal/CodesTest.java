package io.github.nieuweroute.json.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class CodesTest {

    @Test
    void every_constant_of_every_enum_has_a_code_that_reads_back_as_the_constant() {
        for (Codes<?> codes : Codes.ALL) {
            assertRoundTrip(codes);
        }
        for (Codes<?> codes : Codes.REPORT) {
            assertRoundTrip(codes);
        }
        for (Codes<?> codes : Codes.SIMULATION) {
            assertRoundTrip(codes);
        }
    }

    private static <E extends Enum<E>> void assertRoundTrip(Codes<E> codes) {
        for (E constant : codes.type().getEnumConstants()) {
            assertThat(codes.constant(codes.code(constant))).as(constant.name()).isEqualTo(constant);
        }
    }

    @Test
    void every_code_is_lower_case_words_joined_by_hyphens() {
        List<String> all = java.util.stream.Stream.of(Codes.ALL, Codes.REPORT, Codes.SIMULATION)
                .flatMap(List::stream).flatMap(c -> c.codes().stream()).collect(Collectors.toList());

        assertThat(all).allMatch(code -> code.matches("[a-z]+(-[a-z]+)*"));
    }

    @Test
    void every_enum_of_the_model_has_a_table() {
        List<Class<?>> tabled = Codes.ALL.stream().map(Codes::type).collect(Collectors.toList());

        assertThat(tabled).containsExactlyInAnyOrder(io.github.nieuweroute.model.Sphere.class,
                io.github.nieuweroute.model.Circle.class, io.github.nieuweroute.model.FacilitatorRole.class,
                io.github.nieuweroute.model.QuestionKind.class, io.github.nieuweroute.model.NetworkQuestionForm.class,
                io.github.nieuweroute.model.MeetingPhase.class, io.github.nieuweroute.model.ParticipationLevel.class,
                io.github.nieuweroute.model.Frequency.class, io.github.nieuweroute.model.RequestKind.class,
                io.github.nieuweroute.model.InformationKind.class, io.github.nieuweroute.model.ConsentStatus.class,
                io.github.nieuweroute.model.HandoverKind.class, io.github.nieuweroute.model.MeetingKind.class,
                io.github.nieuweroute.model.WishOutcome.class, io.github.nieuweroute.model.ReasonKind.class,
                io.github.nieuweroute.model.OfferKind.class, io.github.nieuweroute.model.KantelingResult.class,
                io.github.nieuweroute.model.OutcomeStatus.class, io.github.nieuweroute.model.LifeDomain.class,
                io.github.nieuweroute.model.Scheme.class, io.github.nieuweroute.model.Financier.class,
                io.github.nieuweroute.model.SafetyConditionKind.class, io.github.nieuweroute.model.LoadBalance.class,
                io.github.nieuweroute.model.AgeBand.class);
    }

    @Test
    void the_codes_of_a_table_follow_the_declaration_order_of_the_enum() {
        assertThat(Codes.SPHERE.codes()).containsExactly("focus-person", "lifeworld", "system-world", "unknown");
        assertThat(Codes.PARTICIPATION_LEVEL.codes())
                .containsExactly("none", "informed", "consulted", "consented", "co-decided");
    }

    @Test
    void the_simulation_codes_are_the_cores_own_so_csv_and_json_spell_them_alike() {
        for (io.github.nieuweroute.sim.RoutePolicy p : io.github.nieuweroute.sim.RoutePolicy.values()) {
            assertThat(Codes.ROUTE_POLICY.code(p)).isEqualTo(p.code());
        }
        for (io.github.nieuweroute.sim.RouteGroup g : io.github.nieuweroute.sim.RouteGroup.values()) {
            assertThat(Codes.ROUTE_GROUP.code(g)).isEqualTo(g.code());
        }
    }

    @Test
    void an_unknown_code_has_no_constant() {
        assertThat(Codes.SPHERE.constant("FOCUS_PERSON")).isNull();
        assertThat(Codes.SPHERE.constant("focus_person")).isNull();
        assertThat(Arrays.asList(Codes.SPHERE.allowed().split(", "))).hasSize(4);
    }

    @Test
    void every_enum_of_a_report_has_a_table_with_the_codes_reports_have_always_had() {
        assertThat(Codes.REPORT.stream().<Class<?>>map(Codes::type).collect(Collectors.toList())).containsExactly(
                io.github.nieuweroute.route.Route.class, io.github.nieuweroute.route.RouteReason.class,
                io.github.nieuweroute.rule.Severity.class, io.github.nieuweroute.rule.ExemptionBasis.class,
                io.github.nieuweroute.source.Grounding.class);
        // reports were first written with the Java names in lower case with hyphens; the tables keep those codes
        for (Codes<?> codes : Codes.REPORT) {
            for (Enum<?> constant : codes.type().getEnumConstants()) {
                assertThat(code(codes, constant)).isEqualTo(constant.name().toLowerCase(java.util.Locale.ROOT)
                        .replace('_', '-'));
            }
        }
    }

    @SuppressWarnings("unchecked")
    private static <E extends Enum<E>> String code(Codes<E> codes, Enum<?> constant) {
        return codes.code((E) constant);
    }
}
