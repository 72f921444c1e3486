package io.github.nieuweroute.rule;

import io.github.nieuweroute.model.IndexList;
import io.github.nieuweroute.model.SituationIndex;
import io.github.nieuweroute.model.Situation;
import io.github.nieuweroute.model.Sphere;
import java.util.ArrayList;
import java.util.List;

/**
 * Sphere tests shared by the rules. Participants of unknown sphere count for no side. The tests read references
 * through the situation's {@link SituationIndex}, so that a sphere is one array read rather than a lookup by id.
 */
final class Spheres {

    private Spheres() {}

    /** The focus person and the lifeworld: the side whose own say the Nieuwe Route is about. */
    static boolean ownSide(Sphere sphere) {
        return sphere == Sphere.FOCUS_PERSON || sphere == Sphere.LIFEWORLD;
    }

    /** Whether some of the ids (participants of the situation) are of the focus person or the lifeworld. */
    static boolean anyOwnSide(Situation situation, Iterable<String> ids) {
        for (String id : ids) {
            if (ownSide(situation.sphereOf(id))) {
                return true;
            }
        }
        return false;
    }

    /** Whether every one of the positions is a professional's. */
    static boolean allProfessional(SituationIndex index, IndexList participants) {
        for (int i = 0; i < participants.size(); i++) {
            if (!index.isProfessional(participants.get(i))) {
                return false;
            }
        }
        return true;
    }

    /** Whether someone of the focus person or lifeworld co-decided the decision of that index. */
    static boolean ownSideDecided(SituationIndex index, int d) {
        IndexList participants = index.decisionParticipants(d);
        for (int i = 0; i < participants.size(); i++) {
            if (index.coDecided(d, i) && index.isOwnSide(participants.get(i))) {
                return true;
            }
        }
        return false;
    }

    /** Whether the decision of that index has deciders and every one of them is a professional. */
    static boolean decidedByProfessionalsAlone(SituationIndex index, int d) {
        IndexList participants = index.decisionParticipants(d);
        boolean any = false;
        for (int i = 0; i < participants.size(); i++) {
            if (index.coDecided(d, i)) {
                if (!index.isProfessional(participants.get(i))) {
                    return false;
                }
                any = true;
            }
        }
        return any;
    }

    /** Whether anyone co-decided the decision of that index. */
    static boolean anyDecider(SituationIndex index, int d) {
        for (int i = 0; i < index.decisionParticipants(d).size(); i++) {
            if (index.coDecided(d, i)) {
                return true;
            }
        }
        return false;
    }

    /** The ids of those who co-decided, as {@code Decision.deciders()} but as a list and from index. */
    static List<String> deciders(SituationIndex index, int d) {
        IndexList participants = index.decisionParticipants(d);
        List<String> deciders = new ArrayList<>();
        for (int i = 0; i < participants.size(); i++) {
            if (index.coDecided(d, i)) {
                deciders.add(index.participantId(participants.get(i)));
            }
        }
        return deciders;
    }

    /**
     * Marks the co-deciders of a decision in an array by position: afterwards {@code marks[p] == stamp} exactly for
     * the positions that co-decided it. Stamps let one array serve every decision of a check without clearing it.
     */
    static void markDeciders(SituationIndex index, int d, int[] marks, int stamp) {
        IndexList participants = index.decisionParticipants(d);
        for (int i = 0; i < participants.size(); i++) {
            if (index.coDecided(d, i)) {
                marks[participants.get(i)] = stamp;
            }
        }
    }
}
