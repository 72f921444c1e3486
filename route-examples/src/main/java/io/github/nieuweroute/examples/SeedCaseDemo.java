package io.github.nieuweroute.examples;

import io.github.nieuweroute.route.RouteClassifier;
import io.github.nieuweroute.route.SituationClassification;
import io.github.nieuweroute.rule.Report;
import io.github.nieuweroute.rule.RuleSet;
import io.github.nieuweroute.seed.SeedCase;
import io.github.nieuweroute.seed.SeedCases;
import java.io.PrintStream;

/**
 * Builds every seed case of the sources, classifies it, checks it against the standard rules, and prints its route
 * with the reasons and a summary of the rule report.
 *
 * <p>Run it with {@code java -jar route-examples/target/route.jar demo}, or call {@link #main(String[])}.
 */
public final class SeedCaseDemo {

    private SeedCaseDemo() {}

    /**
     * Prints the route of every seed case to standard output.
     *
     * @param args ignored
     */
    public static void main(String[] args) {
        print(System.out);
    }

    /**
     * Prints the route of every seed case.
     *
     * @param out where to print, not null
     * @return the number of seed cases whose route differs from the one expected (zero when all agree)
     */
    public static int print(PrintStream out) {
        int mismatches = 0;
        for (SeedCase seed : SeedCases.all()) {
            // @example:classify:begin
            SituationClassification c = RouteClassifier.classify(seed.situation());
            // @example:classify:end
            boolean agrees = c.current() == seed.expectedRoute();
            mismatches += agrees ? 0 : 1;
            out.println(seed.title() + "  [" + seed.key() + ", " + seed.source() + "]");
            out.print(RouteText.render(c));
            out.println("  expected: " + RouteText.label(seed.expectedRoute()) + (agrees ? "  (agrees)" : "  (DIFFERS)"));
            Report report = RuleSet.standard().check(seed.situation());
            out.println("  rules: " + report.violations().size() + " violations, " + report.exemptions().size()
                    + " recorded exemptions" + (report.violations().isEmpty() ? "" : "; rules violated: "
                    + report.violations().stream().map(v -> v.ruleId()).distinct().sorted()
                            .collect(java.util.stream.Collectors.joining(", "))));
            out.println();
        }
        out.println(SeedCases.all().size() + " seed cases, " + mismatches + " differ from the expected route.");
        return mismatches;
    }
}
