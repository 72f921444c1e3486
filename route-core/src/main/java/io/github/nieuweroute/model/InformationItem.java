package io.github.nieuweroute.model;

import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;

/**
 * A piece of information or knowledge about a situation (nl: informatie-item): who holds it, with whom it is shared,
 * whom it concerns and whether that person consented to sharing.
 *
 * <p>"Als je kennis deelt over iemands situatie, begrijpt waarom iemand uit frustratie ineens boos wordt, of de
 * vuilnisbak niet op tijd buiten zet, ontstaat er een basis om samen oplossingen te zoeken."
 * ({@code 001_efdc3dbc7d93ff68.txt:36}). Information held only by professionals is the secrecy factor 3 asks to
 * break ({@code 000_003bca9ac70bd78f.txt:159}, title only; the reading is ours). A holder counts as having it; the
 * participants in {@link #sharedWith()} were given it.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class InformationItem {

    InformationItem() {}

    /** @return the id, unique in the situation, never null */
    public abstract String id();

    /** @return information or knowledge, {@link InformationKind#INFORMATION} by default */
    @Value.Default
    public InformationKind kind() {
        return InformationKind.INFORMATION;
    }

    /** @return what it is about, free text the library never prints; empty if not recorded */
    @Value.Redacted
    public abstract Optional<String> topic();

    /** @return the participant it concerns, empty if it concerns no one person */
    public abstract Optional<String> concerns();

    /** @return the participants who hold it, at least one, never null */
    public abstract Set<String> holders();

    /** @return the participants it was shared with, never null */
    public abstract Set<String> sharedWith();

    /** @return the consent of the person it concerns, {@link ConsentStatus#NOT_ASKED} by default */
    @Value.Default
    public ConsentStatus consent() {
        return ConsentStatus.NOT_ASKED;
    }

    /** @return whether it matters for the plan, true by default */
    @Value.Default
    public boolean planRelevant() {
        return true;
    }

    /**
     * Tells whether a participant has this item, as holder or because it was shared with them.
     *
     * @param participantId the participant's id, not null
     * @return true if they hold it or it was shared with them
     */
    public final boolean isKnownTo(String participantId) {
        return holders().contains(participantId) || sharedWith().contains(participantId);
    }

    /** @return a new builder, never null */
    public static Builder builder() {
        return ImmutableInformationItem.builder();
    }

    /** Builds an {@link InformationItem}. Not thread-safe. */
    public interface Builder {
        /**
         * @param id not null
         * @return this builder
         */
        Builder id(String id);

        /**
         * @param kind not null
         * @return this builder
         */
        Builder kind(InformationKind kind);

        /**
         * @param topic not null
         * @return this builder
         */
        Builder topic(String topic);

        /**
         * @param topic not null
         * @return this builder
         */
        Builder topic(Optional<String> topic);

        /**
         * @param concerns a participant id, not null
         * @return this builder
         */
        Builder concerns(String concerns);

        /**
         * @param concerns a participant id, not null
         * @return this builder
         */
        Builder concerns(Optional<String> concerns);

        /**
         * @param holder a participant id, not null
         * @return this builder
         */
        Builder addHolder(String holder);

        /**
         * @param holders participant ids, not null
         * @return this builder
         */
        Builder addHolders(String... holders);

        /**
         * @param holders participant ids, not null
         * @return this builder
         */
        Builder addAllHolders(Iterable<String> holders);

        /**
         * @param participant a participant id, not null
         * @return this builder
         */
        Builder addSharedWith(String participant);

        /**
         * @param participants participant ids, not null
         * @return this builder
         */
        Builder addAllSharedWith(Iterable<String> participants);

        /**
         * @param consent not null
         * @return this builder
         */
        Builder consent(ConsentStatus consent);

        /**
         * @param planRelevant whether it matters for the plan
         * @return this builder
         */
        Builder planRelevant(boolean planRelevant);

        /**
         * @return the item, never null
         * @throws ModelValidationException if a field is missing or malformed
         */
        InformationItem build();
    }

    @Value.Check
    void check() {
        String type = "InformationItem";
        Checks.id(type, null, "id", id());
        Checks.notBlank(type, id(), "topic", topic());
        Checks.id(type, id(), "concerns", concerns());
        Checks.value(!holders().isEmpty(), type, id(), "holders", "an information item has at least one holder");
        Checks.ids(type, id(), "holders", holders());
        Checks.ids(type, id(), "sharedWith", sharedWith());
    }
}
