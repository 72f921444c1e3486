package io.github.nieuweroute.examples.cases;

import io.github.nieuweroute.model.Request;
import io.github.nieuweroute.model.Situation;
import io.github.nieuweroute.route.DecisionClassification;
import io.github.nieuweroute.route.RouteClassifier;
import io.github.nieuweroute.seed.SeedCase;
import io.github.nieuweroute.seed.SeedCases;
import java.io.PrintStream;

/**
 * Mevrouw de Vries ({@code 000_003bca9ac70bd78f.txt:197-207}): the old route. Professionals decide the admission; the
 * daughter only consents; later she is asked to volunteer: execution without a say.
 */
public final class DeVriesCase {

    private DeVriesCase() {}

    /**
     * Prints the case.
     *
     * @param args ignored
     */
    public static void main(String[] args) {
        print(System.out);
    }

    static void print(PrintStream out) {
        SeedCase seed = SeedCases.deVries();
        CasePrinter.header(seed, out);
        Situation s = seed.situation();
        DecisionClassification admission = RouteClassifier.classify(s).decisions().get(0);
        out.println("consented without co-deciding: " + admission.consentedOnly());
        out.println("co-decided: " + admission.professionalDeciders());
        for (Request r : s.requests()) {
            out.println("later request " + r.id() + ": " + r.from() + " asks " + r.to() + " to "
                    + r.kind().name().toLowerCase(java.util.Locale.ROOT)
                    + (r.kind().asksForExecution() ? " (execution, not a say)" : ""));
        }
        s.handovers().forEach(h -> out.println("handover " + h.id() + ": " + h.from() + " -> " + h.to()));
    }
}
