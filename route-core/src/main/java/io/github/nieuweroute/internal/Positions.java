package io.github.nieuweroute.internal;

import io.github.nieuweroute.model.Decision;
import io.github.nieuweroute.model.Participant;
import io.github.nieuweroute.model.ParticipationLevel;
import io.github.nieuweroute.model.Situation;
import io.github.nieuweroute.model.Sphere;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;

/**
 * A situation's references to participants, resolved to positions once, when the situation is built: the
 * {@link SituationValidator} looks up every reference anyway to check that it resolves, and keeps what it found here.
 * A participant's position is its index in {@link Situation#participants()}; a record's index is its index in the
 * situation's list of such records ({@link Situation#decisions()}, {@link Situation#agreements()},
 * {@link Situation#meetings()}, {@link Situation#informationItems()}, {@link Situation#exchanges()},
 * {@link Situation#requests()}).
 *
 * <p>Why: the rules and the route classifier read nearly every reference of a situation, most of them more than once.
 * Looked up by id, each reference costs a hash of its string and a comparison with the stored id; in a situation of
 * 100,000 participants these strings lie scattered over tens of megabytes, and every lookup is a few cache misses.
 * Read as positions, the same references are a few small arrays read in order, and a participant's sphere is one byte
 * of an array that fits in the caches.
 *
 * <p>Immutable once the validator has filled it, which happens before the situation is published; other threads reach
 * it through the situation's lazily initialised field, whose initialisation is synchronised, so they see it filled.
 * The arrays handed out are the instances held here: callers never write to them. Within the module only: this package
 * is not exported.
 */
public final class Positions {

    private static final Sphere[] SPHERES = Sphere.values();
    private static final ParticipationLevel[] LEVELS = ParticipationLevel.values();
    /** The shared empty array, for records without references of a kind. */
    static final int[] EMPTY = new int[0];

    /** How the {@code rule} and {@code route} packages reach a situation's positions; set by {@link Situation}. */
    private static volatile Function<Situation, Positions> access;

    // filled by the SituationValidator as it checks the references, before the positions are published
    final IdTable participantIds;
    final Participant[] participants;
    final byte[] spheres;
    /** Per position, the first nine characters of the id packed for comparison; see {@link #idKey(String)}. */
    final long[] idKeys;
    final IdTable decisionIds;
    final int[] decisionMeeting;
    final int[][] decisionParticipants;
    final byte[][] decisionLevels;
    final int[] agreementDecision;
    final int[][] performers;
    final int[] proposer;
    final int[][] attended;
    final int[] facilitator;
    final int[][] holders;
    final int[][] sharedWith;
    final int[] giver;
    final int[] receiver;
    final int[] requestTo;
    /** Made by {@link #complete()} from {@link #agreementDecision} and {@link #decisionMeeting}. */
    private int[][] agreementsOfDecision;
    private int[][] decisionsOfMeeting;
    /** The situation's decisions, which {@link #decisionTimeOrder()} orders. */
    private final List<Decision> decisions;
    /** The decisions' indexes by date, then id; made on first use (a benign race at worst makes it twice). */
    private volatile int[] decisionTimeOrder;

    /** Makes empty positions sized for the situation, for the validator to fill. */
    Positions(Situation s, int agreements) {
        int n = s.participants().size();
        this.participantIds = new IdTable(n);
        this.participants = new Participant[n];
        this.spheres = new byte[n];
        this.idKeys = new long[n];
        this.decisions = s.decisions();
        this.decisionIds = new IdTable(s.decisions().size());
        this.decisionMeeting = new int[s.decisions().size()];
        this.decisionParticipants = new int[s.decisions().size()][];
        this.decisionLevels = new byte[s.decisions().size()][];
        this.agreementDecision = new int[agreements];
        this.performers = new int[agreements][];
        this.proposer = new int[agreements];
        this.attended = new int[s.meetings().size()][];
        this.facilitator = new int[s.meetings().size()];
        this.holders = new int[s.informationItems().size()][];
        this.sharedWith = new int[s.informationItems().size()][];
        this.giver = new int[s.exchanges().size()];
        this.receiver = new int[s.exchanges().size()];
        this.requestTo = new int[s.requests().size()];
    }

