package io.github.nieuweroute.model;

import io.github.nieuweroute.internal.IdTable;
import java.util.List;

/**
 * A read-only index of a situation's references, resolved to positions once, when the situation is built: the
 * supported fast way to read who is referred to where, for the library's own rules and route classifier and for a
 * caller's rules alike. Reach it with {@link Situation#index()}.
 *
 * <p>A participant's <em>position</em> is its index in {@link Situation#participants()}. A record's index is its index
 * in the situation's list of such records: {@link Situation#decisions()}, {@link Situation#agreements()} (all plans'
 * agreements, in plan order), {@link Situation#meetings()}, {@link Situation#informationItems()},
 * {@link Situation#exchanges()}, {@link Situation#requests()}. Methods that take a position or index throw
 * {@link IndexOutOfBoundsException} when it is out of range; methods that find an id return -1 when there is none.
 *
 * <p>Why it exists: reading a reference by id costs a hash of its string and a comparison with the stored id; in a
 * situation of 100,000 participants these strings lie scattered over tens of megabytes, and every lookup is a few cache
 * misses. The validator that checks a situation's structure looks every reference up anyway, and keeps what it found
 * here: a few compact arrays read in order, and a participant's sphere is one byte.
 *
 * <pre>{@code
 * SituationIndex index = situation.index();
 * for (int a = 0; a < index.agreementCount(); a++) {
 *     IndexList performers = index.performers(a);
 *     for (int i = 0; i < performers.size(); i++) {
 *         if (index.sphere(performers.get(i)) == Sphere.LIFEWORLD) { ... }
 *     }
 * }
 * }</pre>
 *
 * <p>Immutable and thread-safe: it is filled before the situation is published, and nothing it hands out can be
 * written ({@link IndexList} is read-only; ids, participants and decisions are immutable). It is not part of the
 * situation's value: two equal situations have equal contents in their indexes, but the index itself has identity
 * equality.
 */
public final class SituationIndex {

    private static final Sphere[] SPHERES = Sphere.values();
    private static final ParticipationLevel[] LEVELS = ParticipationLevel.values();

    // filled by the SituationValidator as it checks the references, before the situation is published
    final IdTable participantIds;
    final Participant[] participants;
    final byte[] spheres;
    /** Per position, the first nine characters of the id packed for comparison; see {@link #idKey(String)}. */
    final long[] idKeys;
    final IdTable decisionIds;
    final int[] decisionMeeting;
    final IndexList[] decisionParticipants;
    final byte[][] decisionLevels;
    final int[] agreementDecision;
    final IndexList[] performers;
    final int[] proposer;
    final IndexList[] attended;
    final int[] facilitator;
    final IndexList[] holders;
    final IndexList[] sharedWith;
    final int[] giver;
    final int[] receiver;
    final int[] requestTo;
    final IndexList[] questionOwners;
    final IndexList[] planOwners;
    final IndexList[] wishHolders;
    final IndexList[] wishConveyors;
    final IndexList[] reasonGivers;
    /** Made by {@link #complete()} from what the validator filled in. */
    private IndexList[] agreementsOfDecision;
    private IndexList[] decisionsOfMeeting;
    private IndexList decisionTimeOrder;
    /** The situation's decisions, which {@link #complete()} orders in time. */
    private final List<Decision> decisions;

    /** Makes an empty index sized for the situation, for the validator to fill. */
    SituationIndex(Situation s, int agreements) {
        int n = s.participants().size();
        this.participantIds = new IdTable(n);
        this.participants = new Participant[n];
        this.spheres = new byte[n];
        this.idKeys = new long[n];
        this.decisions = s.decisions();
        this.decisionIds = new IdTable(s.decisions().size());
        this.decisionMeeting = new int[s.decisions().size()];
        this.decisionParticipants = new IndexList[s.decisions().size()];
        this.decisionLevels = new byte[s.decisions().size()][];
        this.agreementDecision = new int[agreements];
        this.performers = new IndexList[agreements];
        this.proposer = new int[agreements];
        this.attended = new IndexList[s.meetings().size()];
        this.facilitator = new int[s.meetings().size()];
        this.holders = new IndexList[s.informationItems().size()];
        this.sharedWith = new IndexList[s.informationItems().size()];
        this.giver = new int[s.exchanges().size()];
        this.receiver = new int[s.exchanges().size()];
        this.requestTo = new int[s.requests().size()];
        this.questionOwners = new IndexList[s.questions().size()];
        this.planOwners = new IndexList[s.plans().size()];
        this.wishHolders = new IndexList[s.decisions().size()];
        this.wishConveyors = new IndexList[s.decisions().size()];
        this.reasonGivers = new IndexList[s.decisions().size()];
    }

    /** Called by the validator when every reference is resolved: derives what follows from them. */
    SituationIndex complete() {
        agreementsOfDecision = groupBy(agreementDecision, decisionParticipants.length);
        decisionsOfMeeting = groupBy(decisionMeeting, attended.length);
        decisionTimeOrder = IndexList.wrap(TimeOrder.of(decisions));
        return this;
    }

