package io.github.nieuweroute.rule;

import io.github.nieuweroute.model.Decision;
import io.github.nieuweroute.model.ParticipationLevel;
import io.github.nieuweroute.model.Situation;
import io.github.nieuweroute.model.Sphere;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Sphere tests shared by the rules. Participants of unknown sphere count for no side. The tests on a decision's
 * deciders read its participation directly instead of {@link Decision#deciders()}, which builds a new set per call.
 */
final class Spheres {

    private Spheres() {}

    /** The focus person and the lifeworld: the side whose own say the Nieuwe Route is about. */
    static boolean ownSide(Sphere sphere) {
        return sphere == Sphere.FOCUS_PERSON || sphere == Sphere.LIFEWORLD;
    }

    static boolean anyOwnSide(Situation situation, Iterable<String> ids) {
        for (String id : ids) {
            if (ownSide(situation.sphereOf(id))) {
                return true;
            }
        }
        return false;
    }

    static boolean allProfessional(Situation situation, Iterable<String> ids) {
        for (String id : ids) {
            if (situation.sphereOf(id) != Sphere.SYSTEM_WORLD) {
                return false;
            }
        }
        return true;
    }

    /** Whether someone of the focus person or lifeworld co-decided the decision. */
    static boolean ownSideDecided(Situation situation, Decision d) {
        for (Map.Entry<String, ParticipationLevel> e : d.participation().entrySet()) {
            if (e.getValue().isDeciding() && ownSide(situation.sphereOf(e.getKey()))) {
                return true;
            }
        }
        return false;
    }

    /** Whether the decision has deciders and every one of them is a professional. */
    static boolean decidedByProfessionalsAlone(Situation situation, Decision d) {
        boolean any = false;
        for (Map.Entry<String, ParticipationLevel> e : d.participation().entrySet()) {
            if (e.getValue().isDeciding()) {
                if (situation.sphereOf(e.getKey()) != Sphere.SYSTEM_WORLD) {
                    return false;
                }
                any = true;
            }
        }
        return any;
    }

    /** Whether anyone co-decided the decision. */
    static boolean anyDecider(Decision d) {
        for (ParticipationLevel level : d.participation().values()) {
            if (level.isDeciding()) {
                return true;
            }
        }
        return false;
    }

    /** The ids of those who co-decided, as {@link Decision#deciders()} but as a list, for evidence and counts. */
    static List<String> deciders(Decision d) {
        List<String> deciders = new ArrayList<>();
        for (Map.Entry<String, ParticipationLevel> e : d.participation().entrySet()) {
            if (e.getValue().isDeciding()) {
                deciders.add(e.getKey());
            }
        }
        return deciders;
    }
}
