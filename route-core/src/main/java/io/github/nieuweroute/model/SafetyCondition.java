package io.github.nieuweroute.model;

import java.util.Set;
import org.immutables.value.Value;

/**
 * One condition of a safety frame, as data the rules can check (nl: voorwaarde van een veiligheidskader): who may not
 * be alone with whom, whose contact must be supervised and by whom, what may not be decided without the frame's owner.
 *
 * <p>Source: "Veilig Thuis heeft kaders aan de veiligheid gegeven zodat iedereen precies wist waar hij aan toe was"
 * ({@code 000_003bca9ac70bd78f.txt:266}); professionals must be able to intervene "als de veiligheid van de jeugdige in
 * het geding is" ({@code 004_5944939a3c113dbb.txt:2937-2942}). The sources only name such limits; the kinds and the
 * fields are our interpretation (see {@link SafetyConditionKind}). The wording of a frame stays in
 * {@link SafetyFrame#constraints()}, which the library never reads; a condition holds ids and an enum value only.
 *
 * <p>What each kind needs: {@link SafetyConditionKind#NOT_ALONE_WITH} a subject and at least one person;
 * {@link SafetyConditionKind#SUPERVISED_CONTACT} a subject, at least one person and at least one supervisor;
 * {@link SafetyConditionKind#DECIDED_WITH_FRAME_OWNER} a subject only. The subject is never one of the persons or
 * supervisors, and no supervisor is one of the persons.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class SafetyCondition {

    SafetyCondition() {}

    /** @return what the condition forbids or requires, never null */
    public abstract SafetyConditionKind kind();

    /** @return the participant the condition restricts or protects, never null */
    public abstract String subject();

    /** @return the participants the subject may not be alone with, or meets only under supervision; never null */
    public abstract Set<String> persons();

    /** @return the participants of whom one must take part for contact to be supervised; never null */
    public abstract Set<String> supervisors();

    /**
     * Makes a condition that the subject may not be alone with any of the persons.
     *
     * @param subject a participant id, not null
     * @param persons participant ids, at least one, not null
     * @return the condition, never null
     */
    public static SafetyCondition notAloneWith(String subject, String... persons) {
        return builder().kind(SafetyConditionKind.NOT_ALONE_WITH).subject(subject).addPersons(persons).build();
    }

    /**
     * Makes a condition that nothing concerning the subject is decided without the frame's owner.
     *
     * @param subject a participant id, not null
     * @return the condition, never null
     */
    public static SafetyCondition decidedWithFrameOwner(String subject) {
        return builder().kind(SafetyConditionKind.DECIDED_WITH_FRAME_OWNER).subject(subject).build();
    }

    /** @return a new builder, never null */
    public static Builder builder() {
        return ImmutableSafetyCondition.builder();
    }

    /** Builds a {@link SafetyCondition}. Not thread-safe. */
    public interface Builder {
        /**
         * @param kind not null
         * @return this builder
         */
        Builder kind(SafetyConditionKind kind);

        /**
         * @param subject a participant id, not null
         * @return this builder
         */
        Builder subject(String subject);

        /**
         * @param persons participant ids, not null
         * @return this builder
         */
        Builder addPersons(String... persons);

        /**
         * @param persons participant ids, not null
         * @return this builder
         */
        Builder addAllPersons(Iterable<String> persons);

        /**
         * @param supervisors participant ids, not null
         * @return this builder
         */
        Builder addSupervisors(String... supervisors);

        /**
         * @param supervisors participant ids, not null
         * @return this builder
         */
        Builder addAllSupervisors(Iterable<String> supervisors);

        /**
         * @return the condition, never null
         * @throws ModelValidationException if a field is missing or malformed, or the fields do not fit the kind
         */
        SafetyCondition build();
    }

    @Value.Check
    void check() {
        String type = "SafetyCondition";
        Checks.id(type, null, "subject", subject());
        Checks.ids(type, null, "persons", persons());
        Checks.ids(type, null, "supervisors", supervisors());
        boolean contact = kind() != SafetyConditionKind.DECIDED_WITH_FRAME_OWNER;
        Checks.value(contact == !persons().isEmpty(), type, null, "persons",
                contact ? "a condition on contact names at least one person" : "this kind of condition names no persons");
        boolean supervised = kind() == SafetyConditionKind.SUPERVISED_CONTACT;
        Checks.value(supervised == !supervisors().isEmpty(), type, null, "supervisors",
                supervised ? "supervised contact names at least one supervisor"
                        : "only supervised contact names supervisors");
        Checks.value(!persons().contains(subject()), type, null, "persons", "the subject is not one of the persons");
        Checks.value(!supervisors().contains(subject()), type, null, "supervisors",
                "the subject is not one of the supervisors");
        Checks.value(supervisors().stream().noneMatch(persons()::contains), type, null, "supervisors",
                "a supervisor is not one of the persons");
    }
}
