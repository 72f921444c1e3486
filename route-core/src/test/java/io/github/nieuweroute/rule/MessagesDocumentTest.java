package io.github.nieuweroute.rule;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.nieuweroute.seed.SeedCase;
import io.github.nieuweroute.seed.SeedCases;
import io.github.nieuweroute.testing.Generators;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * docs/messages.md shows every message of the standard rules as a caseworker reads it, in Dutch and English: a real
 * finding of a seed case or a generated situation where one exists. The test fails when the document and the
 * bundles differ; run it with {@code -Dmessages.write=true} to write the document anew.
 */
class MessagesDocumentTest {

    private static final Path DOCUMENT = Path.of("../docs/messages.md");

    @Test
    void the_messages_document_shows_every_message_as_it_renders() throws IOException {
        String expected = document();
        if (Boolean.getBoolean("messages.write")) {
            Files.writeString(DOCUMENT, expected, StandardCharsets.UTF_8);
        }
        assertThat(Files.readString(DOCUMENT, StandardCharsets.UTF_8)).isEqualTo(expected);
    }

    static String document() {
        Map<String, Finding> examples = new LinkedHashMap<>();
        List<Report> reports = new ArrayList<>();
        for (SeedCase seed : SeedCases.all()) {
            reports.add(RuleSet.standard().check(seed.situation()));
        }
        reports.add(RuleSet.standard().check(RuleFixtures.clean()));
        org.quicktheories.QuickTheory.qt().withFixedSeed(20261202L).withExamples(300).withShrinkCycles(0)
                .forAll(Generators.situations()).checkAssert(s -> reports.add(RuleSet.standard().check(s)));
        for (Report r : reports) {
            List<Finding> findings = new ArrayList<>(r.violations());
            findings.addAll(r.exemptions());
            findings.forEach(f -> examples.putIfAbsent(f.messageKey(), f));
        }
        Report any = reports.get(0);
        StringBuilder out = new StringBuilder();
        out.append("# The rules' messages, as a caseworker reads them\n\n")
                .append("Every message of the standard rules in Dutch and English, rendered as `Report.render` prints ")
                .append("it. Where a seed case or a generated situation (fixed seed) has such a finding, the example ")
                .append("is that finding; otherwise the ids are placeholders (`x0`, `x1`, ...) and counts are 3. ")
                .append("Ids print as ids: names appear only when a caller passes a label function ")
                .append("(`Report.render(language, label)`, `route check --names`). This page is written by ")
                .append("`MessagesDocumentTest` (`-Dmessages.write=true`), which fails when it and the bundles ")
                .append("differ. The rules themselves, their sources and severities: [rules.md](rules.md).\n");
        String rule = "";
        for (String key : MessageBundlesTest.findingKeys()) {
            String ruleId = key.substring(0, key.indexOf('.'));
            if (!ruleId.equals(rule)) {
                rule = ruleId;
                out.append("\n## ").append(ruleId).append(' ')
                        .append(Phrases.title(any, ruleId, Language.DUTCH)).append(" / ")
                        .append(Phrases.title(any, ruleId, Language.ENGLISH)).append("\n\n");
            }
            Finding example = examples.get(key);
            List<String> arguments = example != null ? example.arguments()
                    : MessageBundlesTest.arguments(Messages.bundle(Language.DUTCH).getString(key), "3");
            out.append("- `").append(key).append("`").append(example != null ? "" : " (placeholders)").append('\n');
            for (Language language : List.of(Language.DUTCH, Language.ENGLISH)) {
                out.append("  - ").append(language == Language.DUTCH ? "nl" : "en").append(": ")
                        .append(Messages.finding(language, any.rule(ruleId), key, arguments, id -> id)).append('\n');
            }
        }
        return out.toString();
    }
}
