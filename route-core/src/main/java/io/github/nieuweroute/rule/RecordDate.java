package io.github.nieuweroute.rule;

import io.github.nieuweroute.model.Decision;
import io.github.nieuweroute.model.Evaluation;
import io.github.nieuweroute.model.Exchange;
import io.github.nieuweroute.model.Handover;
import io.github.nieuweroute.model.Initiative;
import io.github.nieuweroute.model.Outcome;
import io.github.nieuweroute.model.OutcomeAssessment;
import io.github.nieuweroute.model.Plan;
import io.github.nieuweroute.model.PlanMeeting;
import io.github.nieuweroute.model.Question;
import io.github.nieuweroute.model.Request;
import io.github.nieuweroute.model.SafetyFrame;
import io.github.nieuweroute.model.Situation;
import java.time.LocalDate;
import java.util.Optional;

/**
 * The date a record speaks for (nl: peildatum): the latest date of anything that happened in it, so that a check is
 * the same whenever it runs. The clock is never read: a record checked today and next year gives the same report.
 * The dates counted are those of meetings, decisions, evaluations, requests, handovers, questions, exchanges,
 * initiatives (and their take-overs), safety frames and outcome assessments; a plan's review date is a plan, not
 * something that happened, and is not counted (nor is the contract period of an offer). Linear in the size of the situation; computed only when a plan has a review date.
 */
final class RecordDate {

    private final Situation situation;
    private LocalDate latest;
    private boolean computed;

    private RecordDate(Situation situation) {
        this.situation = situation;
    }

    static RecordDate of(Situation situation) {
        return new RecordDate(situation);
    }

    /**
     * Tells whether the plan is due for its joint review: it has no review date, or its review date is on or before
     * the record's date.
     */
    boolean isDue(Plan plan) {
        if (plan.reviewDate().isEmpty()) {
            return true;
        }
        Optional<LocalDate> asOf = latest();
        return asOf.isPresent() && !plan.reviewDate().get().isAfter(asOf.get());
    }

    /** @return the latest date recorded, empty if the record has none */
    Optional<LocalDate> latest() {
        if (!computed) {
            computed = true;
            for (PlanMeeting m : situation.meetings()) {
                later(m.date());
            }
            for (Decision d : situation.decisions()) {
                later(d.date());
            }
            for (Evaluation e : situation.evaluations()) {
                later(e.date());
            }
            for (Request r : situation.requests()) {
                later(r.date());
            }
            for (Handover h : situation.handovers()) {
                later(h.date());
            }
            for (Question q : situation.questions()) {
                q.date().ifPresent(this::later);
            }
            for (Exchange e : situation.exchanges()) {
                e.date().ifPresent(this::later);
            }
            for (Initiative i : situation.initiatives()) {
                i.date().ifPresent(this::later);
                i.takenOverOn().ifPresent(this::later);
            }
            for (SafetyFrame f : situation.safetyFrames()) {
                f.date().ifPresent(this::later);
            }
            for (Outcome o : situation.outcomes()) {
                for (OutcomeAssessment a : o.assessments()) {
                    later(a.date());
                }
            }
        }
        return Optional.ofNullable(latest);
    }

    private void later(LocalDate date) {
        if (latest == null || date.isAfter(latest)) {
            latest = date;
        }
    }
}