    // --- participants

    /** @return the number of participants */
    public int participantCount() {
        return participants.length;
    }

    /**
     * Finds a participant's position.
     *
     * @param participantId the id, not null
     * @return the position, -1 if there is no participant with that id
     */
    public int position(String participantId) {
        return participantIds.find(participantId);
    }

    /**

     * @param p a position

     * @return the participant's id

     */
    public String participantId(int p) {
        return participantIds.id(java.util.Objects.checkIndex(p, participants.length));
    }

    /**

     * @param p a position

     * @return the participant

     */
    public Participant participant(int p) {
        return participants[p];
    }

    /**

     * @param p a position

     * @return the participant's sphere

     */
    public Sphere sphere(int p) {
        return SPHERES[spheres[p]];
    }

    /**

     * @param p a position

     * @return whether the participant is a focus person or of the lifeworld

     */
    public boolean isOwnSide(int p) {
        return spheres[p] == Sphere.FOCUS_PERSON.ordinal() || spheres[p] == Sphere.LIFEWORLD.ordinal();
    }

    /**

     * @param p a position

     * @return whether the participant is a professional (system world)

     */
    public boolean isProfessional(int p) {
        return spheres[p] == Sphere.SYSTEM_WORLD.ordinal();
    }

    /**
     * Compares two participants' ids, as {@code participantId(p).compareTo(participantId(q))}, mostly without reading
     * the ids: their packed first characters decide unless they are equal.
     *
     * @param p a position
     * @param q a position
     * @return negative, zero or positive as p's id is less than, equal to or greater than q's
     */
    public int compareParticipantIds(int p, int q) {
        int c = Long.compare(idKeys[p], idKeys[q]);
        return c != 0 ? c : participantId(p).compareTo(participantId(q));
    }

    /**
     * Packs the first nine characters of an id into a non-negative long, seven bits each, zero past the end. Ids are
     * ASCII (see {@link Ids}), so where two keys differ, they order as the ids do: the first seven bits that differ
     * are the first character that differs, or the end of the shorter id. Equal keys say nothing.
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

    // --- decisions

    /** @return the number of decisions */
    public int decisionCount() {
        return decisionParticipants.length;
    }

    /**
     * Finds a decision's index.
     *
     * @param decisionId the id, not null
     * @return the index in {@link Situation#decisions()}, -1 if there is no decision with that id
     */
    public int decisionIndex(String decisionId) {
        return decisionIds.find(decisionId);
    }

    /**

     * @param d a decision's index

     * @return the positions in its participation map, in the map's order

     */
    public IndexList decisionParticipants(int d) {
        return decisionParticipants[d];
    }

    /**
     * Returns a participation level.
     *
     * @param d a decision's index
     * @param i a place in {@link #decisionParticipants(int)} of that decision
     * @return the level recorded for that participant
     */
    public ParticipationLevel level(int d, int i) {
        return LEVELS[decisionLevels[d][i]];
    }

    /**
     * Tells whether a participation is co-decision ({@link ParticipationLevel#isDeciding()}).
     *
     * @param d a decision's index
     * @param i a place in {@link #decisionParticipants(int)} of that decision
     * @return true if that participant co-decided
     */
    public boolean coDecided(int d, int i) {
        return decisionLevels[d][i] == ParticipationLevel.CO_DECIDED.ordinal();
    }

    /**

     * @param d a decision's index

     * @return the index of the meeting it was taken in, -1 if none is recorded

     */
    public int decisionMeeting(int d) {
        return decisionMeeting[d];
    }

    /**
     * @param d a decision's index
     * @return the positions of those whose wishes are recorded with it, in the order of {@link Decision#wishes()}
     */
    public IndexList wishHolders(int d) {
        return wishHolders[d];
    }

    /**
     * @param d a decision's index
     * @return the positions of those who conveyed its recorded wishes, in the order of {@link Decision#wishes()}
     */
    public IndexList wishConveyors(int d) {
        return wishConveyors[d];
    }

    /**
     * @param d a decision's index
     * @return the positions of those who gave its recorded reasons, in the order of {@link Decision#reasons()}
     */
    public IndexList reasonGivers(int d) {
        return reasonGivers[d];
    }

    /** @return the decisions' indexes in time order: by date, then by id */
    public IndexList decisionsInTimeOrder() {
        return decisionTimeOrder;
    }

    /**

     * @param d a decision's index

     * @return the indexes of the agreements it made, in {@code agreements()} order

     */
    public IndexList agreementsOf(int d) {
        return agreementsOfDecision[d];
    }

    // --- agreements

    /** @return the number of agreements, over all plans */
    public int agreementCount() {
        return performers.length;
    }

    /**

     * @param a an agreement's index

     * @return the index of the decision that made it

     */
    public int agreementDecision(int a) {
        return agreementDecision[a];
    }

    /**

     * @param a an agreement's index

     * @return the performers' positions, in recorded order

     */
    public IndexList performers(int a) {
        return performers[a];
    }

    /**

     * @param a an agreement's index

     * @return the proposer's position, -1 if none is recorded

     */
    public int proposer(int a) {
        return proposer[a];
    }

