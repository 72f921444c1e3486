package io.github.nieuweroute.examples.cases;

import io.github.nieuweroute.model.PlanMeeting;
import io.github.nieuweroute.model.Situation;
import io.github.nieuweroute.seed.SeedCase;
import io.github.nieuweroute.seed.SeedCases;
import java.io.PrintStream;

/**
 * Esther &amp; Jeffrey ({@code 000_003bca9ac70bd78f.txt:264-268}): the Nieuwe Route. A group of 32 prepared by an
 * independent plan coach, within Veilig Thuis' safety frame, makes its own agreements.
 */
public final class EstherAndJeffreyCase {

    private EstherAndJeffreyCase() {}

    /**
     * Prints the case.
     *
     * @param args ignored
     */
    public static void main(String[] args) {
        print(System.out);
    }

    static void print(PrintStream out) {
        SeedCase seed = SeedCases.estherAndJeffrey();
        CasePrinter.header(seed, out);
        Situation s = seed.situation();
        PlanMeeting meeting = s.meetings().get(0);
        out.println("plan meeting: " + meeting.headCount() + " people (" + meeting.attended().size()
                + " recorded), facilitated by " + meeting.facilitator().orElse("nobody") + " ("
                + meeting.facilitator().flatMap(s::participant).flatMap(p -> p.facilitator())
                        .map(Enum::name).orElse("no role") + ")");
        out.println("kept despite the focus person's objection: " + meeting.objectedTo());
        s.safetyFrames().forEach(f -> out.println("safety frame " + f.id() + " set by " + f.setBy() + " covers "
                + f.coveredIds()));
        s.agreements().forEach(a -> out.println("agreement " + a.id() + ": performed by " + a.performers()
                + a.recurrence().map(r -> ", " + r.frequency().name().toLowerCase(java.util.Locale.ROOT)).orElse("")));
        s.exchanges().forEach(e -> out.println("exchange " + e.id() + ": " + e.giver() + " -> " + e.receiver()));
    }
}
