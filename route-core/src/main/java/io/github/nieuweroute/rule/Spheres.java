package io.github.nieuweroute.rule;

import io.github.nieuweroute.model.Situation;
import io.github.nieuweroute.model.Sphere;

/** Sphere tests shared by the rules. Participants of unknown sphere count for no side. */
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
}
