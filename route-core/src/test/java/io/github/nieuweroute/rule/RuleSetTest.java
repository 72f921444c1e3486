package io.github.nieuweroute.rule;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import io.github.nieuweroute.model.Agreement;
import io.github.nieuweroute.model.Participant;
import io.github.nieuweroute.model.Plan;
import io.github.nieuweroute.model.Situation;
import io.github.nieuweroute.model.Sphere;
import io.github.nieuweroute.source.Grounding;
import io.github.nieuweroute.source.Provenance;
import io.github.nieuweroute.testing.Generators;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class RuleSetTest {

    private static final Rule EMPTY_PLANS = Rule.of("GEM-01", "Geen lege plannen", "No empty plans",
            Provenance.of(Grounding.OTHER_SOURCE, "gemeentebeleid-2026:3"), Checkability.DIRECT,
            s -> RuleResult.of(s.plans().stream().filter(p -> p.agreements().isEmpty())
                    .map(p -> Violation.of("GEM-01", Severity.WARNING,
                            Evidence.builder().add(EvidenceKind.PLAN, p.id()).build(), "GEM-01.empty-plan", p.id()))
                    .collect(Collectors.toList())));

    //-----------------------------------------------------------------------
    // composition
    //-----------------------------------------------------------------------
    @Test
    void standard_set_holds_every_standard_rule() {
        assertThat(RuleSet.standard().rules()).containsExactlyElementsOf(StandardRules.all());
        assertThat(RuleSet.standard().rule("R-09")).contains(StandardRules.CIRCULAR_RECIPROCITY);
    }

    @Test
    void rules_are_removed_by_id() {
        RuleSet set = RuleSet.standard().without("R-06", "R-13");

        assertThat(set.rules()).extracting(Rule::id).doesNotContain("R-06", "R-13").hasSize(StandardRules.all().size() - 2);
        assertThat(RuleSet.standard().rules()).hasSize(StandardRules.all().size());
    }

    @Test
    void composing_a_set_keeps_its_finding_limit_and_says_it_when_it_is_not_the_default() {
        RuleSet limited = RuleSet.of(StandardRules.REGIE_COUPLED_TO_RESPONSIBILITY).withFindingLimit(7);

        assertThat(RuleSet.standard().findingLimit()).isEqualTo(RuleSet.DEFAULT_FINDING_LIMIT);
        assertThat(limited.findingLimit()).isEqualTo(7);
        assertThat(limited.with(EMPTY_PLANS).findingLimit()).isEqualTo(7);
        assertThat(limited.with(RuleSet.of(EMPTY_PLANS)).rules()).extracting(Rule::id)
                .containsExactly("R-01", "GEM-01");
        assertThat(limited.with(EMPTY_PLANS).without("R-01").findingLimit()).isEqualTo(7);
        assertThat(limited.withFindingLimit(1).findingLimit()).isEqualTo(1);
        assertThat(limited).hasToString("RuleSet[R-01] (at most 7 findings per rule and kind)");
        assertThat(RuleSet.of(StandardRules.REGIE_COUPLED_TO_RESPONSIBILITY, EMPTY_PLANS))
                .hasToString("RuleSet[R-01, GEM-01]");
        assertThat(limited.rule("R-01")).contains(StandardRules.REGIE_COUPLED_TO_RESPONSIBILITY);
        assertThat(limited.rule("R-02")).isEmpty();
        assertThatThrownBy(() -> limited.rules().clear()).isInstanceOf(UnsupportedOperationException.class);
        assertThat(RuleSet.of(List.of(EMPTY_PLANS)).rules()).containsExactly(EMPTY_PLANS);
    }

    @Test
    void removing_an_unknown_id_is_an_error_not_a_silent_typo() {
        assertThatThrownBy(() -> RuleSet.standard().without("R-99")).isInstanceOf(InvalidRuleDataException.class)
                .hasMessageContaining("R-99");
    }

    @Test
    void two_rules_with_one_id_are_rejected() {
        assertThatThrownBy(() -> RuleSet.standard().with(RuleSet.of(StandardRules.DECIDING_TOGETHER)))
                .isInstanceOf(InvalidRuleDataException.class).hasMessageContaining("R-02");
    }

    @Test
    void a_callers_rule_is_reported_like_the_standard_ones() {
        Situation s = RuleFixtures.builder().addPlan(Plan.builder().id("empty").build()).build();

        Report report = RuleSet.standard().with(EMPTY_PLANS).check(s);

        assertThat(report.violations("GEM-01")).singleElement()
                .satisfies(v -> assertThat(v.evidence().ids(EvidenceKind.PLAN)).containsExactly("empty"));
        assertThat(report.render(Language.DUTCH))
                .contains("Geen lege plannen (GEM-01): één bevinding\n  - aandachtspunt: GEM-01.empty-plan [empty]");
        assertThat(report.render(Language.ENGLISH)).contains("No empty plans (GEM-01)");
    }

    @Test
    void a_callers_rule_that_throws_is_reported_and_check_does_not_throw() {
        Rule broken = Rule.of("GEM-02", "Kapot", "Broken", Provenance.of(Grounding.OTHER_SOURCE, "test"),
                Checkability.DIRECT, s -> {
                    throw new IllegalStateException("Mevrouw de Vries");
                });

        Report report = RuleSet.of(broken).check(RuleFixtures.clean());

        assertThat(report.violations()).singleElement().satisfies(v -> {
            assertThat(v.messageKey()).isEqualTo("rule.failed");
            assertThat(v.arguments()).containsExactly("GEM-02", "java.lang.IllegalStateException");
        });
        assertThat(report.render(Language.ENGLISH)).doesNotContain("Mevrouw");
    }

    //-----------------------------------------------------------------------
    // properties over generated situations
    //-----------------------------------------------------------------------
    @Test
    void no_rule_throws_on_any_generated_valid_situation() {
        qt().withExamples(400).forAll(Generators.situations()).checkAssert(s -> {
            for (Rule rule : StandardRules.all()) {
                assertThat(rule.check(s)).as(rule.id()).isNotNull();
            }
            assertThat(RuleSet.standard().check(s).violations()).noneMatch(v -> v.messageKey().equals("rule.failed"));
        });
    }

    @Test
    void reports_are_identical_whatever_the_insertion_order() {
        qt().withExamples(200).forAll(Generators.situations(), longs().all()).checkAssert((s, seed) -> {
            Situation shuffled = shuffled(s, new Random(seed));
            Report a = RuleSet.standard().check(s);
            Report b = RuleSet.standard().check(shuffled);

            assertThat(b.violations()).isEqualTo(a.violations());
            assertThat(b.exemptions()).isEqualTo(a.exemptions());
        });
    }

    @Test
    void adding_a_performer_who_did_not_co_decide_adds_exactly_one_regie_violation_naming_them() {
        qt().withExamples(200).withGenerateAttempts(50).forAll(Generators.situations(), longs().all())
                .assuming((s, seed) -> candidate(s, new Random(seed)).isPresent())
                .checkAssert((s, seed) -> {
                    String[] pick = candidate(s, new Random(seed)).orElseThrow();
                    Situation more = withPerformer(s, pick[0], pick[1]);

                    List<Violation> before = RuleSet.standard().check(s).violations("R-01");
                    List<Violation> after = new ArrayList<>(RuleSet.standard().check(more).violations("R-01"));

                    assertThat(namingR01(after, pick[1])).isEqualTo(namingR01(before, pick[1]) + 1);
                    // besides it, the only possible newcomer is the reverse pattern of the same decision
                    for (Violation v : before) {
                        after.remove(v);
                    }
                    String decision = more.agreements().stream().filter(a -> a.id().equals(pick[0])).findFirst()
                            .orElseThrow().decision();
                    assertThat(after).filteredOn(v -> v.messageKey().equals("R-01.performer-did-not-co-decide"))
                            .singleElement().satisfies(v -> assertThat(v.arguments()).startsWith(pick[0], pick[1]));
                    assertThat(after).filteredOn(v -> !v.messageKey().equals("R-01.performer-did-not-co-decide"))
                            .allSatisfy(v -> {
                                assertThat(v.messageKey()).isEqualTo("R-01.deciders-do-not-execute");
                                assertThat(v.arguments().get(0)).isEqualTo(decision);
                                assertThat(v.evidence().participants()).doesNotContain(pick[1]);
                            })
                            .hasSizeLessThanOrEqualTo(1);
                });
    }

    @Test
    void rendered_reports_never_contain_names_or_free_text() {
        qt().withExamples(200).forAll(Generators.situations()).checkAssert(s -> {
            Report report = RuleSet.standard().check(s);
            String text = report.render(Language.DUTCH) + report.render(Language.ENGLISH) + report
                    + report.violations() + report.exemptions();
            for (Participant p : s.participants()) {
                p.name().ifPresent(name -> assertThat(text).doesNotContain(name));
            }
            for (Agreement a : s.agreements()) {
                a.description().ifPresent(d -> assertThat(text).doesNotContain(d));
                a.recordedNeed().ifPresent(d -> assertThat(text).doesNotContain(d));
            }
            s.informationItems().forEach(i -> i.topic().ifPresent(t -> assertThat(text).doesNotContain(t)));
        });
    }

    private static long namingR01(List<Violation> violations, String participant) {
        return violations.stream().filter(v -> v.evidence().participants().contains(participant))
                .count();
    }

    /**
     * Picks an agreement not covered by a safety frame and a focus-person or lifeworld participant who is not among
     * its performers and did not co-decide its decision.
     */
    private static Optional<String[]> candidate(Situation s, Random random) {
        List<String[]> options = new ArrayList<>();
        java.util.Set<String> covered = s.safetyFrames().stream().flatMap(f -> f.coveredIds().stream())
                .collect(Collectors.toSet());
        for (Agreement a : s.agreements()) {
            if (covered.contains(a.id()) || covered.contains(a.decision())) {
                continue;
            }
            for (Participant p : s.participants()) {
                boolean ownSide = p.sphere() == Sphere.FOCUS_PERSON || p.sphere() == Sphere.LIFEWORLD;
                if (ownSide && !a.performers().contains(p.id())
                        && !s.decision(a.decision()).orElseThrow().levelOf(p.id()).isDeciding()) {
                    options.add(new String[] {a.id(), p.id()});
                }
            }
        }
        return options.isEmpty() ? Optional.empty() : Optional.of(options.get(random.nextInt(options.size())));
    }

    private static Situation withPerformer(Situation s, String agreementId, String performer) {
        Function<Agreement, Agreement> add = a -> !a.id().equals(agreementId) ? a
                : Agreement.builder().id(a.id()).description(a.description()).decision(a.decision())
                        .addAllPerformers(a.performers()).addPerformer(performer).proposer(a.proposer())
                        .recurrence(a.recurrence()).recordedNeed(a.recordedNeed()).build();
        List<Plan> plans = s.plans().stream().map(p -> Plan.builder().id(p.id()).addAllOwners(p.owners()).reviewDate(p.reviewDate())
                .addAllAgreements(p.agreements().stream().map(add).collect(Collectors.toList())).build())
                .collect(Collectors.toList());
        return rebuild(s, plans, false, null);
    }

    private static Situation shuffled(Situation s, Random random) {
        List<Plan> plans = new ArrayList<>();
        for (Plan p : s.plans()) {
            List<Agreement> agreements = new ArrayList<>(p.agreements());
            Collections.shuffle(agreements, random);
            plans.add(Plan.builder().id(p.id()).addAllOwners(p.owners()).reviewDate(p.reviewDate()).addAllAgreements(agreements).build());
        }
        return rebuild(s, plans, true, random);
    }

    private static <T> List<T> maybeShuffled(List<T> list, boolean shuffle, Random random) {
        List<T> copy = new ArrayList<>(list);
        if (shuffle) {
            Collections.shuffle(copy, random);
        }
        return copy;
    }

    private static Situation rebuild(Situation s, List<Plan> plans, boolean shuffle, Random r) {
        return Situation.builder().id(s.id()).description(s.description()).addAllSources(s.sources())
                .addAllAssumptions(s.assumptions())
                .addAllParticipants(maybeShuffled(s.participants(), shuffle, r))
                .addAllQuestions(maybeShuffled(s.questions(), shuffle, r))
                .addAllMeetings(maybeShuffled(s.meetings(), shuffle, r))
                .addAllDecisions(maybeShuffled(s.decisions(), shuffle, r))
                .addAllPlans(maybeShuffled(plans, shuffle, r))
                .addAllRequests(maybeShuffled(s.requests(), shuffle, r))
                .addAllInformationItems(maybeShuffled(s.informationItems(), shuffle, r))
                .addAllExchanges(maybeShuffled(s.exchanges(), shuffle, r))
                .addAllSafetyFrames(maybeShuffled(s.safetyFrames(), shuffle, r))
                .addAllEvaluations(maybeShuffled(s.evaluations(), shuffle, r))
                .addAllHandovers(maybeShuffled(s.handovers(), shuffle, r))
                .addAllInitiatives(maybeShuffled(s.initiatives(), shuffle, r))
                .addAllOutcomes(maybeShuffled(s.outcomes(), shuffle, r))
                .addAllHouseholds(maybeShuffled(s.households(), shuffle, r))
                .build();
    }
}
