package io.github.nieuweroute.rule;

import static org.assertj.core.api.Assertions.assertThat;

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
}
