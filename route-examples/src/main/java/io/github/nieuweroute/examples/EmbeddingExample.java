package io.github.nieuweroute.examples;

import io.github.nieuweroute.json.RouteJson;
import io.github.nieuweroute.json.RouteJsonException;
import io.github.nieuweroute.model.Situation;
import io.github.nieuweroute.rule.Language;
import io.github.nieuweroute.rule.Report;
import io.github.nieuweroute.rule.RuleSet;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * How case software embeds the library: JSON in, a report out (as Dutch text for the caseworker and as JSON for the
 * next system). The code between the markers is quoted in README.md; a test keeps the two identical.
 */
public final class EmbeddingExample {

    private EmbeddingExample() {}

    /**
     * Reads a situation from a JSON file (or, without an argument, the De Vries seed case as JSON), checks it, prints
     * the Dutch report and the report as JSON.
     *
     * @param args the file, optional
     * @throws IOException if the file cannot be read
     */
    public static void main(String[] args) throws IOException {
        String json = args.length > 0 ? Files.readString(Path.of(args[0]), StandardCharsets.UTF_8)
                : new String(RouteJson.create().writeSituationBytes(
                        io.github.nieuweroute.seed.SeedCases.deVries().situation()), StandardCharsets.UTF_8);
        System.out.println(check(json));
    }

    /**
     * Checks a situation given as JSON.
     *
     * @param json a situation in the library's JSON format, not null
     * @return the Dutch report followed by the report as JSON, or the error with its JSON pointer
     */
    static String check(String json) {
        // @example:embedding:begin
        RouteJson format = RouteJson.create();
        try {
            Situation situation = format.readSituation(json);        // strict: unknown fields, bad ids, dangling refs
            Report report = RuleSet.standard().check(situation);     // route + violations with evidence ids
            String forCaseworker = report.render(Language.DUTCH);    // Dutch text, ids only, no names
            String forTheNextSystem = format.writeReport(report);    // the report as JSON
            return forCaseworker + "\n" + forTheNextSystem;
        } catch (RouteJsonException e) {
            return "invalid input at " + e.pointer() + ": " + e.getMessage();
        }
        // @example:embedding:end
    }
}
