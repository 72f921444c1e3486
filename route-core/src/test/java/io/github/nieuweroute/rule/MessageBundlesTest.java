package io.github.nieuweroute.rule;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.nieuweroute.seed.SeedCase;
import io.github.nieuweroute.seed.SeedCases;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.ResourceBundle;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** Every message of the rules, in both languages, with one item and with several, reads as plain words. */
class MessageBundlesTest {

    private static final Pattern ARGUMENT = Pattern.compile("\\{(\\d+)(?:,(\\w+))?");
    /** An enum constant as Java spells it: capitals, perhaps joined by underscores. */
    private static final Pattern CONSTANT = Pattern.compile("\\b[A-Z]{3,}(?:_[A-Z]+)*\\b");
    private static final List<String> PLURAL_HACKS = List.of("(o)n(en)", "(en)", "(s)", "perso(o)n", "/afspraken");
    private static final List<String> ID_KIND_PREFIXES = List.of("participant=", "decision=", "agreement=",
            "request=", "information-item=", "meeting=", "exchange=", "Bewijs", "Evidence:");

    static List<String> findingKeys() {
        List<String> keys = new ArrayList<>(Collections.list(Messages.bundle(Language.DUTCH).getKeys()));
        keys.removeIf(k -> !k.matches("R-\\d+\\.[a-z-]+") || k.endsWith(".title"));
        Collections.sort(keys);
        return keys;
    }

    @Test
    void every_message_reads_as_words_in_both_languages_with_one_item_and_with_several() {
        List<String> keys = findingKeys();
        assertThat(keys).hasSizeGreaterThan(30);
        for (Language language : Language.values()) {
            ResourceBundle bundle = Messages.bundle(language);
            for (String key : keys) {
                for (String count : List.of("1", "3")) {
                    String text = Messages.finding(language, Optional.empty(), key, arguments(bundle.getString(key),
                            count), id -> id);
                    String what = language + " " + key + " with " + count;
                    assertThat(text).as(what).doesNotContain("{", "}").doesNotContainPattern(CONSTANT);
                    PLURAL_HACKS.forEach(h -> assertThat(text).as(what).doesNotContain(h));
                    ID_KIND_PREFIXES.forEach(p -> assertThat(text).as(what).doesNotContain(p));
                    if (language == Language.DUTCH) {
                        assertThat(text).as(what).doesNotContain("bedoeling", "begeleider", "sfeer", "overtreding");
                    }
                }
            }
        }
    }

    @Test
    void a_single_item_reads_in_the_singular_and_several_in_the_plural() {
        String one = Messages.finding(Language.DUTCH, Optional.empty(), "R-24.shared-without-consent",
                List.of("i1", "fp", "1", "NOT_ASKED"), id -> id);
        String three = Messages.finding(Language.DUTCH, Optional.empty(), "R-24.shared-without-consent",
                List.of("i1", "fp", "3", "NOT_ASKED"), id -> id);

        assertThat(one).isEqualTo("Informatie i1 over fp is gedeeld met één ander, zonder vastgelegde toestemming "
                + "(toestemming: niet gevraagd).");
        assertThat(three).contains("gedeeld met 3 anderen,");
    }

    @Test
    void the_reports_of_the_seed_cases_carry_no_code_or_id_kind_prefix_in_dutch() {
        for (SeedCase seed : SeedCases.all()) {
            String text = RuleSet.standard().check(seed.situation()).render(Language.DUTCH);
            assertThat(text).as(seed.key()).doesNotContainPattern(CONSTANT).doesNotContain("{");
            ID_KIND_PREFIXES.forEach(p -> assertThat(text).as(seed.key()).doesNotContain(p));
            PLURAL_HACKS.forEach(h -> assertThat(text).as(seed.key()).doesNotContain(h));
        }
    }

    /** Arguments for a pattern: a term for {n,term}, the count for a choice, an id otherwise. */
    private static List<String> arguments(String pattern, String count) {
        List<String> arguments = new ArrayList<>();
        Matcher m = ARGUMENT.matcher(pattern);
        List<String> terms = List.of("VOLUNTEER", "INFORMED", "TRANSFER", "NOT_ASKED", "REFERRAL", "NOT_RECORDED");
        while (m.find()) {
            int i = Integer.parseInt(m.group(1));
            while (arguments.size() <= i) {
                arguments.add("x" + arguments.size());
            }
            if ("term".equals(m.group(2))) {
                arguments.set(i, terms.get(i % terms.size()));
            } else if ("choice".equals(m.group(2))) {
                arguments.set(i, count);
            }
        }
        return arguments;
    }
}
