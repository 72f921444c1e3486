package io.github.nieuweroute.model;

import java.util.Optional;
import org.immutables.value.Value;

/**
 * Someone involved in a situation (nl: betrokkene), with the {@link Sphere} they belong to: the focus person, the
 * lifeworld or the system world ({@code 003_e93a9ba200732857.txt:26-28}).
 *
 * <p>Siegers finds the involved by asking "Wie vindt het belangrijk dat deze situatie verbetert?"
 * ({@code 001_efdc3dbc7d93ff68.txt:30}). A lifeworld participant has a {@link Relation} to the focus person; a
 * professional has an organisation; a facilitator has a {@link FacilitatorRole}. A participant can also stand for a
 * group the source neither counts nor names, such as "de oudste kinderen" ({@code 000_003bca9ac70bd78f.txt:268}):
 * see {@link #collective()}.
 *
 * <p>A facilitator need not be put in a sphere: the coordinator of an Eigen Kracht-conferentie is an independent
 * citizen, "dan ook geen hulpverlener" ({@code 004_5944939a3c113dbb.txt:4440-4441}), and not of the network either;
 * such a coordinator is recorded with {@link Sphere#UNKNOWN}, which the route classifier does not count on either
 * side. {@link #employer()} names, as an id, the organisation a professional works for or that employs or pays a
 * facilitator, so that a facilitator's independence can be derived from the record (rule R-07).
 *
 * <p>Privacy: {@link #name()} and {@link #organisation()} are never part of {@code toString}, exception messages or
 * reports; only a caller that renders a situation shows them.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class Participant {

    Participant() {}

    /**
     * Returns the id, unique in the situation.
     *
     * @return the id, never null
     */
    public abstract String id();

    /**
     * Returns the sphere.
     *
     * @return the sphere, never null
     */
    public abstract Sphere sphere();

    /**
     * Returns the name or label a caller may show, such as "Esther". Never printed by the library itself.
     *
     * @return the name, empty if not recorded
     */
    @Value.Redacted
    public abstract Optional<String> name();

    /**
     * Returns how this participant stands to the focus person.
     *
     * @return the relation, empty if not recorded or not applicable (the focus person, most professionals)
     */
    public abstract Optional<Relation> relation();

    /**
     * Returns the organisation of a professional, such as "thuiszorg" or "Veilig Thuis". Free text (it can name a
     * small practice, and so a person): never printed by the library itself.
     *
     * @return the organisation, empty if none
     */
    @Value.Redacted
    public abstract Optional<String> organisation();

    /**
     * Returns the id of the organisation this participant works for, or that employs or pays them (nl: werkgever of
     * opdrachtgever), such as {@code "care-org"}. An id, not a name: two participants with the same employer id work
     * for the same organisation, and an employer id equal to a participant's id names that participant as the
     * organisation. Format version 2.
     *
     * @return the employer's id, empty if not recorded
     */
    public abstract Optional<String> employer();

    /**
     * Returns the participant's age band: a minor or of age, never a birth date. Format version 2.
     *
     * @return the age band, empty if not recorded
     */
    public abstract Optional<AgeBand> ageBand();

    /**
     * Returns who holds parental authority (nl: gezag) over this participant, a minor: parents, or a guardian. A
     * young person "primair afhankelijk is van zijn ouders" ({@code 004_5944939a3c113dbb.txt:2937-2940}), so rule
     * R-02 counts a holder's co-decision as the say of a minor client. Format version 2.
     *
     * @return participant ids, empty if none recorded (always empty unless the age band is {@link AgeBand#MINOR})
     */
    public abstract java.util.Set<String> authorityHolders();

    /**
     * Returns the assessments of this participant's load against their capacity (draaglast and draagkracht), such as
     * of an informal carer. Format version 2.
     *
     * @return the assessments in recorded order, never null
     */
    public abstract java.util.List<LoadAssessment> loadAssessments();

    /**
     * Returns this participant's role as facilitator of the plan process, if any.
     *
     * @return the facilitator role, empty if not a facilitator
     */
    public abstract Optional<FacilitatorRole> facilitator();

    /**
     * Tells whether this participant stands for a group the source neither counts nor names one by one.
     *
     * @return true for a group, false (the default) for one person
     */
    @Value.Default
    public boolean collective() {
        return false;
    }

    /**
     * Tells whether this participant is a focus person.
     *
     * @return true if the sphere is {@link Sphere#FOCUS_PERSON}
     */
    public final boolean isFocusPerson() {
        return sphere() == Sphere.FOCUS_PERSON;
    }

    /**
     * Tells whether this participant belongs to the lifeworld.
     *
     * @return true if the sphere is {@link Sphere#LIFEWORLD}
     */
    public final boolean isLifeworld() {
        return sphere() == Sphere.LIFEWORLD;
    }

    /**
     * Tells whether this participant is a professional.
     *
     * @return true if the sphere is {@link Sphere#SYSTEM_WORLD}
     */
    public final boolean isProfessional() {
        return sphere() == Sphere.SYSTEM_WORLD;
    }

    /**
     * Makes a focus person.
     *
     * @param id the id, not null
     * @return the participant, never null
     */
    public static Participant focusPerson(String id) {
        return builder().id(id).sphere(Sphere.FOCUS_PERSON).build();
    }

    /**
     * Makes a lifeworld participant.
     *
     * @param id the id, not null
     * @param relation how they stand to the focus person, not null
     * @return the participant, never null
     */
    public static Participant lifeworld(String id, Relation relation) {
        return builder().id(id).sphere(Sphere.LIFEWORLD).relation(relation).build();
    }

    /**
     * Makes a professional.
     *
     * @param id the id, not null
     * @param organisation the organisation, not null
     * @return the participant, never null
     */
    public static Participant professional(String id, String organisation) {
        return builder().id(id).sphere(Sphere.SYSTEM_WORLD).organisation(organisation).build();
    }

    /**
     * Returns a new builder.
     *
     * @return the builder, never null
     */
    public static Builder builder() {
        return ImmutableParticipant.builder();
    }

    /** Builds a {@link Participant}. Not thread-safe. */
    public interface Builder {
        /**
         * Sets {@link Participant#id()}.
         * @param id not null
         * @return this builder
         */
        Builder id(String id);

        /**
         * Sets {@link Participant#sphere()}.
         * @param sphere not null
         * @return this builder
         */
        Builder sphere(Sphere sphere);

        /**
         * Sets {@link Participant#name()}.
         * @param name not null
         * @return this builder
         */
        Builder name(String name);

        /**
         * Sets {@link Participant#name()}.
         * @param name not null
         * @return this builder
         */
        Builder name(Optional<String> name);

        /**
         * Sets {@link Participant#relation()}.
         * @param relation not null
         * @return this builder
         */
        Builder relation(Relation relation);

        /**
         * Sets {@link Participant#relation()}.
         * @param relation not null
         * @return this builder
         */
        Builder relation(Optional<? extends Relation> relation);

        /**
         * Sets {@link Participant#organisation()}.
         * @param organisation not null
         * @return this builder
         */
        Builder organisation(String organisation);

        /**
         * Sets {@link Participant#organisation()}.
         * @param organisation not null
         * @return this builder
         */
        Builder organisation(Optional<String> organisation);

        /**
         * Sets {@link Participant#employer()}.
         * @param employer an id, not null
         * @return this builder
         */
        Builder employer(String employer);

        /**
         * Sets {@link Participant#employer()}.
         * @param employer an id, not null
         * @return this builder
         */
        Builder employer(Optional<String> employer);

        /**
         * Sets {@link Participant#facilitator()}.
         * @param role not null
         * @return this builder
         */
        Builder facilitator(FacilitatorRole role);

        /**
         * Sets {@link Participant#facilitator()}.
         * @param role not null
         * @return this builder
         */
        Builder facilitator(Optional<? extends FacilitatorRole> role);

        /**
         * Sets {@link Participant#ageBand()}.
         * @param band not null
         * @return this builder
         */
        Builder ageBand(AgeBand band);

        /**
         * Sets {@link Participant#ageBand()}.
         * @param band not null
         * @return this builder
         */
        Builder ageBand(Optional<? extends AgeBand> band);

        /**
         * Adds to {@link Participant#authorityHolders()}.
         * @param holders participant ids, not null
         * @return this builder
         */
        Builder addAuthorityHolders(String... holders);

        /**
         * Adds to {@link Participant#authorityHolders()}.
         * @param holders participant ids, not null
         * @return this builder
         */
        Builder addAllAuthorityHolders(Iterable<String> holders);

        /**
         * Adds to {@link Participant#loadAssessments()}.
         * @param assessment not null
         * @return this builder
         */
        Builder addLoadAssessment(LoadAssessment assessment);

        /**
         * Adds to {@link Participant#loadAssessments()}.
         * @param assessments not null
         * @return this builder
         */
        Builder addAllLoadAssessments(Iterable<? extends LoadAssessment> assessments);

        /**
         * Sets {@link Participant#collective()}.
         * @param collective whether a group
         * @return this builder
         */
        Builder collective(boolean collective);

        /**
         * Builds the participant.
         *
         * @return the participant, never null
         * @throws ModelValidationException if a field is missing or malformed
         */
        Participant build();
    }

    @Value.Check
    void check() {
        Checks.id("Participant", null, "id", id());
        Checks.notBlank("Participant", id(), "name", name());
        Checks.notBlank("Participant", id(), "organisation", organisation());
        Checks.id("Participant", id(), "employer", employer());
        Checks.ids("Participant", id(), "authorityHolders", authorityHolders());
        Checks.value(authorityHolders().isEmpty() || ageBand().equals(Optional.of(AgeBand.MINOR)), "Participant",
                id(), "authorityHolders", "only a minor has authority holders");
        Checks.value(!authorityHolders().contains(id()), "Participant", id(), "authorityHolders",
                "a participant does not hold authority over themself");
        Checks.value(!(isFocusPerson() && facilitator().isPresent()), "Participant", id(), "facilitator",
                "a focus person cannot be the facilitator of their own plan process");
    }
}
