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
     * The ids per kind (indexed by ordinal), each array sorted and without duplicates; null where a kind is absent.
     * Plain arrays rather than a map of sets: a large report holds tens of thousands of evidences, most with one to
     * three ids.
     */
    private final String[][] ids;
    /**
     * The printed form, which orders evidences too. Made at once, while the ids that were just checked and sorted are
     * still in the caches: a report compares every evidence, and made later, in a large report, each id would have to
     * be fetched from memory again.
     */
    private final String text;
    /** The set views handed out by {@link #ids(EvidenceKind)} and {@link #kinds()}, made on first use (benign race). */
    private SortedSet<String>[] views;
    private Set<EvidenceKind> kinds;

    /** The ordinal of the first kind present; see {@link #sortKey()}. */
    private final int firstKind;
    /** See {@link #sortKey()}. */
    private final long sortKey;

    private Evidence(String[][] ids) {
        this.ids = ids;
        this.text = text(ids);
        int first = 0;
        while (ids[first] == null) {
            first++;
        }
        this.firstKind = first;
        this.sortKey = packKey(text, LABELS[first].length() + 2);
    }

    /**
     * Packs the eight characters of the text from {@code from} on (the first ids, after the first label and its
     * {@code "=["}) into a long, one byte each, big-endian, zero past the end. Ids are ASCII, so for two evidences
     * whose first kind is the same, unequal keys order the same way as the texts do: the texts agree up to
     * {@code from}, and the first byte where the keys differ is the first character where the texts differ, or the
     * end of the shorter one.
     *
     * <p>The key only saves work: with every key equal (as PIT's mutants of this method make them) the sort falls
     * back on the texts and the order is the same, so those mutants survive and are equivalent (CONTRIBUTING.md).
     */
    private static long packKey(String text, int from) {
        long key = 0;
        for (int i = from; i < from + 8; i++) {
            key = key << 8 | (i < text.length() ? text.charAt(i) & 0xFF : 0);
        }
        return key;
    }

    /** @return the ordinal of the first kind present, for {@link FindingSort} */
    int firstKind() {
        return firstKind;
    }

    /**
     * Returns a key for {@link FindingSort}: if two evidences have the same {@link #firstKind()} and unequal keys,
     * {@code Long.compareUnsigned} of the keys has the sign of {@link #compareTo(Evidence)}; otherwise it says
     * nothing.
     */
    long sortKey() {
        return sortKey;
    }

    private static String text(String[][] ids) {
        // the exact length only sizes the builder once; a wrong one (a mutant) changes no text
        int length = -1;
        for (int k = 0; k < ids.length; k++) {
            if (ids[k] != null) {
                length += LABELS[k].length() + 4 + 2 * (ids[k].length - 1);
                for (String id : ids[k]) {
                    length += id.length();
                }
            }
        }
        StringBuilder b = new StringBuilder(length);
        for (int k = 0; k < ids.length; k++) {
            if (ids[k] == null) {
                continue;
            }
            if (b.length() > 0) {
                b.append(' ');
            }
            b.append(LABELS[k]).append("=[");
            for (int i = 0; i < ids[k].length; i++) {
                if (i > 0) {
                    b.append(", ");
                }
                b.append(ids[k][i]);
            }
            b.append(']');
        }
        return b.toString();
    }

    /**
     * Returns the ids of one kind.
     *
     * @param kind the kind, not null
     * @return the ids in natural order, empty if none; never null
     */
    public SortedSet<String> ids(EvidenceKind kind) {
        int k = Objects.requireNonNull(kind, "kind").ordinal();
        if (ids[k] == null) {
            return Collections.emptySortedSet();
        }
        SortedSet<String>[] v = views;
        if (v == null) {
            v = newViews();
            views = v;
        }
        SortedSet<String> set = v[k];
        if (set == null) {
            set = Collections.unmodifiableSortedSet(new TreeSet<>(Arrays.asList(ids[k])));
            v[k] = set;
        }
        return set;
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
            for (int k = 0; k < ids.length; k++) {
                if (ids[k] != null) {
                    present.add(KINDS[k]);
                }
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
        String[] some = ids[Objects.requireNonNull(kind, "kind").ordinal()];
        return some != null && Arrays.binarySearch(some, Objects.requireNonNull(id, "id")) >= 0;
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
        return text.compareTo(other.text);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Evidence && Arrays.deepEquals(((Evidence) o).ids, ids);
    }

    @Override
    public int hashCode() {
        return Arrays.deepHashCode(ids);
    }

    /** @return the kinds and ids, such as {@code participant=[p1, p2] agreement=[a1]} */
    @Override
    public String toString() {
        return text;
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

        /** The ids added per kind (by ordinal), in the order added, duplicates included; sorted by {@link #build()}. */
        private final String[][] added = new String[KINDS.length][];
        private final int[] sizes = new int[KINDS.length];
        private boolean empty = true;

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
            int k = kind.ordinal();
            String[] list = added[k];
            if (list == null) {
                list = new String[4];
                added[k] = list;
            } else if (sizes[k] == list.length) {
                list = Arrays.copyOf(list, list.length * 2);
                added[k] = list;
            }
            list[sizes[k]++] = id;
            empty = false;
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
            InvalidRuleDataException.require(!empty, "Evidence", "ids", "evidence names at least one id");
            String[][] ids = new String[KINDS.length][];
            for (int k = 0; k < ids.length; k++) {
                if (sizes[k] > 0) {
                    ids[k] = sortedDistinct(Arrays.copyOf(added[k], sizes[k]));
                }
            }
            return new Evidence(ids);
        }

        /** Sorts the ids in place and drops repeats, shortening the array only if there were any. */
        private static String[] sortedDistinct(String[] ids) {
            Arrays.sort(ids);
            int w = 1;
            for (int i = 1; i < ids.length; i++) {
                if (!ids[i].equals(ids[w - 1])) {
                    ids[w++] = ids[i];
                }
            }
            return w == ids.length ? ids : Arrays.copyOf(ids, w);
        }
    }
}
