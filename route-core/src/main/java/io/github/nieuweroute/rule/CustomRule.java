package io.github.nieuweroute.rule;

import io.github.nieuweroute.model.Situation;
import io.github.nieuweroute.source.Provenance;
import java.util.Objects;
import java.util.function.Function;

/** A caller's rule made from a function, see {@link Rule#of}. */
final class CustomRule implements Rule {

    private final String id;
    private final String titleDutch;
    private final String titleEnglish;
    private final Provenance provenance;
    private final Checkability checkability;
    private final Function<Situation, RuleResult> check;

    CustomRule(String id, String titleDutch, String titleEnglish, Provenance provenance, Checkability checkability,
            Function<Situation, RuleResult> check) {
        this.id = Objects.requireNonNull(id, "id");
        this.titleDutch = Objects.requireNonNull(titleDutch, "titleDutch");
        this.titleEnglish = Objects.requireNonNull(titleEnglish, "titleEnglish");
        this.provenance = Objects.requireNonNull(provenance, "provenance");
        this.checkability = Objects.requireNonNull(checkability, "checkability");
        this.check = Objects.requireNonNull(check, "check");
        InvalidRuleDataException.require(InvalidRuleDataException.isRuleId(id), "Rule", "id",
                "a rule id is a letter then up to 63 letters, digits or . _ -");
        InvalidRuleDataException.require(!titleDutch.isBlank(), "Rule", "titleDutch", "a title is not blank");
        InvalidRuleDataException.require(!titleEnglish.isBlank(), "Rule", "titleEnglish", "a title is not blank");
    }

    @Override
    public String id() {
        return id;
    }

    @Override
    public String title(Language language) {
        return Objects.requireNonNull(language, "language") == Language.DUTCH ? titleDutch : titleEnglish;
    }

    @Override
    public Provenance provenance() {
        return provenance;
    }

    @Override
    public Checkability checkability() {
        return checkability;
    }

    @Override
    public RuleResult check(Situation situation) {
        return Objects.requireNonNull(check.apply(Objects.requireNonNull(situation, "situation")),
                "result of rule " + id);
    }

    @Override
    public String toString() {
        return "Rule " + id;
    }
}