    /** Called by the validator when every reference is resolved: derives what follows from them. */
    Positions complete() {
        agreementsOfDecision = groupBy(agreementDecision, decisionParticipants.length);
        decisionsOfMeeting = groupBy(decisionMeeting, attended.length);
        return this;
    }

    /**
     * Lets {@link Situation} tell how its positions are reached; called once, by its static initialiser, and refused
     * from anywhere else (on the class path this package is visible to every caller).
     *
     * @param accessor the situation's accessor, not null
     * @throws IllegalStateException if not called by {@link Situation}, or called twice
     */
    public static synchronized void provide(Function<Situation, Positions> accessor) {
        Objects.requireNonNull(accessor, "accessor");
        Class<?> caller = StackWalker.getInstance(StackWalker.Option.RETAIN_CLASS_REFERENCE).getCallerClass();
        if (caller != Situation.class || access != null) {
            throw new IllegalStateException("the accessor is provided once, by Situation");
        }
        access = accessor;
    }

    /**
     * Returns the positions of a situation.
     *
     * @param situation the situation, not null
     * @return its positions, never null
     */
    public static Positions of(Situation situation) {
        return access.apply(Objects.requireNonNull(situation, "situation"));
    }

    /** @return the number of participants */
    public int size() {
        return participants.length;
    }

    /**
     * Finds a participant's position.
     *
     * @param participantId the id, not null
     * @return the position, -1 if there is no participant with that id
     */
    public int find(String participantId) {
        return participantIds.find(participantId);
    }

    /** @param p a position @return the participant's id */
    public String id(int p) {
        return participantIds.id(p);
    }

    /**
     * Compares two participants' ids, as {@code id(p).compareTo(id(q))}, mostly without reading the ids: their packed
     * first characters decide unless they are equal.
     *
     * @param p a position
     * @param q a position
     * @return negative, zero or positive as p's id is less than, equal to or greater than q's
     */
    public int compareIds(int p, int q) {
        int c = Long.compare(idKeys[p], idKeys[q]);
        return c != 0 ? c : id(p).compareTo(id(q));
    }

    /**
     * Packs the first nine characters of an id into a non-negative long, seven bits each, zero past the end. Ids are
     * ASCII (see {@code Checks.isId}), so where two keys differ, they order as the ids do: the first seven bits that
     * differ are the first character that differs, or the end of the shorter id. Equal keys say nothing.
     *
     * @param id a well-formed id
     * @return the key
     */
    static long idKey(String id) {
        long key = 0;
        for (int i = 0; i < 9; i++) {
            key = key << 7 | (i < id.length() ? id.charAt(i) & 0x7F : 0);
        }
        return key;
    }

    /** @param p a position @return the participant */
    public Participant participant(int p) {
        return participants[p];
    }

    /** @param p a position @return the participant's sphere */
    public Sphere sphere(int p) {
        return SPHERES[spheres[p]];
    }

    /** @param p a position @return whether the participant is a focus person or of the lifeworld */
    public boolean ownSide(int p) {
        return spheres[p] == Sphere.FOCUS_PERSON.ordinal() || spheres[p] == Sphere.LIFEWORLD.ordinal();
    }

    /** @param p a position @return whether the participant is a professional (system world) */
    public boolean professional(int p) {
        return spheres[p] == Sphere.SYSTEM_WORLD.ordinal();
    }

    /**
     * Finds a decision's index.
     *
     * @param decisionId the id, not null
     * @return the index in {@link Situation#decisions()}, -1 if there is no decision with that id
     */
    public int decision(String decisionId) {
        return decisionIds.find(decisionId);
    }

    /** @param d a decision's index @return the positions in its participation map, in the map's order */
    public int[] decisionParticipants(int d) {
        return decisionParticipants[d];
    }

    /**
     * Returns a participation level.
     *
     * @param d a decision's index
     * @param i an index into {@link #decisionParticipants(int)} of that decision
     * @return the level recorded for that participant
     */
    public ParticipationLevel level(int d, int i) {
        return LEVELS[decisionLevels[d][i]];
    }

