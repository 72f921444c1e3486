package io.github.nieuweroute.rule;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.nieuweroute.source.Grounding;
import io.github.nieuweroute.source.Provenance;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Properties;
import org.junit.jupiter.api.Test;


class MessagesTest {

    private static Properties load(String name) throws IOException {
        Properties p = new Properties();
        try (InputStream in = Messages.class.getResourceAsStream(name)) {
            assertThat(in).as(name).isNotNull();
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return p;
    }

    @Test
    void dutch_and_english_bundles_have_the_same_keys() throws IOException {
        Properties english = load("messages.properties");
        Properties dutch = load("messages_nl.properties");

        assertThat(dutch.stringPropertyNames()).isNotEmpty().isEqualTo(english.stringPropertyNames());
    }

    @Test
    void every_message_of_a_standard_rule_is_in_the_bundles() throws IOException {
        Properties english = load("messages.properties");
        for (Rule r : StandardRules.all()) {
            assertThat(english.stringPropertyNames()).as(r.id()).contains(r.id() + ".title")
                    .anyMatch(k -> k.startsWith(r.id() + ".") && !k.endsWith(".title"));
        }
    }

    @Test
    void dutch_locales_get_dutch_and_every_other_locale_english() {
        assertThat(Language.of(java.util.Locale.forLanguageTag("nl-BE"))).isEqualTo(Language.DUTCH);
        assertThat(Language.of(java.util.Locale.GERMAN)).isEqualTo(Language.ENGLISH);
        assertThat(Messages.text(Language.DUTCH, "route.OLD")).isEqualTo("oude route");
        assertThat(Messages.text(Language.ENGLISH, "route.OLD")).isEqualTo("old route");
    }

    @Test
    void unknown_key_of_a_callers_rule_falls_back_to_key_and_arguments() {
        assertThat(Messages.finding(Language.ENGLISH, java.util.Optional.empty(), "GEM-01.x", List.of("p1", "2"),
                id -> id))
                .isEqualTo("GEM-01.x [p1, 2]");
    }

    /** A caller's rule that brings its own English messages for one key and leaves the others to the library. */
    private static final Rule WITH_OWN_MESSAGES = new Rule() {
        private final Rule delegate = Rule.of("GEM-03", "Eigen teksten", "Own texts",
                Provenance.of(Grounding.OTHER_SOURCE, "test"), Checkability.DIRECT, s -> RuleResult.empty());

        @Override
        public String id() {
            return delegate.id();
        }

        @Override
        public String title(Language language) {
            return delegate.title(language);
        }

        @Override
        public Provenance provenance() {
            return delegate.provenance();
        }

        @Override
        public Checkability checkability() {
            return delegate.checkability();
        }

        @Override
        public RuleResult check(io.github.nieuweroute.model.Situation situation) {
            return delegate.check(situation);
        }

        @Override
        public java.util.Optional<java.util.ResourceBundle> messages(Language language) {
            if (language == Language.DUTCH) {
                return java.util.Optional.empty();
            }
            return java.util.Optional.of(new java.util.ListResourceBundle() {
                @Override
                protected Object[][] getContents() {
                    return new Object[][] {{"GEM-03.own", "Plan {0} has {1} own message(s)"},
                        {"GEM-03.count", "{0,choice,1#one plan|1<{0} plans} since {1,day}"}};
                }
            });
        }
    };

    @Test
    void dates_are_written_as_the_language_writes_them_and_a_count_given_as_text_prints_as_text() {
        java.util.Optional<Rule> rule = java.util.Optional.of(WITH_OWN_MESSAGES);

        assertThat(Messages.finding(Language.ENGLISH, rule, "GEM-03.count", List.of("2", "2015-04-18"), id -> id))
                .isEqualTo("2 plans since 18 April 2015");
        // a caller's rule that puts text where its pattern counts gets the text, not a failed report
        assertThat(Messages.finding(Language.ENGLISH, rule, "GEM-03.count", List.of("p1", "not a date"),
                id -> "name of " + id)).isEqualTo("p1 since not a date");
        assertThat(Messages.finding(Language.DUTCH, java.util.Optional.empty(), "R-05.professionals-decided-alone-later",
                List.of("d1", "2015-03-11"), id -> id))
                .isEqualTo("Besluit d1 namen professionals alleen, terwijl de cliënt of het netwerk op 11 maart 2015 al"
                        + " had meebeslist.");
    }

    @Test
    void a_rules_own_bundle_gives_its_messages_and_the_library_bundle_the_rest() {
        java.util.Optional<Rule> rule = java.util.Optional.of(WITH_OWN_MESSAGES);

        assertThat(Messages.finding(Language.ENGLISH, rule, "GEM-03.own", List.of("p1", "2"), id -> id))
                .isEqualTo("Plan p1 has 2 own message(s)");
        assertThat(Messages.finding(Language.ENGLISH, rule, "route.OLD", List.of(), id -> id)).isEqualTo("old route");
        assertThat(Messages.finding(Language.ENGLISH, rule, "GEM-03.missing", List.of("p1"), id -> id))
                .isEqualTo("GEM-03.missing [p1]");
        assertThat(Messages.finding(Language.DUTCH, rule, "GEM-03.own", List.of("p1", "2"), id -> id))
                .isEqualTo("GEM-03.own [p1, 2]");
    }

    @Test
    void a_standard_rules_message_is_found_in_the_library_bundle_in_both_languages() {
        java.util.Optional<Rule> rule = java.util.Optional.of(StandardRules.NOT_TAKING_OVER);

        assertThat(Messages.finding(Language.ENGLISH, rule, "route.OLD", List.of(), id -> id)).isEqualTo("old route");
        assertThat(Messages.finding(Language.DUTCH, rule, "route.OLD", List.of(), id -> id)).isEqualTo("oude route");
    }

    /** A caller's rule whose own English bundle holds the given patterns. */
    private static java.util.Optional<Rule> withPatterns(Object[][] patterns) {
        Rule rule = new Rule() {
            @Override
            public String id() {
                return "GEM-05";
            }

            @Override
            public String title(Language language) {
                return "GEM-05";
            }

            @Override
            public Provenance provenance() {
                return Provenance.of(Grounding.OTHER_SOURCE, "test");
            }

            @Override
            public Checkability checkability() {
                return Checkability.DIRECT;
            }

            @Override
            public RuleResult check(io.github.nieuweroute.model.Situation situation) {
                return RuleResult.empty();
            }

            @Override
            public java.util.Optional<java.util.ResourceBundle> messages(Language language) {
                return java.util.Optional.of(new java.util.ListResourceBundle() {
                    @Override
                    protected Object[][] getContents() {
                        return patterns;
                    }
                });
            }
        };
        return java.util.Optional.of(rule);
    }

    @Test
    void arguments_are_printed_as_terms_counts_or_labelled_ids_by_their_place_in_the_pattern() {
        java.util.Optional<Rule> rule = withPatterns(new Object[][] {
            {"GEM-05.mixed", "{0} was {1,term} in {2,choice,1#one meeting|1<{2} meetings} and {3,number,integer}"},
            {"GEM-05.missing-term", "{0} and {3,term}"},
        });
        java.util.function.Function<String, String> upper = id -> id.toUpperCase(java.util.Locale.ROOT);

        assertThat(Messages.finding(Language.ENGLISH, rule, "GEM-05.mixed", List.of("p1", "INFORMED", "3", "1200"),
                upper)).isEqualTo("P1 was informed in 3 meetings and 1,200");
        // an enum value the library has no term for is printed as it is, not labelled
        assertThat(Messages.finding(Language.ENGLISH, rule, "GEM-05.mixed", List.of("p1", "ODD", "1", "-7"),
                upper)).isEqualTo("P1 was ODD in one meeting and -7");
        // a term placeholder past the arguments prints nothing
        assertThat(Messages.finding(Language.ENGLISH, rule, "GEM-05.missing-term", List.of("p1"), upper))
                .isEqualTo("P1 and ");
    }

    @Test
    void a_label_loses_control_direction_and_non_characters_and_keeps_their_neighbours() {
        String removed = "\u0000\u001F\u007F\u009F\u202A\u202E\u2066\u2069\u200E\u200F\u061C\uFFFE\uFFFF";
        String kept = "\u0020\u00A0\u2029\u202F\u2065\u206A\u200D\u2010\u061B\u061D\uFFFD\uD7FF\uE000"
                + "\uD83D\uDE00";
        for (char c : removed.toCharArray()) {
            assertThat(Messages.label(id -> "a" + c + "b", "x")).as("U+%04X", (int) c).isEqualTo("ab");
        }
        for (int i = 0; i < kept.length(); i++) {
            int end = Character.isHighSurrogate(kept.charAt(i)) ? i + 2 : i + 1;
            String k = kept.substring(i, end);
            i = end - 1;
            assertThat(Messages.label(id -> "a" + k + "b", "x")).isEqualTo("a" + k + "b");
        }
        // a lone surrogate at either end of the range becomes the replacement character
        assertThat(Messages.label(id -> "a\uD800b\uDFFF", "x")).isEqualTo("a\uFFFDb\uFFFD");
        // nothing left, blank or no name: the id
        assertThat(Messages.label(id -> "\u202E\u0000", "x")).isEqualTo("x");
        assertThat(Messages.label(id -> " ", "x")).isEqualTo("x");
        assertThat(Messages.label(id -> null, "x")).isEqualTo("x");
    }

    @Test
    void a_provenance_groups_citations_by_source_file_and_keeps_a_callers_own_as_it_is() {
        Provenance p = Provenance.of(Grounding.OTHER_SOURCE, "000_003bca9ac70bd78f.txt:164",
                "000_003bca9ac70bd78f.txt:268-270", "policy:7", "note");
        String english = Messages.provenance(Language.ENGLISH, p);

        assertThat(english).contains("lines 164, 268-270").contains("policy:7").contains("note")
                .doesNotContain("000_003bca9ac70bd78f");
        String single = Messages.provenance(Language.ENGLISH,
                Provenance.of(Grounding.OTHER_SOURCE, "000_003bca9ac70bd78f.txt:164"));
        String range = Messages.provenance(Language.ENGLISH,
                Provenance.of(Grounding.OTHER_SOURCE, "000_003bca9ac70bd78f.txt:164-165"));
        assertThat(single).contains("line 164").doesNotContain("lines");
        assertThat(range).contains("lines 164-165");
        assertThat(Messages.provenance(Language.ENGLISH, Provenance.assumption()))
                .isEqualTo("  Source: " + Messages.text(Language.ENGLISH, "grounding.ASSUMPTION") + ".");
    }
}
