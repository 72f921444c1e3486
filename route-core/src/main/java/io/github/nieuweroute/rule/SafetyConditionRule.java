package io.github.nieuweroute.rule;

import io.github.nieuweroute.model.Agreement;
import io.github.nieuweroute.model.Decision;
import io.github.nieuweroute.model.IndexList;
import io.github.nieuweroute.model.ParticipationLevel;
import io.github.nieuweroute.model.SafetyCondition;
import io.github.nieuweroute.model.SafetyConditionKind;
import io.github.nieuweroute.model.SafetyFrame;
import io.github.nieuweroute.model.Situation;
import io.github.nieuweroute.model.SituationIndex;
import io.github.nieuweroute.source.Grounding;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * R-27, the conditions of a safety frame are kept. See {@link StandardRules#SAFETY_FRAME_KEPT}.
 *
 * <p>A breach is never exempted by the frame's coverage: coverage says where a frame overrides the ownership rules,
 * and a frame does not override itself.
 */
final class SafetyConditionRule extends StandardRule {

    SafetyConditionRule() {
        super("R-27", Checkability.DIRECT, Grounding.DEFINED, "000_003bca9ac70bd78f.txt:266",
                "004_5944939a3c113dbb.txt:2937-2942");
    }

    /** A condition with its frame and the positions of the participants it names. */
    private static final class Held {
        final SafetyFrame frame;
        final SafetyCondition condition;
        final Set<Integer> persons = new HashSet<>();
        final Set<Integer> supervisors = new HashSet<>();

        Held(SafetyFrame frame, SafetyCondition condition, SituationIndex index) {
            this.frame = frame;
            this.condition = condition;
            condition.persons().forEach(id -> persons.add(index.position(id)));
            condition.supervisors().forEach(id -> supervisors.add(index.position(id)));
        }
    }

    @Override
    public RuleResult check(Situation situation) {
        SituationIndex index = situation.index();
        Map<Integer, List<Held>> contact = new HashMap<>();
        Map<Integer, List<Held>> deciding = new HashMap<>();
        for (SafetyFrame f : situation.safetyFrames()) {
            for (SafetyCondition c : f.conditions()) {
                Map<Integer, List<Held>> bySubject = c.kind() == SafetyConditionKind.DECIDED_WITH_FRAME_OWNER
                        ? deciding : contact;
                bySubject.computeIfAbsent(index.position(c.subject()), k -> new ArrayList<>())
                        .add(new Held(f, c, index));
            }
        }
        if (contact.isEmpty() && deciding.isEmpty()) {
            return RuleResult.empty();
        }
        List<Violation> violations = new ArrayList<>();
        if (!contact.isEmpty()) {
            checkContact(situation, index, contact, violations);
        }
        if (!deciding.isEmpty()) {
            checkDecisions(situation, index, deciding, violations);
        }
        return RuleResult.of(violations);
    }

    /** Every agreement a subject performs, against the subject's conditions on contact. */
    private void checkContact(Situation situation, SituationIndex index, Map<Integer, List<Held>> contact,
            List<Violation> violations) {
        List<Agreement> agreements = situation.agreements();
        for (int a = 0; a < agreements.size(); a++) {
            IndexList performers = index.performers(a);
            for (int i = 0; i < performers.size(); i++) {
                List<Held> held = contact.get(performers.get(i));
                if (held != null) {
                    for (Held h : held) {
                        contactBreach(agreements.get(a).id(), performers, performers.get(i), h, index, violations);
                    }
                }
            }
        }
    }

    private void contactBreach(String agreement, IndexList performers, int subject, Held h, SituationIndex index,
            List<Violation> violations) {
        TreeSet<String> persons = new TreeSet<>();
        boolean supervised = false;
        boolean company = false;
        for (int i = 0; i < performers.size(); i++) {
            int p = performers.get(i);
            if (h.persons.contains(p)) {
                persons.add(index.participantId(p));
            } else if (p != subject) {
                company = true;
                supervised |= h.supervisors.contains(p);
            }
        }
        if (persons.isEmpty()) {
            return;
        }
        boolean alone = h.condition.kind() == SafetyConditionKind.NOT_ALONE_WITH;
        if (alone ? company : supervised) {
            return;
        }
        String subjectId = index.participantId(subject);
        Evidence.Builder evidence = Evidence.builder().agreement(agreement).safetyFrame(h.frame.id())
                .participant(subjectId).participants(EvidenceIds.first(persons));
        violations.add(violation(Severity.ERROR, evidence, alone ? "alone-with" : "unsupervised-contact", agreement,
                subjectId, persons.first(), persons.size(), h.frame.id(), h.frame.setBy()));
    }

    /**
     * Every decision that concerns a subject (makes an agreement the subject performs, or records the subject's
     * wish), against the subject's conditions on deciding. A decision dated before the frame is not judged by it.
     */
    private void checkDecisions(Situation situation, SituationIndex index, Map<Integer, List<Held>> deciding,
            List<Violation> violations) {
        List<Decision> decisions = situation.decisions();
        Set<Integer> concerned = new HashSet<>();
        for (int d = 0; d < decisions.size(); d++) {
            concerned.clear();
            IndexList made = index.agreementsOf(d);
            for (int k = 0; k < made.size(); k++) {
                addSubjects(index.performers(made.get(k)), deciding, concerned);
            }
            addSubjects(index.wishHolders(d), deciding, concerned);
            Decision decision = decisions.get(d);
            for (int subject : concerned) {
                for (Held h : deciding.get(subject)) {
                    if (h.frame.date().isPresent() && decision.date().isBefore(h.frame.date().get())) {
                        continue;
                    }
                    ParticipationLevel owner = decision.participation().getOrDefault(h.frame.setBy(),
                            ParticipationLevel.NONE);
                    if (!owner.isAtLeast(ParticipationLevel.CONSENTED)) {
                        String subjectId = index.participantId(subject);
                        violations.add(violation(Severity.ERROR, Evidence.builder().decision(decision.id())
                                .safetyFrame(h.frame.id()).participant(subjectId).participant(h.frame.setBy()),
                                "decided-without-frame-owner", decision.id(), subjectId, h.frame.id(),
                                h.frame.setBy(), owner));
                    }
                }
            }
        }
    }

    private static void addSubjects(IndexList positions, Map<Integer, List<Held>> deciding, Set<Integer> concerned) {
        for (int i = 0; i < positions.size(); i++) {
            if (deciding.containsKey(positions.get(i))) {
                concerned.add(positions.get(i));
            }
        }
    }
}
