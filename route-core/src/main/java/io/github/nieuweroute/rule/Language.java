package io.github.nieuweroute.rule;

import java.util.Locale;
import java.util.Objects;

/**
 * A language reports are rendered in (nl: taal).
 */
public enum Language {
    /** Dutch, the language of the sources (nl: Nederlands). */
    DUTCH(Locale.forLanguageTag("nl")),
    /** English (nl: Engels), the root bundle. */
    ENGLISH(Locale.ROOT);

    private final Locale locale;

    Language(Locale locale) {
        this.locale = locale;
    }

    /**
     * Returns the locale the message bundle is loaded with.
     *
     * @return {@code nl} for Dutch, {@link Locale#ROOT} for English; never null
     */
    public Locale locale() {
        return locale;
    }

    /**
     * Picks the language for a locale: Dutch for any Dutch locale ({@code nl}, {@code nl-BE}), English otherwise.
     *
     * @param locale the locale, not null
     * @return the language, never null
     */
    public static Language of(Locale locale) {
        Objects.requireNonNull(locale, "locale");
        return "nl".equals(locale.getLanguage()) ? DUTCH : ENGLISH;
    }
}
