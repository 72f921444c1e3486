package io.github.nieuweroute.hostile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;

import io.github.nieuweroute.model.Agreement;
import io.github.nieuweroute.model.Frequency;
import io.github.nieuweroute.model.ModelValidationException;
import io.github.nieuweroute.model.Participant;
import io.github.nieuweroute.model.Plan;
import io.github.nieuweroute.model.Recurrence;
import io.github.nieuweroute.model.Situation;
import io.github.nieuweroute.model.Sphere;
import io.github.nieuweroute.route.RouteClassifier;
import io.github.nieuweroute.rule.Checkability;
import io.github.nieuweroute.rule.Language;
import io.github.nieuweroute.rule.Report;
import io.github.nieuweroute.rule.Rule;
import io.github.nieuweroute.rule.RuleSet;
import io.github.nieuweroute.rule.Severity;
import io.github.nieuweroute.source.Grounding;
import io.github.nieuweroute.source.Provenance;
import io.github.nieuweroute.testing.Generators;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Free text never leaves the library: generated situations carry a marker in every free-text field (names,
 * organisations, descriptions, subjects, topics, needs, recurrence rules, questions, constraints, sources and
 * assumptions), and the marker appears in no {@code toString}, exception message, log line (DEBUG included) or
 * rendered report. The JSON report is checked the same way in route-json's hostile-input tests.
 */
class FreeTextPrivacyTest {

    static final String MARKER = "ZZMARKERZZ";

    @Test
    void no_to_string_of_a_situation_or_any_of_its_parts_contains_free_text() {
        qt().withExamples(200).forAll(Generators.situationsWithFreeText(MARKER)).checkAssert(s -> {
            assertThat(s.toString()).doesNotContain(MARKER);
            for (Object part : parts(s)) {
                assertThat(part.toString()).as(part.getClass().getSimpleName()).doesNotContain(MARKER);
            }
        });
    }

    @Test
    void the_generated_situations_really_carry_the_marker_in_every_free_text_field() {
        qt().withExamples(50).forAll(Generators.situationsWithFreeText(MARKER)).checkAssert(s -> {
            assertThat(s.sources()).allMatch(t -> t.contains(MARKER)).isNotEmpty();
            assertThat(s.participants()).allMatch(p -> p.name().orElseThrow().contains(MARKER));
            assertThat(s.participants()).filteredOn(Participant::isProfessional)
                    .allMatch(p -> p.organisation().orElseThrow().contains(MARKER));
            assertThat(s.agreements()).allMatch(a -> a.recurrence().orElseThrow().rule().orElseThrow()
                    .contains(MARKER));
        });
    }

    @Test
    void reports_and_classifications_of_marked_situations_contain_no_free_text() {
        qt().withExamples(200).forAll(Generators.situationsWithFreeText(MARKER)).checkAssert(s -> {
            Report report = RuleSet.standard().check(s);
            assertThat(report.render(Language.DUTCH)).doesNotContain(MARKER);
            assertThat(report.render(Language.ENGLISH)).doesNotContain(MARKER);
            assertThat(report.toString()).doesNotContain(MARKER);
            assertThat(report.violations()).allSatisfy(v -> assertThat(v.toString()).doesNotContain(MARKER));
            assertThat(report.exemptions()).allSatisfy(e -> assertThat(e.toString()).doesNotContain(MARKER));
            assertThat(RouteClassifier.classify(s).toString()).doesNotContain(MARKER);
            if (report.hasViolations()) {
                assertThatThrownBy(report::orThrow).satisfies(e -> assertThat(e.getMessage()).doesNotContain(MARKER));
            }
        });
    }

    @Test
    void model_exceptions_about_marked_records_contain_no_free_text() {
        qt().withExamples(100).forAll(Generators.situationsWithFreeText(MARKER)).checkAssert(s -> {
            Participant first = s.participants().get(0);
            Participant twin = Participant.builder().id(first.id()).sphere(Sphere.SYSTEM_WORLD)
                    .name(MARKER).organisation(MARKER).build();
            assertThatThrownBy(() -> copy(s).addParticipant(twin).build())
                    .isInstanceOf(ModelValidationException.class)
                    .satisfies(e -> assertThat(e.getMessage()).doesNotContain(MARKER).contains(first.id()));
            Agreement dangling = Agreement.builder().id("dangling-agreement").decision("no-such-decision")
                    .addPerformer(first.id()).description(MARKER).recordedNeed(MARKER)
                    .recurrence(Recurrence.of(Frequency.WEEKLY, MARKER)).build();
            assertThatThrownBy(() -> copy(s)
                    .addPlan(Plan.builder().id("extra-plan").addAgreement(dangling).build()).build())
                    .isInstanceOf(ModelValidationException.class)
                    .satisfies(e -> assertThat(e.getMessage()).doesNotContain(MARKER));
        });
    }

