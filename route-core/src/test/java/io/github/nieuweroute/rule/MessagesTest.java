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
                    return new Object[][] {{"GEM-03.own", "Plan {0} has {1} own message(s)"}};
                }
            });
        }
    };

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
}
