package io.github.nieuweroute.rule;

import io.github.nieuweroute.source.Provenance;
import java.text.ChoiceFormat;
import java.text.Format;
import java.text.MessageFormat;
import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.Optional;
import java.util.ResourceBundle;
import java.util.StringJoiner;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

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
     * library bundle, else as the key followed by its arguments. Arguments named as {@code {n,term}} in the pattern
     * are enum values, printed as the library bundle's {@code term.<VALUE>}; arguments under a choice or number format
     * are counts; every other argument is an id, printed through {@code label}.
     */
    static String finding(Language language, Optional<Rule> rule, String key, List<String> arguments,
            Function<String, String> label) {
        Optional<ResourceBundle> own = rule.flatMap(r -> r.messages(language));
        for (ResourceBundle b : own.isPresent() ? List.of(own.get(), bundle(language)) : List.of(bundle(language))) {
            String pattern;
            try {
                pattern = b.getString(key);
            } catch (MissingResourceException e) {
                continue; // try the next bundle, then fall back to the key itself
            }
            return formatFinding(language, pattern, arguments, label);
        }
        return key + " " + arguments;
    }

    /** {@code {n,term}}: an enum value in words; {@code {n,day}}: a date as the language writes it (18 april 2015). */
    private static final Pattern TERM = Pattern.compile("\\{(\\d+),(term|day)\\}");

    private static String formatFinding(Language language, String pattern, List<String> arguments,
            Function<String, String> label) {
        ResourceBundle library = bundle(language);
        boolean[] isTerm = new boolean[arguments.size()];
        Matcher m = TERM.matcher(pattern);
        StringBuilder withTerms = new StringBuilder();
        while (m.find()) {
            int i = Integer.parseInt(m.group(1));
            String value = i < arguments.size() ? arguments.get(i) : "";
            String term = m.group(2).equals("day") ? day(language, value)
                    : library.containsKey("term." + value) ? library.getString("term." + value) : value;
            if (i < isTerm.length) {
                isTerm[i] = true;
            }
            // quoted, so that MessageFormat prints the term as it is; an empty term stays empty ('' is an apostrophe)
            m.appendReplacement(withTerms,
                    Matcher.quoteReplacement(term.isEmpty() ? "" : "'" + term.replace("'", "''") + "'"));
        }
        m.appendTail(withTerms);
        MessageFormat format = new MessageFormat(withTerms.toString(), locale(language));
        Format[] formats = format.getFormatsByArgumentIndex();
        Object[] values = new Object[arguments.size()];
        for (int i = 0; i < values.length; i++) {
            String argument = arguments.get(i);
            boolean count = i < formats.length && (formats[i] instanceof ChoiceFormat || formats[i] instanceof NumberFormat);
            if (count && argument.matches("-?\\d{1,18}")) {
                values[i] = Long.parseLong(argument);
            } else if (count) {
                // a caller's rule gave text where its pattern counts: printed as it is rather than failing the report
                format.setFormatByArgumentIndex(i, null);
                values[i] = argument;
            } else {
                values[i] = isTerm[i] || count ? argument : label(label, argument);
            }
        }
        return format.format(values);
    }

    /** A date argument ({@code 2015-04-18}) as the language writes it; anything else as it is. */
    private static String day(Language language, String value) {
        try {
            return java.time.LocalDate.parse(value).format(java.time.format.DateTimeFormatter.ofPattern("d MMMM yyyy",
                    locale(language)));
        } catch (java.time.format.DateTimeParseException e) {
            return value;
        }
    }

    /**
     * Returns the display label of an id: the caller's, cleaned of control and direction-override characters so a
     * name cannot reorder or hide the text around it, or the id itself when the caller has none.
     */
    static String label(Function<String, String> label, String id) {
        String name = label.apply(id);
        if (name == null || name.isBlank()) {
            return id;
        }
        StringBuilder clean = new StringBuilder(name.length());
        // a lone surrogate becomes U+FFFD, as when the text is encoded; control, direction and non-characters go
        name.codePoints().map(c -> c >= 0xD800 && c <= 0xDFFF ? 0xFFFD : c)
                .filter(c -> !Character.isISOControl(c) && !isBidiControl(c) && c != 0xFFFE && c != 0xFFFF)
                .forEach(clean::appendCodePoint);
        return clean.length() == 0 ? id : clean.toString();
    }

    private static boolean isBidiControl(int c) {
        return (c >= 0x202A && c <= 0x202E) || (c >= 0x2066 && c <= 0x2069) || c == 0x200E || c == 0x200F
                || c == 0x061C;
    }

    private static Locale locale(Language language) {
        return language == Language.DUTCH ? language.locale() : Locale.ENGLISH;
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
                : text(language, lines.size() == 1 && !lines.get(0).contains("-") ? "report.citation" : "report.citations", source,
                        String.join(", ", lines))));
        String label = text(language, "grounding." + provenance.grounding().name());
        return provenance.sources().isEmpty() ? text(language, "report.provenance-without-sources", label)
                : text(language, "report.provenance", label, sources.toString());
    }

    private static String format(Language language, String pattern, Object... arguments) {
        return new MessageFormat(pattern, locale(language)).format(arguments);
    }
}
