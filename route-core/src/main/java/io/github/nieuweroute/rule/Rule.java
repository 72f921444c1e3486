package io.github.nieuweroute.rule;

import io.github.nieuweroute.model.Situation;
import io.github.nieuweroute.source.Grounding;
import io.github.nieuweroute.source.Provenance;
import java.util.Optional;
import java.util.ResourceBundle;
import java.util.function.Function;

/**
 * A rule a situation can be checked against (nl: regel): a factor of the Nieuwe Route, a process rule, or a caller's
 * own policy. Shaped like ArchUnit's rules: {@link #check(Situation)} returns data and does not throw on a valid
 * situation.
 *
 * <p>A caller's rule (a municipality's own policy) is made with
 * {@link #of(String, String, String, Provenance, Checkability, Function)} or by implementing this interface, and is
 * reported like the standard rules. Its message keys are looked up in {@link #messages(Language)} first; without a
 * bundle, a message prints as its key followed by its arguments.
 *
 * <pre>{@code
 * Rule noEmptyPlans = Rule.of("GEM-01", "Geen lege plannen", "No empty plans",
 *         Provenance.of(Grounding.OTHER_SOURCE, "gemeentebeleid 2026 art. 3"), Checkability.DIRECT,
 *         s -> RuleResult.of(s.plans().stream().filter(p -> p.agreements().isEmpty())
 *                 .map(p -> Violation.of("GEM-01", Severity.WARNING,
 *                         Evidence.builder().add(EvidenceKind.PLAN, p.id()).build(), "GEM-01.empty-plan", p.id()))
 *                 .collect(Collectors.toList())));
 * Report report = RuleSet.standard().with(noEmptyPlans).check(situation);
 * }</pre>
 *
 * <p>Implementations must be thread-safe and must cite ids, enum values and counts only in their findings.
 */
public interface Rule {

    /**
     * Returns the id, unique in a rule set, such as {@code "R-01"}.
     *
     * @return the id, never null
     */
    String id();

    /**
     * Returns the title.
     *
     * @param language the language, not null
     * @return the title in that language, never null
     */
    String title(Language language);

    /**
     * Returns the source lines the rule rests on and whether it is an interpretation.
     *
     * @return the provenance, never null
     */
    Provenance provenance();

    /**
     * Returns how far the rule can be checked from case data.
     *
     * @return D, P or N, never null
     */
    Checkability checkability();

    /**
     * Checks a situation.
     *
     * @param situation a valid situation, not null
     * @return the violations and recorded exemptions found, never null
     */
    RuleResult check(Situation situation);

    /**
     * Returns the bundle that holds this rule's messages, for a caller's rule.
     *
     * @param language the language, not null
     * @return the bundle, empty to use the library's bundle (the default)
     */
    default Optional<ResourceBundle> messages(Language language) {
        return Optional.empty();
    }

    /**
     * Makes a caller's rule from a function.
     *
     * @param id the id, a letter then letters, digits or {@code . _ -}; not null
     * @param titleDutch the Dutch title, not null
     * @param titleEnglish the English title, not null
     * @param provenance where it comes from, not null
     * @param checkability how far data can check it, not null
     * @param check the check, returning data and not throwing on a valid situation; not null
     * @return the rule, never null
     * @throws InvalidRuleDataException if the id is malformed or a title blank
     */
    static Rule of(String id, String titleDutch, String titleEnglish, Provenance provenance,
            Checkability checkability, Function<Situation, RuleResult> check) {
        return new CustomRule(id, titleDutch, titleEnglish, provenance, checkability, check);
    }
}