    /**
     * Tells whether a participation is co-decision ({@link ParticipationLevel#isDeciding()}).
     *
     * @param d a decision's index
     * @param i an index into {@link #decisionParticipants(int)} of that decision
     * @return true if that participant co-decided
     */
    public boolean deciding(int d, int i) {
        return decisionLevels[d][i] == ParticipationLevel.CO_DECIDED.ordinal();
    }

    /** @param d a decision's index @return the index of the meeting it was taken in, -1 if none is recorded */
    public int decisionMeeting(int d) {
        return decisionMeeting[d];
    }

    /**
     * Returns the decisions' indexes in time order: by date, then by id. Made on first use.
     *
     * @return the indexes, never null; callers do not write to it
     */
    public int[] decisionTimeOrder() {
        int[] order = decisionTimeOrder;
        if (order == null) {
            Integer[] boxed = new Integer[decisions.size()];
            for (int d = 0; d < boxed.length; d++) {
                boxed[d] = d;
            }
            Arrays.sort(boxed, Comparator.comparing((Integer d) -> decisions.get(d).date())
                    .thenComparing(d -> decisions.get(d).id()));
            order = new int[boxed.length];
            for (int d = 0; d < boxed.length; d++) {
                order[d] = boxed[d];
            }
            decisionTimeOrder = order;
        }
        return order;
    }

    /** @param a an agreement's index @return the index of the decision that made it */
    public int agreementDecision(int a) {
        return agreementDecision[a];
    }

    /** @param a an agreement's index @return the performers' positions, in recorded order */
    public int[] performers(int a) {
        return performers[a];
    }

    /** @param a an agreement's index @return the proposer's position, -1 if none is recorded */
    public int proposer(int a) {
        return proposer[a];
    }

    /** @param d a decision's index @return the indexes of the agreements it made, in {@code agreements()} order */
    public int[] agreementsOf(int d) {
        return agreementsOfDecision[d];
    }

    /** @param m a meeting's index @return the indexes of the decisions taken in it, in {@code decisions()} order */
    public int[] decisionsOf(int m) {
        return decisionsOfMeeting[m];
    }

    /** @param m a meeting's index @return the positions of those who attended, in recorded order */
    public int[] attended(int m) {
        return attended[m];
    }

    /** @param m a meeting's index @return the facilitator's position, -1 if none is recorded */
    public int facilitator(int m) {
        return facilitator[m];
    }

    /** @param i an information item's index @return the holders' positions, in recorded order */
    public int[] holders(int i) {
        return holders[i];
    }

    /** @param i an information item's index @return the positions of those it was shared with, in recorded order */
    public int[] sharedWith(int i) {
        return sharedWith[i];
    }

    /** @param x an exchange's index @return the giver's position */
    public int giver(int x) {
        return giver[x];
    }

    /** @param x an exchange's index @return the receiver's position */
    public int receiver(int x) {
        return receiver[x];
    }

    /** @param r a request's index @return the position of the one asked */
    public int requestTo(int r) {
        return requestTo[r];
    }

    /**
     * Groups indexes 0..n-1 by their key (0..keys-1), each group in index order, in linear time; indexes whose key is
     * -1 are in no group.
     */
    private static int[][] groupBy(int[] keyOf, int keys) {
        int[] counts = new int[keys];
        for (int key : keyOf) {
            if (key >= 0) {
                counts[key]++;
            }
        }
        int[][] groups = new int[keys][];
        for (int k = 0; k < keys; k++) {
            groups[k] = counts[k] == 0 ? EMPTY : new int[counts[k]];
            counts[k] = 0;
        }
        for (int i = 0; i < keyOf.length; i++) {
            int key = keyOf[i];
            if (key >= 0) {
                groups[key][counts[key]++] = i;
            }
        }
        return groups;
    }

    /** @return a short description for debugging */
    @Override
    public String toString() {
        return "Positions[" + participants.length + " participants, " + decisionParticipants.length + " decisions, "
                + performers.length + " agreements, " + giver.length + " exchanges]";
    }
}
