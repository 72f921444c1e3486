package io.github.nieuweroute.examples.cases;

import io.github.nieuweroute.examples.RouteText;
import io.github.nieuweroute.model.Participant;
import io.github.nieuweroute.route.RouteClassifier;
import io.github.nieuweroute.seed.SeedCase;
import io.github.nieuweroute.seed.SeedCases;
import java.io.PrintStream;

/**
 * Gezin Van Dalen, K2's fictional family, before (2012, {@code 004_5944939a3c113dbb.txt:171-224}) and after the
 * transitions ({@code 004_5944939a3c113dbb.txt:4033-4348}): K2's ideal, in which the municipality decides with Saskia
 * and the network "krijgt een rol toebedeeld", is the dead-end route by Siegers' criteria.
 */
public final class VanDalenCase {

    private VanDalenCase() {}

    /**
     * Prints both cases.
     *
     * @param args ignored
     */
    public static void main(String[] args) {
        print(System.out);
    }

    static void print(PrintStream out) {
        for (SeedCase seed : new SeedCase[] {SeedCases.vanDalenBefore(), SeedCases.vanDalenAfter()}) {
            CasePrinter.header(seed, out);
            long professionals = seed.situation().participants().stream().filter(Participant::isProfessional)
                    .count();
            out.println("professionals and schemes involved: " + professionals);
            out.println();
        }
        out.println("before -> after: "
                + RouteText.label(RouteClassifier.classify(SeedCases.vanDalenBefore().situation()).current()) + " -> "
                + RouteText.label(RouteClassifier.classify(SeedCases.vanDalenAfter().situation()).current()));
    }
}
