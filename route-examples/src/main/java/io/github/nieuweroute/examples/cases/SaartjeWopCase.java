package io.github.nieuweroute.examples.cases;

import io.github.nieuweroute.examples.RouteText;
import io.github.nieuweroute.route.RouteClassifier;
import io.github.nieuweroute.route.SituationClassification;
import io.github.nieuweroute.seed.SeedCase;
import io.github.nieuweroute.seed.SeedCases;
import java.io.PrintStream;

/**
 * Saartje Wop ({@code 000_003bca9ac70bd78f.txt:270-276}): family, friends and carers evaluate "het plan van Saartje"
 * together and agree who does what. (The friend's memory of his brother's admission is about another person and is
 * not part of her situation.)
 */
public final class SaartjeWopCase {

    private SaartjeWopCase() {}

    /**
     * Prints the case.
     *
     * @param args ignored
     */
    public static void main(String[] args) {
        print(System.out);
    }

    static void print(PrintStream out) {
        SeedCase seed = SeedCases.saartjeWop();
        CasePrinter.header(seed, out);
        SituationClassification c = RouteClassifier.classify(seed.situation());
        c.periods().forEach(p -> out.println("  from " + p.from() + ": " + RouteText.label(p.route())));
        seed.situation().evaluations().forEach(e -> out.println("evaluation " + e.id() + " of "
                + e.plan().orElse("?") + " with " + e.participants().size() + " participants"));
    }
}
