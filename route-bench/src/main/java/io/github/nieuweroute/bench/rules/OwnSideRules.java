package io.github.nieuweroute.bench.rules;

import io.github.nieuweroute.model.Decision;
import io.github.nieuweroute.model.IndexList;
import io.github.nieuweroute.model.ParticipationLevel;
import io.github.nieuweroute.model.SafetyFrame;
import io.github.nieuweroute.model.Situation;
import io.github.nieuweroute.model.SituationIndex;
import io.github.nieuweroute.model.Sphere;
import io.github.nieuweroute.rule.Checkability;
import io.github.nieuweroute.rule.Evidence;
import io.github.nieuweroute.rule.Exemption;
import io.github.nieuweroute.rule.ExemptionBasis;
import io.github.nieuweroute.rule.Rule;
import io.github.nieuweroute.rule.RuleResult;
import io.github.nieuweroute.rule.Severity;
import io.github.nieuweroute.rule.Violation;
import io.github.nieuweroute.source.Grounding;
import io.github.nieuweroute.source.Provenance;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Map.Entry;

/**
 * A caller's own rule, made with {@link Rule#of}, that does what the standard R-02 ("Samenbesluiten") does: every
 * decision needs a focus person and someone of the lifeworld among those who co-decided, unless a safety frame covers
 * it. Written twice, as a caller would: once reading the situation's {@link SituationIndex}, the supported fast way,
 * and once looking every reference up by id. {@code CustomRuleBenchmark} runs both beside the standard rule; a test
 * shows that all three find the same.
 */
public final class OwnSideRules {

    private static final Provenance PROVENANCE = Provenance.of(Grounding.DEFINED, "000_003bca9ac70bd78f.txt:167");

    private OwnSideRules() {}

    /** @return the rule that reads the index */
    public static Rule readingTheIndex() {
        return Rule.of("OWN-02", "Samen besloten (eigen regel)", "Decided together (own rule)", PROVENANCE,
                Checkability.DIRECT, OwnSideRules::checkByIndex);
    }

    /** @return the rule that looks references up by id */
    public static Rule lookingUpIds() {
        return Rule.of("OWN-02", "Samen besloten (eigen regel)", "Decided together (own rule)", PROVENANCE,
                Checkability.DIRECT, OwnSideRules::checkById);
    }

    private static RuleResult checkByIndex(Situation situation) {
        SituationIndex index = situation.index();
        Findings findings = new Findings(situation);
        for (int d = 0; d < index.decisionCount(); d++) {
            IndexList participants = index.decisionParticipants(d);
            boolean focus = false;
            boolean lifeworld = false;
            for (int i = 0; i < participants.size(); i++) {
                if (index.coDecided(d, i)) {
                    Sphere sphere = index.sphere(participants.get(i));
                    focus |= sphere == Sphere.FOCUS_PERSON;
                    lifeworld |= sphere == Sphere.LIFEWORLD;
                }
            }
            findings.record(situation.decisions().get(d), focus, lifeworld);
        }
        return findings.result();
    }

    private static RuleResult checkById(Situation situation) {
        Findings findings = new Findings(situation);
        for (Decision decision : situation.decisions()) {
            boolean focus = false;
            boolean lifeworld = false;
            for (Entry<String, ParticipationLevel> e : decision.participation().entrySet()) {
                if (e.getValue().isDeciding()) {
                    Sphere sphere = situation.sphereOf(e.getKey());
                    focus |= sphere == Sphere.FOCUS_PERSON;
                    lifeworld |= sphere == Sphere.LIFEWORLD;
                }
            }
            findings.record(decision, focus, lifeworld);
        }
        return findings.result();
    }

    /** What both versions find, recorded the same way. */
    private static final class Findings {
        private final List<Violation> violations = new ArrayList<>();
        private final List<Exemption> exemptions = new ArrayList<>();
        private final Map<String, String> frameOf = new HashMap<>();
        private final List<String> focusIds = new ArrayList<>();

        Findings(Situation situation) {
            for (SafetyFrame f : situation.safetyFrames()) {
                for (String covered : f.coveredIds()) {
                    frameOf.merge(covered, f.id(), (a, b) -> a.compareTo(b) <= 0 ? a : b);
                }
            }
            situation.focusPersons().forEach(p -> focusIds.add(p.id()));
        }

        void record(Decision decision, boolean focus, boolean lifeworld) {
            if (!focus) {
                add(decision, Evidence.builder().decision(decision.id()).participants(focusIds),
                        "OWN-02.no-focus-person-co-decided");
            }
            if (!lifeworld) {
                add(decision, Evidence.builder().decision(decision.id()), "OWN-02.no-lifeworld-co-decided");
            }
        }

        private void add(Decision decision, Evidence.Builder evidence, String key) {
            String frame = frameOf.get(decision.id());
            if (frame != null) {
                exemptions.add(Exemption.of("OWN-02", ExemptionBasis.SAFETY_FRAME,
                        evidence.safetyFrame(frame).build(), key, decision.id()));
            } else {
                violations.add(Violation.of("OWN-02", Severity.ERROR, evidence.build(), key, decision.id()));
            }
        }

        RuleResult result() {
            return RuleResult.of(violations, exemptions);
        }
    }
}
