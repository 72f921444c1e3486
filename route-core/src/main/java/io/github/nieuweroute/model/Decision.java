package io.github.nieuweroute.model;

import java.time.LocalDate;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;

/**
 * A decision about what is needed in a situation (nl: besluit), with the {@link ParticipationLevel} of each
 * participant: who co-decided, who only consented, who was consulted or merely informed.
 *
 * <p>Who decides is what tells the routes apart: "hulpverlening maakt plan" in the old route, "hulpverlening en
 * zorgvrager maken plan" in the dead-end route, and in the Nieuwe Route "hulpverlening, zorgvrager en omgeving samen
 * … besluiten over wat er nodig is" ({@code 001_efdc3dbc7d93ff68.txt:24}). A participant not in
 * {@link #participation()} took no recorded part and counts as {@link ParticipationLevel#NONE}.
 *
 * <p>A decision may also record the {@link #wishes()} of the people it concerns, apart from how they took part (the
 * De Vries daughter consents while her mother would rather stay at home, {@code 000_003bca9ac70bd78f.txt:201}), and
 * the {@link #reasons()} given for it (R-12, {@code 002_296212247530a523.txt:38}).
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class Decision {

    Decision() {}

    /** @return the id, unique in the situation, never null */
    public abstract String id();

    /** @return the date of the decision, never null */
    public abstract LocalDate date();

    /** @return what was decided, free text the library never prints; empty if not recorded */
    @Value.Redacted
    public abstract Optional<String> subject();

    /** @return the plan meeting where it was taken, empty if it was not taken in one */
    public abstract Optional<String> meeting();

    /** @return the recorded participation level per participant id, never null */
    public abstract Map<String, ParticipationLevel> participation();

    /**
     * Returns the wishes recorded for this decision, each with whose wish it is, who conveyed it and whether the
     * decision follows it.
     *
     * @return the wishes, in recorded order, never null
     */
    public abstract List<Wish> wishes();

    /**
     * Returns the reasons recorded for this decision, each of a {@link ReasonKind} and given by a participant.
     *
     * @return the reasons, in recorded order, never null
     */
    public abstract List<Reason> reasons();

    /**
     * Returns how a participant took part.
     *
     * @param participantId the participant's id, not null
     * @return the recorded level, or {@link ParticipationLevel#NONE} if none is recorded
     */
    public final ParticipationLevel levelOf(String participantId) {
        Objects.requireNonNull(participantId, "participantId");
        return participation().getOrDefault(participantId, ParticipationLevel.NONE);
    }

    /**
     * Returns the participants who co-decided, computed once per decision.
     *
     * @return the ids of those at {@link ParticipationLevel#CO_DECIDED}, in recorded order, unmodifiable, never null
     */
    @Value.Lazy
    public Set<String> deciders() {
        Set<String> deciders = new LinkedHashSet<>();
        for (Map.Entry<String, ParticipationLevel> e : participation().entrySet()) {
            if (e.getValue().isDeciding()) {
                deciders.add(e.getKey());
            }
        }
        return Collections.unmodifiableSet(deciders);
    }

    /** @return a new builder, never null */
    public static Builder builder() {
        return ImmutableDecision.builder();
    }

    /** Builds a {@link Decision}. Not thread-safe. */
    public interface Builder {
        /**
         * @param id not null
         * @return this builder
         */
        Builder id(String id);

        /**
         * @param date not null
         * @return this builder
         */
        Builder date(LocalDate date);

        /**
         * @param subject not null
         * @return this builder
         */
        Builder subject(String subject);

        /**
         * @param subject not null
         * @return this builder
         */
        Builder subject(Optional<String> subject);

        /**
         * @param meeting a plan meeting id, not null
         * @return this builder
         */
        Builder meeting(String meeting);

        /**
         * @param meeting a plan meeting id, not null
         * @return this builder
         */
        Builder meeting(Optional<String> meeting);

        /**
         * Records how a participant took part.
         *
         * @param participant a participant id, not null
         * @param level the level, not null
         * @return this builder
         */
        Builder putParticipation(String participant, ParticipationLevel level);

        /**
         * @param participation levels per participant id, not null
         * @return this builder
         */
        Builder putAllParticipation(Map<String, ? extends ParticipationLevel> participation);

        /**
         * @param wish not null
         * @return this builder
         */
        default Builder addWish(Wish wish) {
            return addWishes(wish);
        }

        /**
         * @param wishes not null
         * @return this builder
         */
        Builder addWishes(Wish... wishes);

        /**
         * @param wishes not null
         * @return this builder
         */
        Builder addAllWishes(Iterable<? extends Wish> wishes);

        /**
         * @param reason not null
         * @return this builder
         */
        Builder addReason(Reason reason);

        /**
         * @param reasons not null
         * @return this builder
         */
        Builder addAllReasons(Iterable<? extends Reason> reasons);

        /**
         * @return the decision, never null
         * @throws ModelValidationException if a field is missing or malformed
         */
        Decision build();
    }

    @Value.Check
    void check() {
        Checks.id("Decision", null, "id", id());
        Checks.id("Decision", id(), "meeting", meeting());
        Checks.ids("Decision", id(), "participation", participation().keySet());
        Checks.notBlank("Decision", id(), "subject", subject());
    }
}
