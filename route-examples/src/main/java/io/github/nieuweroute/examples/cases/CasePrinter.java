package io.github.nieuweroute.examples.cases;

import io.github.nieuweroute.examples.RouteText;
import io.github.nieuweroute.route.RouteClassifier;
import io.github.nieuweroute.rule.Language;
import io.github.nieuweroute.rule.RuleSet;
import io.github.nieuweroute.seed.SeedCase;
import java.io.PrintStream;

/** Prints what every seed-case program prints first: the case, its sources, its route over time and its report. */
final class CasePrinter {

    private CasePrinter() {}

    static void header(SeedCase seed, PrintStream out) {
        out.println(seed.title() + " (" + seed.dutchTitle() + ")");
        out.println("source: " + seed.source());
        out.print(RouteText.render(RouteClassifier.classify(seed.situation())));
        out.println("expected: " + RouteText.label(seed.expectedRoute()) + " - " + seed.expectationBasis());
        out.println(RuleSet.standard().check(seed.situation()).render(Language.ENGLISH));
    }
}
