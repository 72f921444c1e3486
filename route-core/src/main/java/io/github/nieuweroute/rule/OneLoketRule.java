package io.github.nieuweroute.rule;

import io.github.nieuweroute.model.Household;
import io.github.nieuweroute.model.Question;
import io.github.nieuweroute.model.Situation;
import io.github.nieuweroute.source.Grounding;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** R-16, one loket for a household's related questions. See {@link StandardRules#ONE_LOKET_FOR_A_HOUSEHOLD}. */
final class OneLoketRule extends StandardRule {

    OneLoketRule() {
        super("R-16", Checkability.DIRECT, Grounding.OTHER_SOURCE, "004_5944939a3c113dbb.txt:4283-4290",
                "004_5944939a3c113dbb.txt:4328", "004_5944939a3c113dbb.txt:4368-4369");
    }

    @Override
    public RuleResult check(Situation situation) {
        List<Violation> violations = new ArrayList<>();
        List<Exemption> exemptions = new ArrayList<>();
        // the households each participant belongs to; a person may belong to more than one
        Map<String, List<Integer>> householdsOf = new HashMap<>();
        List<Household> households = situation.households();
        for (int h = 0; h < households.size(); h++) {
            for (String member : households.get(h).members()) {
                householdsOf.computeIfAbsent(member, m -> new ArrayList<>(1)).add(h);
            }
        }
        Applied[] applied = new Applied[households.size()];
        for (Question q : situation.questions()) {
            if (q.loket().isEmpty()) {
                continue;
            }
            Set<Integer> reached = new HashSet<>();
            for (String person : q.about()) {
                reached.addAll(householdsOf.getOrDefault(person, List.of()));
            }
            for (int h : reached) {
                if (applied[h] == null) {
                    applied[h] = new Applied();
                }
                applied[h].lokets.add(q.loket().get());
                applied[h].questions.add(q.id());
            }
        }
        SafetyCover cover = SafetyCover.of(situation);
        for (int h = 0; h < applied.length; h++) {
            Applied a = applied[h];
            if (a == null || a.lokets.size() < 2) {
                continue;
            }
            Household household = households.get(h);
            Evidence.Builder evidence = Evidence.builder().participants(EvidenceIds.first(household.members()));
            for (String q : EvidenceIds.first(a.questions)) {
                evidence.add(EvidenceKind.QUESTION, q);
            }
            violationOrExemption(violations, exemptions, frame(cover, a.questions), Severity.WARNING, evidence,
                    "several-loketten", household.id(), a.lokets.size(), a.questions.size());
        }
        return RuleResult.of(violations, exemptions);
    }

    /** The loketten and questions of one household's members. */
    private static final class Applied {
        final Set<String> lokets = new HashSet<>();
        final Set<String> questions = new HashSet<>();
    }

    /** The frame covering one of the questions, the smallest question id first, so record order does not matter. */
    private static Optional<String> frame(SafetyCover cover, Set<String> questions) {
        return questions.stream().sorted().map(cover::frameCovering).flatMap(Optional::stream).findFirst();
    }
}
