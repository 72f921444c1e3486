package io.github.nieuweroute.rule;

import io.github.nieuweroute.source.Provenance;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.Optional;
import java.util.ResourceBundle;
import java.util.StringJoiner;

/** Looks up and formats messages in the rule bundles ({@code io/github/nieuweroute/rule/messages*.properties}). */
final class Messages {

    static final String BUNDLE = "io.github.nieuweroute.rule.messages";

    private Messages() {}

    static ResourceBundle bundle(Language language) {
        return ResourceBundle.getBundle(BUNDLE, language.locale());
    }

    /** Formats a library message; the key must exist. */
    static String text(Language language, String key, Object... arguments) {
        return format(language, bundle(language).getString(key), arguments);
    }

    /**
     * Formats a finding's message: from the rule's own bundle if it has one and it holds the key, else from the
     * library bundle, else as the key followed by its arguments.
     */
    static String finding(Language language, Optional<Rule> rule, String key, List<String> arguments) {
        Optional<ResourceBundle> own = rule.flatMap(r -> r.messages(language));
        for (ResourceBundle b : own.isPresent() ? List.of(own.get(), bundle(language)) : List.of(bundle(language))) {
            try {
                return format(language, b.getString(key), arguments.toArray());
            } catch (MissingResourceException e) {
                // try the next bundle, then fall back to the key itself
            }
        }
        return key + " " + arguments;
    }

    /**
     * Renders a provenance in words: its label, then the citations grouped by source file, each file by its short
     * title from the bundle ({@code source.<file>}) followed by its lines in the order cited; any other citation (a
     * caller's own) as it is.
     */
    static String provenance(Language language, Provenance provenance) {
        ResourceBundle bundle = bundle(language);
        Map<String, List<String>> linesByFile = new LinkedHashMap<>();
        for (String citation : provenance.sources()) {
            int colon = citation.lastIndexOf(':');
            String key = colon > 0 ? "source." + citation.substring(0, colon) : "";
            if (colon > 0 && bundle.containsKey(key)) {
                linesByFile.computeIfAbsent(bundle.getString(key), k -> new ArrayList<>())
                        .add(citation.substring(colon + 1));
            } else {
                linesByFile.computeIfAbsent(citation, k -> new ArrayList<>());
            }
        }
        StringJoiner sources = new StringJoiner("; ");
        linesByFile.forEach((source, lines) -> sources.add(lines.isEmpty() ? source
                : text(language, lines.size() == 1 ? "report.citation" : "report.citations", source,
                        String.join(", ", lines))));
        String label = text(language, "grounding." + provenance.grounding().name());
        return provenance.sources().isEmpty() ? text(language, "report.provenance-without-sources", label)
                : text(language, "report.provenance", label, sources.toString());
    }

    private static String format(Language language, String pattern, Object... arguments) {
        Locale locale = language == Language.DUTCH ? language.locale() : Locale.ENGLISH;
        return new MessageFormat(pattern, locale).format(arguments);
    }
}
