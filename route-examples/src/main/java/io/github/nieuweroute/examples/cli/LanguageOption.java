package io.github.nieuweroute.examples.cli;

import io.github.nieuweroute.rule.Language;
import java.util.Locale;

/** Reads the {@code --lang} option. */
final class LanguageOption {

    private LanguageOption() {}

    static Language parse(String value) throws Inputs.InvalidInput {
        switch (value.toLowerCase(Locale.ROOT)) {
            case "nl": return Language.DUTCH;
            case "en": return Language.ENGLISH;
            default: throw new Inputs.InvalidInput("--lang must be nl or en, not '" + value + "'");
        }
    }

    static Locale locale(Language language) {
        return language == Language.DUTCH ? Locale.forLanguageTag("nl") : Locale.ENGLISH;
    }
}
