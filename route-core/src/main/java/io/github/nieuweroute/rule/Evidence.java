package io.github.nieuweroute.rule;

import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * The ids a finding is about (nl: bewijs): the participants, decisions, agreements, information items, exchanges and
 * other records involved, grouped by {@link EvidenceKind} and sorted, so that equal evidence prints and compares the
 * same whatever order it was gathered in. Ids only: never names or free text.
 *
 * <p>Example: {@code Evidence.builder().participant("daughter").request("volunteer-request").build()} prints as
 * {@code participant=[daughter] request=[volunteer-request]}.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class Evidence implements Comparable<Evidence> {

    private static final EvidenceKind[] KINDS = EvidenceKind.values();
    private static final String[] LABELS = new String[KINDS.length];

    static {
        for (EvidenceKind k : KINDS) {
            LABELS[k.ordinal()] = k.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
        }
    }

    /**
     * All ids, sorted by kind (in {@link EvidenceKind} order), then by id, without repeats within a kind; and the kind
     * of each, by ordinal. Two flat arrays rather than a map of sets or an array per kind: a large report holds tens
     * of thousands of evidences, most with one to three ids, and each evidence is then three small objects.
     */
    private final String[] ids;
    private final byte[] kindOf;
    /**
     * The printed form, which orders evidences too; made on first use (a benign race at worst makes it twice, and a
     * String is safely published). Most evidences of a large report are never printed, and {@link FindingSort} orders
     * them by {@link #sortKey()} without it.
     */
    private String text;
    /** The set views handed out by {@link #ids(EvidenceKind)} and {@link #kinds()}, made on first use (benign race). */
    private SortedSet<String>[] views;
    private Set<EvidenceKind> kinds;
    /** See {@link #sortKey()}. */
    private final long sortKey;

    private Evidence(String[] ids, byte[] kindOf) {
        this.ids = ids;
        this.kindOf = kindOf;
        this.sortKey = packKey(ids, kindOf);
    }

    /**
     * Packs the first eight characters of the printed form after the first label and its {@code "=["} (the first ids,
     * and what follows them) into a long, one byte each, big-endian, zero past the end. Ids are ASCII, so for two
     * evidences whose first kind is the same, unequal keys order the same way as the texts do: the texts agree up to
     * there, and the first byte where the keys differ is the first character where the texts differ, or the end of
     * the shorter one. The characters are read off the ids as {@link #text()} would print them, without printing.
     *
     * <p>The key only saves work: with every key equal (as PIT's mutants of this method make them) the sort falls
     * back on the texts and the order is the same, so those mutants survive and are equivalent (CONTRIBUTING.md).
     */
    private static long packKey(String[] ids, byte[] kindOf) {
        long key = 0;
        int taken = 0;
        for (int i = 0; i < ids.length && taken < 8; i++) {
            if (i > 0) {
                // what the text puts between two ids: ", " within a kind, "] label=[" between kinds
                String between = kindOf[i] == kindOf[i - 1] ? ", " : "] " + LABELS[kindOf[i]] + "=[";
                for (int c = 0; c < between.length() && taken < 8; c++, taken++) {
                    key = key << 8 | (between.charAt(c) & 0xFF);
                }
            }
            String id = ids[i];
            for (int c = 0; c < id.length() && taken < 8; c++, taken++) {
                key = key << 8 | (id.charAt(c) & 0xFF);
            }
        }
        if (taken < 8) {
            key = key << 8 | ']';
            taken++;
        }
        return key << (8 * (8 - taken));
    }

    /** @return the ordinal of the first kind present, for {@link FindingSort} */
    int firstKind() {
        return kindOf[0];
    }

    /**
     * Returns a key for {@link FindingSort}: if two evidences have the same {@link #firstKind()} and unequal keys,
     * {@code Long.compareUnsigned} of the keys has the sign of {@link #compareTo(Evidence)}; otherwise it says
     * nothing.
     */
    long sortKey() {
        return sortKey;
    }

    /** The printed form, made on first use. */
    private String text() {
        String t = text;
        if (t == null) {
            int length = 0;
            for (int i = 0; i < ids.length; i++) {
                length += ids[i].length() + (i == 0 || kindOf[i] != kindOf[i - 1] ? LABELS[kindOf[i]].length() + 5 : 2);
            }
            StringBuilder b = new StringBuilder(length);
            for (int i = 0; i < ids.length; i++) {
                if (i == 0 || kindOf[i] != kindOf[i - 1]) {
                    if (i > 0) {
                        b.append("] ");
                    }
                    b.append(LABELS[kindOf[i]]).append("=[");
                } else {
                    b.append(", ");
                }
                b.append(ids[i]);
            }
            t = b.append(']').toString();
            text = t;
        }
        return t;
    }

    /**
     * Returns the ids of one kind.
     *
     * @param kind the kind, not null
     * @return the ids in natural order, empty if none; never null
     */
    public SortedSet<String> ids(EvidenceKind kind) {
        int k = Objects.requireNonNull(kind, "kind").ordinal();
        int from = from(k);
        if (from == ids.length || kindOf[from] != k) {
            return Collections.emptySortedSet();
        }
        SortedSet<String>[] v = views;
        if (v == null) {
            v = newViews();
            views = v;
        }
        SortedSet<String> set = v[k];
        if (set == null) {
            set = Collections.unmodifiableSortedSet(new TreeSet<>(Arrays.asList(ids).subList(from, to(k, from))));
            v[k] = set;
        }
        return set;
    }

    /** @return the first place whose kind is at least {@code k}; {@code ids.length} if there is none */
    private int from(int k) {
        int i = 0;
        while (i < ids.length && kindOf[i] < k) {
            i++;
        }
        return i;
    }

    /** @return the end of the run of kind {@code k} that starts at {@code from} */
    private int to(int k, int from) {
        int i = from;
        while (i < ids.length && kindOf[i] == k) {
            i++;
        }
        return i;
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static SortedSet<String>[] newViews() {
        return new SortedSet[KINDS.length];
    }

    /**
     * Returns the kinds present.
     *
     * @return the kinds in {@link EvidenceKind} order, never null
     */
    public Set<EvidenceKind> kinds() {
        Set<EvidenceKind> set = kinds;
        if (set == null) {
            EnumSet<EvidenceKind> present = EnumSet.noneOf(EvidenceKind.class);
            for (byte k : kindOf) {
                present.add(KINDS[k]);
            }
            set = Collections.unmodifiableSet(present);
            kinds = set;
        }
        return set;
    }

    /**
     * Tells whether an id of the given kind is part of the evidence.
     *
     * @param kind the kind, not null
     * @param id the id, not null
     * @return true if present
     */
    public boolean mentions(EvidenceKind kind, String id) {
        int k = Objects.requireNonNull(kind, "kind").ordinal();
        int from = from(k);
        return Arrays.binarySearch(ids, from, to(k, from), Objects.requireNonNull(id, "id")) >= 0;
    }

    /**
     * Returns the participant ids, a shortcut for {@code ids(EvidenceKind.PARTICIPANT)}.
     *
     * @return the participant ids, sorted, never null
     */
    public SortedSet<String> participants() {
        return ids(EvidenceKind.PARTICIPANT);
    }

    /** Compares by printed form, which lists kinds in a fixed order and ids sorted. */
    @Override
    public int compareTo(Evidence other) {
        return text().compareTo(other.text());
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Evidence && Arrays.equals(((Evidence) o).kindOf, kindOf)
                && Arrays.equals(((Evidence) o).ids, ids);
    }

    @Override
    public int hashCode() {
        return 31 * Arrays.hashCode(kindOf) + Arrays.hashCode(ids);
    }

    /** @return the kinds and ids, such as {@code participant=[p1, p2] agreement=[a1]} */
    @Override
    public String toString() {
        return text();
    }

    /**
     * Returns a new builder.
     *
     * @return the builder, never null
     */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds {@link Evidence}. Not thread-safe. */
    public static final class Builder {

        /** The ids added and their kinds (by ordinal), in the order added, repeats included; sorted by build(). */
        private String[] added = new String[4];
        private byte[] addedKinds = new byte[4];
        private int size;
        /**
         * Whether {@link #build()} handed the arrays to an evidence (they were full): the next change copies them
         * first, so that an evidence never sees its ids change.
         */
        private boolean handedOver;

        private Builder() {}

        /**
         * Adds an id.
         *
         * @param kind the kind of record, not null
         * @param id the id, of the form model ids have, not null
         * @return this builder
         * @throws InvalidRuleDataException if the id is malformed
         */
        public Builder add(EvidenceKind kind, String id) {
            Objects.requireNonNull(kind, "kind");
            Objects.requireNonNull(id, "id");
            InvalidRuleDataException.require(InvalidRuleDataException.isModelId(id), "Evidence", "ids",
                    "an evidence id has the form of a model id");
            if (size == added.length || handedOver) {
                added = Arrays.copyOf(added, size == added.length ? Math.max(4, size * 2) : added.length);
                addedKinds = Arrays.copyOf(addedKinds, added.length);
                handedOver = false;
            }
            added[size] = id;
            addedKinds[size++] = (byte) kind.ordinal();
            return this;
        }
        /**
         * Adds ids.
         *
         * @param kind the kind of record, not null
         * @param idsToAdd the ids, not null
         * @return this builder
         */
        public Builder addAll(EvidenceKind kind, Collection<String> idsToAdd) {
            int needed = size + idsToAdd.size();
            if (needed > added.length || handedOver) {
                added = Arrays.copyOf(added, Math.max(needed, added.length));
                addedKinds = Arrays.copyOf(addedKinds, added.length);
                handedOver = false;
            }
            for (String id : idsToAdd) {
                add(kind, id);
            }
            return this;
        }

        /**
         * @param id a participant id, not null
         * @return this builder
         */
        public Builder participant(String id) {
            return add(EvidenceKind.PARTICIPANT, id);
        }

        /**
         * @param ids participant ids, not null
         * @return this builder
         */
        public Builder participants(Collection<String> ids) {
            return addAll(EvidenceKind.PARTICIPANT, ids);
        }

        /**
         * @param id a decision id, not null
         * @return this builder
         */
        public Builder decision(String id) {
            return add(EvidenceKind.DECISION, id);
        }

        /**
         * @param id an agreement id, not null
         * @return this builder
         */
        public Builder agreement(String id) {
            return add(EvidenceKind.AGREEMENT, id);
        }

        /**
         * @param id a plan meeting id, not null
         * @return this builder
         */
        public Builder meeting(String id) {
            return add(EvidenceKind.MEETING, id);
        }

        /**
         * @param id a request id, not null
         * @return this builder
         */
        public Builder request(String id) {
            return add(EvidenceKind.REQUEST, id);
        }

        /**
         * @param id an information item id, not null
         * @return this builder
         */
        public Builder informationItem(String id) {
            return add(EvidenceKind.INFORMATION_ITEM, id);
        }

        /**
         * @param id an exchange id, not null
         * @return this builder
         */
        public Builder exchange(String id) {
            return add(EvidenceKind.EXCHANGE, id);
        }

        /**
         * @param id a safety frame id, not null
         * @return this builder
         */
        public Builder safetyFrame(String id) {
            return add(EvidenceKind.SAFETY_FRAME, id);
        }

        /**
         * Builds the evidence.
         *
         * @return the evidence, never null
         * @throws InvalidRuleDataException if no id was added
         */
        public Evidence build() {
            InvalidRuleDataException.require(size > 0, "Evidence", "ids", "evidence names at least one id");
            // a full builder hands its arrays over rather than copying them (most evidences are made once and the
            // builder dropped); a later change copies them first
            boolean full = size == added.length && !handedOver;
            String[] ids = full ? added : Arrays.copyOf(added, size);
            byte[] kinds = full ? addedKinds : Arrays.copyOf(addedKinds, size);
            handedOver |= full;
            sort(ids, kinds);
            int w = 1;
            for (int i = 1; i < ids.length; i++) {
                if (kinds[i] != kinds[w - 1] || !ids[i].equals(ids[w - 1])) {
                    ids[w] = ids[i];
                    kinds[w++] = kinds[i];
                }
            }
            return w == ids.length ? new Evidence(ids, kinds)
                    : new Evidence(Arrays.copyOf(ids, w), Arrays.copyOf(kinds, w));
        }

        /**
         * Sorts ids and their kinds together, by kind, then id: by insertion, as evidences hold a few ids; by kind
         * groups, each sorted by {@link Arrays#sort(Object[])}, when they hold many.
         */
        private static void sort(String[] ids, byte[] kinds) {
            if (ids.length <= 16) {
                for (int i = 1; i < ids.length; i++) {
                    String id = ids[i];
                    byte kind = kinds[i];
                    int j = i - 1;
                    while (j >= 0 && (kinds[j] > kind || (kinds[j] == kind && ids[j].compareTo(id) > 0))) {
                        ids[j + 1] = ids[j];
                        kinds[j + 1] = kinds[j];
                        j--;
                    }
                    ids[j + 1] = id;
                    kinds[j + 1] = kind;
                }
                return;
            }
            String[] copy = ids.clone();
            byte[] kindsCopy = kinds.clone();
            int w = 0;
            for (int k = 0; k < KINDS.length; k++) {
                int from = w;
                for (int i = 0; i < copy.length; i++) {
                    if (kindsCopy[i] == k) {
                        ids[w] = copy[i];
                        kinds[w++] = (byte) k;
                    }
                }
                Arrays.sort(ids, from, w);
            }
        }
    }
}
