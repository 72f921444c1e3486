package io.github.nieuweroute.examples.cases;

import io.github.nieuweroute.model.HandoverKind;
import io.github.nieuweroute.model.Situation;
import io.github.nieuweroute.model.Sphere;
import io.github.nieuweroute.seed.SeedCase;
import io.github.nieuweroute.seed.SeedCases;
import java.io.PrintStream;

/**
 * Buiting's 17-year-old ({@code 002_296212247530a523.txt:40-56}): more than ten placements since the age of eleven,
 * then an expert by experience who stays beside him. Without network data the case cannot be put on one of Siegers'
 * routes, and the classifier says why.
 */
public final class BuitingBoyCase {

    private BuitingBoyCase() {}

    /**
     * Prints the case.
     *
     * @param args ignored
     */
    public static void main(String[] args) {
        print(System.out);
    }

    static void print(PrintStream out) {
        SeedCase seed = SeedCases.buitingBoy();
        CasePrinter.header(seed, out);
        Situation s = seed.situation();
        long transfers = s.handovers().stream().filter(h -> h.kind() == HandoverKind.TRANSFER).count();
        out.println("transfers between placements: " + transfers);
        out.println("participants whose sphere the source does not give: " + s.participants().stream()
                .filter(p -> p.sphere() == Sphere.UNKNOWN).map(p -> p.id()).toList());
    }
}
