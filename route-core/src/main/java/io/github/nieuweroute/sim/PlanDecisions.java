package io.github.nieuweroute.sim;

import io.github.nieuweroute.route.Route;
import java.time.LocalDate;
import java.util.concurrent.atomic.AtomicReferenceArray;

/**
 * The plan decisions of one run. A simulated case's plan decision is fully determined by the route it is meant for,
 * whether its network takes part, and the week it is made in; with reuse on, each such decision is built, classified
 * by the real classifier and checked by the real rules the first time a case makes it, and the immutable result is
 * shared by every other case that makes the same decision in the same week. With reuse off, every decision is built
 * anew. The results are the same either way (a test proves it); reuse only saves the building (docs/benchmarks.md).
 * Thread-safe.
 */
final class PlanDecisions {

    private static final int SHAPES = 6;

    private final LocalDate start;
    private final int weeks;
    private final AtomicReferenceArray<PlanDecision> made;

    PlanDecisions(LocalDate start, int weeks, boolean reuse) {
        this.start = start;
        this.weeks = weeks;
        this.made = reuse ? new AtomicReferenceArray<>(SHAPES * weeks) : null;
    }

    PlanDecision at(Route intended, boolean networkTakesPart, int week) {
        if (made == null) {
            return PlanDecision.make(intended, networkTakesPart, start.plusWeeks(week));
        }
        int i = (intended.ordinal() * 2 + (networkTakesPart ? 1 : 0)) * weeks + week;
        PlanDecision decision = made.get(i);
        if (decision == null) {
            // two threads may build the same decision at once; both copies are equal, one is kept
            made.compareAndSet(i, null, PlanDecision.make(intended, networkTakesPart, start.plusWeeks(week)));
            decision = made.get(i);
        }
        return decision;
    }
}
