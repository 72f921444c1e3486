package io.github.nieuweroute.model;

import io.github.nieuweroute.internal.IdTable;
import java.util.List;

/**
 * A situation's participants by id, built once per situation on first use: the index behind
 * {@link Situation#participant(String)} and {@link Situation#sphereOf(String)}, which the rules and the route
 * classifier call for nearly every reference they read. An {@link IdTable} numbers the ids; the participants and
 * their spheres are kept in arrays by number, the spheres as one byte each, so that a sphere lookup reads the table
 * and a small array rather than a hash map's entry node and the participant itself. For 100,000 participants it holds
 * about 2.9 MB (the hash map it replaces held about 4.2 MB).
 *
 * <p>Immutable once built, and thread-safe when published through a final or lazily initialised field of the
 * situation.
 */
final class ParticipantIndex {

    private static final Sphere[] SPHERES = Sphere.values();

    private final IdTable ids;
    private final Participant[] participants;
    private final byte[] spheres;

    ParticipantIndex(List<Participant> list) {
        this.ids = new IdTable(list.size());
        this.participants = new Participant[list.size()];
        this.spheres = new byte[list.size()];
        for (Participant p : list) {
            // ids are unique in a valid situation; were one repeated, the last would win, as in a map
            int k = ids.add(p.id());
            participants[k] = p;
            spheres[k] = (byte) p.sphere().ordinal();
        }
    }

    /** @return the participant with that id, null if none */
    Participant get(String id) {
        int k = ids.find(id);
        return k < 0 ? null : participants[k];
    }

    /** @return the sphere of the participant with that id, {@link Sphere#UNKNOWN} if none */
    Sphere sphereOf(String id) {
        int k = ids.find(id);
        return k < 0 ? Sphere.UNKNOWN : SPHERES[spheres[k]];
    }
}