    @Test
    void no_log_line_at_debug_contains_free_text_even_when_a_callers_rule_throws_it() {
        Rule leaky = Rule.of("GEM-99", "Lekt", "Leaks", Provenance.of(Grounding.OTHER_SOURCE, "test"),
                Checkability.DIRECT, s -> {
                    throw new IllegalStateException("cannot read " + s.participants().get(0).name().orElse(MARKER));
                });
        PrintStream original = System.err;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        List<Report> reports = new ArrayList<>();
        System.setErr(new PrintStream(captured, true, StandardCharsets.UTF_8));
        try {
            qt().withExamples(20).forAll(Generators.situationsWithFreeText(MARKER))
                    .checkAssert(s -> reports.add(RuleSet.standard().with(leaky).check(s)));
        } finally {
            System.setErr(original);
        }
        String log = captured.toString(StandardCharsets.UTF_8);
        assertThat(log).contains("GEM-99").contains("DEBUG").doesNotContain(MARKER);
        assertThat(reports).allSatisfy(r -> {
            assertThat(r.violations("GEM-99")).singleElement().satisfies(v -> assertThat(v.messageKey())
                    .isEqualTo("rule.failed"));
            assertThat(r.render(Language.ENGLISH)).doesNotContain(MARKER);
        });
    }

    @Test
    void a_recurrence_an_organisation_and_the_sources_are_redacted() {
        assertThat(Recurrence.of(Frequency.MONTHLY, "eerste vrijdag " + MARKER).toString())
                .doesNotContain(MARKER).contains("MONTHLY");
        assertThat(Participant.professional("pro", "praktijk " + MARKER).toString()).doesNotContain(MARKER)
                .contains("pro");
        assertThat(Situation.builder().id("s").addParticipant(Participant.focusPerson("f"))
                .addSource("dossier " + MARKER).build().toString()).doesNotContain(MARKER);
    }

    /** A builder holding everything of a situation, to add one more record to. */
    static Situation.Builder copy(Situation s) {
        return Situation.builder().id(s.id()).description(s.description()).addAllSources(s.sources())
                .addAllAssumptions(s.assumptions()).addAllParticipants(s.participants())
                .addAllQuestions(s.questions()).addAllMeetings(s.meetings()).addAllDecisions(s.decisions())
                .addAllPlans(s.plans()).addAllRequests(s.requests()).addAllInformationItems(s.informationItems())
                .addAllExchanges(s.exchanges()).addAllSafetyFrames(s.safetyFrames())
                .addAllEvaluations(s.evaluations()).addAllHandovers(s.handovers())
                .addAllInitiatives(s.initiatives()).addAllOutcomes(s.outcomes()).addAllHouseholds(s.households());
    }

    /** Every value reachable from a situation that has a {@code toString} of its own. */
    static List<Object> parts(Situation s) {
        List<Object> parts = new ArrayList<>();
        parts.addAll(s.participants());
        s.participants().forEach(p -> p.relation().ifPresent(parts::add));
        parts.addAll(s.questions());
        parts.addAll(s.meetings());
        parts.addAll(s.decisions());
        parts.addAll(s.plans());
        for (Agreement a : s.agreements()) {
            parts.add(a);
            a.recurrence().ifPresent(parts::add);
        }
        parts.addAll(s.requests());
        parts.addAll(s.informationItems());
        parts.addAll(s.exchanges());
        parts.addAll(s.safetyFrames());
        parts.addAll(s.evaluations());
        parts.addAll(s.handovers());
        parts.addAll(s.initiatives());
        for (Agreement a : s.agreements()) {
            a.offer().ifPresent(parts::add);
        }
        for (io.github.nieuweroute.model.Outcome o : s.outcomes()) {
            parts.add(o);
            parts.addAll(o.assessments());
        }
        parts.addAll(s.households());
        return parts;
    }
}
