package io.github.nieuweroute.rule;

import io.github.nieuweroute.model.IndexList;
import io.github.nieuweroute.model.SituationIndex;
import io.github.nieuweroute.model.Decision;
import io.github.nieuweroute.model.Initiative;
import io.github.nieuweroute.model.Situation;
import io.github.nieuweroute.model.Sphere;
import io.github.nieuweroute.source.Grounding;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * R-05, factor 12 "Herhaling en niet overnemen", the part on not taking over. See
 * {@link StandardRules#NOT_TAKING_OVER}.
 */
final class NoTakeOverRule extends StandardRule {

    NoTakeOverRule() {
        super("R-05", Checkability.DIRECT, Grounding.TITLE_ONLY, "000_003bca9ac70bd78f.txt:170",
                "001_efdc3dbc7d93ff68.txt:41", "001_efdc3dbc7d93ff68.txt:51", "004_5944939a3c113dbb.txt:3973");
    }

    @Override
    public RuleResult check(Situation situation) {
        List<Violation> violations = new ArrayList<>();
        List<Exemption> exemptions = new ArrayList<>();
        for (Initiative i : situation.initiatives()) {
            Sphere owner = situation.sphereOf(i.owner());
            if (i.takenOverBy().isPresent() && Spheres.ownSide(owner)
                    && situation.sphereOf(i.takenOverBy().get()) == Sphere.SYSTEM_WORLD) {
                violations.add(violation(Severity.ERROR, Evidence.builder().add(EvidenceKind.INITIATIVE, i.id())
                        .participant(i.owner()).participant(i.takenOverBy().get()), "initiative-taken-over", i.id(),
                        i.owner(), i.takenOverBy().get()));
            }
        }
        SituationIndex index = situation.index();
        List<Decision> decisions = situation.decisions();
        LocalDate firstJoint = null;
        for (int k = 0; k < decisions.size(); k++) {
            LocalDate date = decisions.get(k).date();
            if ((firstJoint == null || date.isBefore(firstJoint)) && Spheres.ownSideDecided(index, k)) {
                firstJoint = date;
            }
        }
        if (firstJoint == null) {
            return RuleResult.of(violations, exemptions);
        }
        SafetyCover cover = SafetyCover.of(situation);
        for (int k = 0; k < decisions.size(); k++) {
            Decision d = decisions.get(k);
            if (!d.date().isAfter(firstJoint) || !Spheres.decidedByProfessionalsAlone(index, k)) {
                continue;
            }
            Evidence.Builder evidence = Evidence.builder().decision(d.id())
                    .participants(Spheres.deciders(index, k));
            Optional<String> frame = cover.frameCovering(d.id());
            if (frame.isPresent()) {
                exemptions.add(exemption(ExemptionBasis.SAFETY_FRAME, evidence.safetyFrame(frame.get()),
                        "professionals-decided-alone-later", d.id(), firstJoint));
            } else {
                violations.add(violation(Severity.ERROR, evidence, "professionals-decided-alone-later", d.id(),
                        firstJoint));
            }
        }
        return RuleResult.of(violations, exemptions);
    }

}