    // --- questions and plans

    /** @return the number of questions */
    public int questionCount() {
        return questionOwners.length;
    }

    /**

     * @param q a question's index

     * @return the positions of the problem's owners, in recorded order

     */
    public IndexList questionOwners(int q) {
        return questionOwners[q];
    }

    /** @return the number of plans */
    public int planCount() {
        return planOwners.length;
    }

    /**

     * @param p a plan's index

     * @return the positions of the plan's owners, in recorded order

     */
    public IndexList planOwners(int p) {
        return planOwners[p];
    }

    // --- meetings

    /** @return the number of meetings */
    public int meetingCount() {
        return attended.length;
    }

    /**

     * @param m a meeting's index

     * @return the indexes of the decisions taken in it, in {@code decisions()} order

     */
    public IndexList decisionsOf(int m) {
        return decisionsOfMeeting[m];
    }

    /**

     * @param m a meeting's index

     * @return the positions of those who attended, in recorded order

     */
    public IndexList attended(int m) {
        return attended[m];
    }

    /**

     * @param m a meeting's index

     * @return the facilitator's position, -1 if none is recorded

     */
    public int facilitator(int m) {
        return facilitator[m];
    }

    // --- information items, exchanges, requests

    /** @return the number of information items */
    public int informationItemCount() {
        return holders.length;
    }

    /**

     * @param i an information item's index

     * @return the holders' positions, in recorded order

     */
    public IndexList holders(int i) {
        return holders[i];
    }

    /**

     * @param i an information item's index

     * @return the positions of those it was shared with, in recorded order

     */
    public IndexList sharedWith(int i) {
        return sharedWith[i];
    }

    /** @return the number of exchanges */
    public int exchangeCount() {
        return giver.length;
    }

    /**

     * @param x an exchange's index

     * @return the giver's position

     */
    public int giver(int x) {
        return giver[x];
    }

    /**

     * @param x an exchange's index

     * @return the receiver's position

     */
    public int receiver(int x) {
        return receiver[x];
    }

    /** @return the number of requests */
    public int requestCount() {
        return requestTo.length;
    }

    /**

     * @param r a request's index

     * @return the position of the one asked

     */
    public int requestTo(int r) {
        return requestTo[r];
    }

    /**
     * Groups indexes 0..n-1 by their key (0..keys-1), each group in index order, in linear time; indexes whose key is
     * -1 are in no group.
     */
    private static IndexList[] groupBy(int[] keyOf, int keys) {
        int[] counts = new int[keys];
        for (int key : keyOf) {
            if (key >= 0) {
                counts[key]++;
            }
        }
        int[][] groups = new int[keys][];
        for (int k = 0; k < keys; k++) {
            groups[k] = new int[counts[k]];
            counts[k] = 0;
        }
        for (int i = 0; i < keyOf.length; i++) {
            int key = keyOf[i];
            if (key >= 0) {
                groups[key][counts[key]++] = i;
            }
        }
        IndexList[] lists = new IndexList[keys];
        for (int k = 0; k < keys; k++) {
            lists[k] = IndexList.wrap(groups[k]);
        }
        return lists;
    }

    /** @return counts only, for debugging: never ids */
    @Override
    public String toString() {
        return "SituationIndex[" + participants.length + " participants, " + decisionParticipants.length
                + " decisions, " + performers.length + " agreements, " + giver.length + " exchanges]";
    }

    /** Orders decisions by date, then id, without boxing: a merge sort of their indexes. */
    private static final class TimeOrder {

        private final long[] days;
        private final List<Decision> decisions;

        private TimeOrder(List<Decision> decisions) {
            this.decisions = decisions;
            this.days = new long[decisions.size()];
            for (int d = 0; d < days.length; d++) {
                days[d] = decisions.get(d).date().toEpochDay();
            }
        }

        static int[] of(List<Decision> decisions) {
            TimeOrder order = new TimeOrder(decisions);
            int[] a = new int[decisions.size()];
            for (int d = 0; d < a.length; d++) {
                a[d] = d;
            }
            order.sort(a, new int[a.length], 0, a.length);
            return a;
        }

        private int compare(int x, int y) {
            int c = Long.compare(days[x], days[y]);
            return c != 0 ? c : decisions.get(x).id().compareTo(decisions.get(y).id());
        }

        /** Sorts a[from, to) using tmp as scratch; stable. */
        private void sort(int[] a, int[] tmp, int from, int to) {
            if (to - from < 2) {
                return;
            }
            int mid = (from + to) >>> 1;
            sort(a, tmp, from, mid);
            sort(a, tmp, mid, to);
            if (compare(a[mid - 1], a[mid]) <= 0) {
                return;
            }
            System.arraycopy(a, from, tmp, from, to - from);
            int i = from;
            int j = mid;
            for (int k = from; k < to; k++) {
                a[k] = j >= to || (i < mid && compare(tmp[i], tmp[j]) <= 0) ? tmp[i++] : tmp[j++];
            }
        }
    }
}
