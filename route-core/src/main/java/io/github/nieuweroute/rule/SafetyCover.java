package io.github.nieuweroute.rule;

import io.github.nieuweroute.model.Agreement;
import io.github.nieuweroute.model.Plan;
import io.github.nieuweroute.model.SafetyFrame;
import io.github.nieuweroute.model.Situation;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Which safety frame covers which decision, agreement or information item (rule R-20: a safety frame overrides the
 * ownership and sharing rules where it applies). Built in time linear in the frames' sizes.
 */
final class SafetyCover {

    /** Covered id to the smallest id of a frame covering it, so that the choice does not depend on record order. */
    private final Map<String, String> frameOf = new HashMap<>();

    private SafetyCover(Situation situation) {
        for (SafetyFrame f : situation.safetyFrames()) {
            for (String covered : f.coveredIds()) {
                frameOf.merge(covered, f.id(), (a, b) -> a.compareTo(b) <= 0 ? a : b);
            }
        }
    }

    static SafetyCover of(Situation situation) {
        return new SafetyCover(situation);
    }

    /**
     * Returns the frame covering the first of the given ids that is covered.
     *
     * @param ids ids of decisions, agreements or information items, most specific first
     * @return the frame's id, empty if none covers any
     */
    Optional<String> frameCovering(String... ids) {
        for (String id : ids) {
            String frame = frameOf.get(id);
            if (frame != null) {
                return Optional.of(frame);
            }
        }
        return Optional.empty();
    }

    /**
     * Returns the frame covering one of a plan's agreements or their decisions, the first found in the plan's order:
     * safety outranks what is judged of the plan as a whole.
     *
     * @param plan the plan
     * @return the frame's id, empty if none covers any
     */
    Optional<String> frameCoveringPlan(Plan plan) {
        for (Agreement a : plan.agreements()) {
            Optional<String> frame = frameCovering(a.id(), a.decision());
            if (frame.isPresent()) {
                return frame;
            }
        }
        return Optional.empty();
    }
}
