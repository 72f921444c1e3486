package io.github.nieuweroute.model;

import io.github.nieuweroute.model.ModelValidationException.Problem;
import java.util.Collection;

/**
 * Checks the participant references of the concepts added with format version 2: the owners of questions and plans,
 * who holds and who conveyed a wish, and who gave a reason for a decision. Called by {@link Situation} after the
 * structural validation, through the situation's public lookups; linear in the number of references.
 */
final class ConceptReferences {

    private ConceptReferences() {}

    static void check(Situation situation) {
        for (Question q : situation.questions()) {
            participants(situation, "Question", q.id(), "owners", q.owners());
        }
        for (Decision d : situation.decisions()) {
            for (Wish w : d.wishes()) {
                participant(situation, "Decision", d.id(), "wishes.holder", w.holder());
                participant(situation, "Decision", d.id(), "wishes.conveyedBy", w.conveyedBy());
            }
            for (Reason r : d.reasons()) {
                participant(situation, "Decision", d.id(), "reasons.givenBy", r.givenBy());
            }
        }
        for (Plan p : situation.plans()) {
            participants(situation, "Plan", p.id(), "owners", p.owners());
        }
    }

    private static void participants(Situation situation, String type, String id, String field,
            Collection<String> references) {
        for (String reference : references) {
            participant(situation, type, id, field, reference);
        }
    }

    private static void participant(Situation situation, String type, String id, String field, String reference) {
        if (situation.participant(reference).isEmpty()) {
            throw new ModelValidationException(type, id, field, Problem.UNRESOLVED_REFERENCE,
                    "refers to '" + reference + "', which is no participant of this situation");
        }
    }
}
