package io.github.nieuweroute.rule;

import io.github.nieuweroute.model.IndexList;
import io.github.nieuweroute.model.SituationIndex;
import io.github.nieuweroute.model.Agreement;
import io.github.nieuweroute.model.Decision;
import io.github.nieuweroute.model.FacilitatorRole;
import io.github.nieuweroute.model.Offer;
import io.github.nieuweroute.model.PlanMeeting;
import io.github.nieuweroute.model.Situation;
import io.github.nieuweroute.source.Grounding;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;

/**
 * R-07, the facilitator is independent and stays out of the content. See
 * {@link StandardRules#INDEPENDENT_FACILITATOR}. Independence is derived from the record where it holds the facts
 * (the facilitator's employer carries out agreements); the recorded {@link FacilitatorRole} is the fallback. An
 * employer that pays for agreements (the {@link Offer#funder()}) but carries none out gives a warning, as reading a
 * funder as not independent is our interpretation.
 */
final class FacilitatorRule extends StandardRule {

    FacilitatorRule() {
        super("R-07", Checkability.DIRECT, Grounding.DEFINED, "000_003bca9ac70bd78f.txt:266",
                "004_5944939a3c113dbb.txt:4439-4441", "000_003bca9ac70bd78f.txt:179-182");
    }

    @Override
    public RuleResult check(Situation situation) {
        SituationIndex index = situation.index();
        List<PlanMeeting> meetings = situation.meetings();
        boolean[] facilitates = null;
        for (int m = 0; m < meetings.size(); m++) {
            if (index.facilitator(m) >= 0) {
                if (facilitates == null) {
                    facilitates = new boolean[index.participantCount()];
                }
                facilitates[index.facilitator(m)] = true;
            }
        }
        if (facilitates == null) {
            return RuleResult.empty();
        }
        // one pass over the performers: what each facilitator carries out, and what their employers carry out (by
        // someone else of the organisation: a performer with that employer, or the organisation as a participant)
        Map<Integer, TreeSet<String>> performs = new HashMap<>();
        Map<String, TreeSet<String>> byEmployer = employersOf(index, facilitates);
        // what the facilitators' employers pay for: the funder recorded on an agreement's offer
        Map<String, TreeSet<String>> funds = new HashMap<>();
        List<Agreement> agreements = situation.agreements();
        for (int a = 0; a < agreements.size(); a++) {
            IndexList performers = index.performers(a);
            String agreement = agreements.get(a).id();
            Optional<String> funder = agreements.get(a).offer().flatMap(Offer::funder);
            if (funder.isPresent() && byEmployer.containsKey(funder.get())) {
                funds.computeIfAbsent(funder.get(), k -> new TreeSet<>()).add(agreement);
            }
            for (int i = 0; i < performers.size(); i++) {
                int p = performers.get(i);
                if (facilitates[p]) {
                    performs.computeIfAbsent(p, k -> new TreeSet<>()).add(agreement);
                } else if (!byEmployer.isEmpty()) {
                    addIfEmployer(byEmployer, index.participantId(p), agreement);
                    Optional<String> employer = index.participant(p).employer();
                    if (employer.isPresent()) {
                        addIfEmployer(byEmployer, employer.get(), agreement);
                    }
                }
            }
        }
        byEmployer.values().removeIf(java.util.Objects::isNull);
        List<Decision> decisions = situation.decisions();
        List<Violation> violations = new ArrayList<>();
        for (int m = 0; m < meetings.size(); m++) {
            int position = index.facilitator(m);
            if (position < 0) {
                continue;
            }
            PlanMeeting meeting = meetings.get(m);
            String f = index.participantId(position);
            Optional<String> employer = index.participant(position).employer();
            TreeSet<String> employerPerforms = employer.isPresent() ? byEmployer.get(employer.get()) : null;
            if (employerPerforms != null) {
                // derived from the record: it outweighs the recorded role, whichever it is
                violations.add(byEmployer(Severity.ERROR, "employer-performs", meeting, f, employer.get(),
                        employerPerforms));
            } else if (index.participant(position).facilitator()
                    .equals(Optional.of(FacilitatorRole.NOT_INDEPENDENT))) {
                violations.add(violation(Severity.ERROR, Evidence.builder().meeting(meeting.id()).participant(f),
                        "not-independent", meeting.id(), f));
            } else if (employer.isPresent() && funds.containsKey(employer.get())) {
                // derived too, but from a reading of our own (the sources name no funder): a warning
                violations.add(byEmployer(Severity.WARNING, "employer-funds", meeting, f, employer.get(),
                        funds.get(employer.get())));
            }
            TreeSet<String> performed = performs.get(position);
            if (performed != null) {
                Evidence.Builder evidence = Evidence.builder().meeting(meeting.id()).participant(f);
                performed.stream().limit(EVIDENCE_CAP).forEach(evidence::agreement);
                violations.add(violation(Severity.ERROR, evidence, "facilitator-performs", meeting.id(), f,
                        performed.size()));
            }
            IndexList taken = index.decisionsOf(m);
            for (int i = 0; i < taken.size(); i++) {
                int d = taken.get(i);
                if (coDecided(index, d, position)) {
                    violations.add(violation(Severity.WARNING,
                            Evidence.builder().meeting(meeting.id()).participant(f).decision(decisions.get(d).id()),
                            "facilitator-co-decided", meeting.id(), f, decisions.get(d).id()));
                }
            }
        }
        return RuleResult.of(violations);
    }

    /** A finding on what the facilitator's employer does: the meeting, the facilitator and the first agreements. */
    private Violation byEmployer(Severity severity, String key, PlanMeeting meeting, String facilitator,
            String employer, TreeSet<String> agreements) {
        Evidence.Builder evidence = Evidence.builder().meeting(meeting.id()).participant(facilitator);
        agreements.stream().limit(EVIDENCE_CAP).forEach(evidence::agreement);
        return violation(severity, evidence, key, meeting.id(), facilitator, employer, agreements.size(),
                agreements.first());
    }

    /** Returns the employers of the facilitators, each mapped to null until one of its agreements is found. */
    private static Map<String, TreeSet<String>> employersOf(SituationIndex index, boolean[] facilitates) {
        Map<String, TreeSet<String>> byEmployer = new HashMap<>();
        for (int p = 0; p < facilitates.length; p++) {
            if (facilitates[p]) {
                index.participant(p).employer().ifPresent(e -> byEmployer.put(e, null));
            }
        }
        return byEmployer;
    }

    private static void addIfEmployer(Map<String, TreeSet<String>> byEmployer, String organisation, String agreement) {
        if (byEmployer.containsKey(organisation)) {
            byEmployer.computeIfAbsent(organisation, k -> new TreeSet<>()).add(agreement);
        }
    }

    private static boolean coDecided(SituationIndex index, int d, int position) {
        IndexList participants = index.decisionParticipants(d);
        for (int i = 0; i < participants.size(); i++) {
            if (participants.get(i) == position) {
                return index.coDecided(d, i);
            }
        }
        return false;
    }
}
