package io.github.nieuweroute.rule;

import java.util.Collection;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
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

    private static final String[] LABELS = new String[EvidenceKind.values().length];

    static {
        for (EvidenceKind k : EvidenceKind.values()) {
            LABELS[k.ordinal()] = k.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
        }
    }

    private final Map<EvidenceKind, SortedSet<String>> ids;
    /** The printed form, made on first use; a benign race at worst makes it twice. */
    private String text;

    private Evidence(Map<EvidenceKind, SortedSet<String>> ids) {
        this.ids = ids;
    }

    private String text() {
        String t = text;
        if (t == null) {
            StringBuilder b = new StringBuilder();
            for (Map.Entry<EvidenceKind, SortedSet<String>> e : ids.entrySet()) {
                if (b.length() > 0) {
                    b.append(' ');
                }
                b.append(LABELS[e.getKey().ordinal()]).append('=').append(e.getValue());
            }
            t = b.toString();
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
        SortedSet<String> set = ids.get(Objects.requireNonNull(kind, "kind"));
        return set == null ? Collections.emptySortedSet() : set;
    }

    /**
     * Returns the kinds present.
     *
     * @return the kinds in {@link EvidenceKind} order, never null
     */
    public Set<EvidenceKind> kinds() {
        return ids.keySet();
    }

    /**
     * Tells whether an id of the given kind is part of the evidence.
     *
     * @param kind the kind, not null
     * @param id the id, not null
     * @return true if present
     */
    public boolean mentions(EvidenceKind kind, String id) {
        return ids(kind).contains(Objects.requireNonNull(id, "id"));
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
        return o instanceof Evidence && ((Evidence) o).ids.equals(ids);
    }

    @Override
    public int hashCode() {
        return ids.hashCode();
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

        private EnumMap<EvidenceKind, TreeSet<String>> ids = new EnumMap<>(EvidenceKind.class);
        /** Set once {@link #build()} handed the sets out; a later change copies them first. */
        private boolean shared;

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
            if (shared) {
                EnumMap<EvidenceKind, TreeSet<String>> copy = new EnumMap<>(EvidenceKind.class);
                ids.forEach((k, v) -> copy.put(k, new TreeSet<>(v)));
                ids = copy;
                shared = false;
            }
            TreeSet<String> set = ids.get(kind);
            if (set == null) {
                set = new TreeSet<>();
                ids.put(kind, set);
            }
            set.add(id);
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

        /** @param id a participant id, not null @return this builder */
        public Builder participant(String id) {
            return add(EvidenceKind.PARTICIPANT, id);
        }

        /** @param ids participant ids, not null @return this builder */
        public Builder participants(Collection<String> ids) {
            return addAll(EvidenceKind.PARTICIPANT, ids);
        }

        /** @param id a decision id, not null @return this builder */
        public Builder decision(String id) {
            return add(EvidenceKind.DECISION, id);
        }

        /** @param id an agreement id, not null @return this builder */
        public Builder agreement(String id) {
            return add(EvidenceKind.AGREEMENT, id);
        }

        /** @param id a plan meeting id, not null @return this builder */
        public Builder meeting(String id) {
            return add(EvidenceKind.MEETING, id);
        }

        /** @param id a request id, not null @return this builder */
        public Builder request(String id) {
            return add(EvidenceKind.REQUEST, id);
        }

        /** @param id an information item id, not null @return this builder */
        public Builder informationItem(String id) {
            return add(EvidenceKind.INFORMATION_ITEM, id);
        }

        /** @param id an exchange id, not null @return this builder */
        public Builder exchange(String id) {
            return add(EvidenceKind.EXCHANGE, id);
        }

        /** @param id a safety frame id, not null @return this builder */
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
            InvalidRuleDataException.require(!ids.isEmpty(), "Evidence", "ids", "evidence names at least one id");
            EnumMap<EvidenceKind, SortedSet<String>> view = new EnumMap<>(EvidenceKind.class);
            ids.forEach((k, v) -> view.put(k, Collections.unmodifiableSortedSet(v)));
            shared = true;
            return new Evidence(Collections.unmodifiableMap(view));
        }
    }
}
