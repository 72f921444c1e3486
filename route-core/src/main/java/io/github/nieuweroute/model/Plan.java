package io.github.nieuweroute.model;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;

/**
 * A plan (nl: plan): the agreements that together say what will be done. In the Nieuwe Route it is "een gedragen
 * plan", "een plan waar iedereen achter staat" ({@code 001_efdc3dbc7d93ff68.txt:36}), owned by the person it is
 * about: "het plan van Saartje" ({@code 000_003bca9ac70bd78f.txt:272}).
 *
 * <p>A plan can have several owners: "de betrokkenen zijn samen eigenaar van het plan in plaats van de
 * hulpverlening" ({@code 001_efdc3dbc7d93ff68.txt:27}); an empty set means no owner is recorded. A plan may
 * record when it is next to be reviewed (nl: evaluatiedatum), so that a plan whose review is not yet due is not
 * flagged for lacking a joint evaluation (R-06; the heading "Vervolg", {@code 000_003bca9ac70bd78f.txt:185}, and "We
 * evalueren samen het plan van Saartje", {@code :272}; a review date is our interpretation of those).
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class Plan {

    Plan() {}

    /** @return the id, unique in the situation, never null */
    public abstract String id();

    /**
     * Returns the participants whose plan it is: joint ownership is the Nieuwe Route's aim
     * ({@code 001_efdc3dbc7d93ff68.txt:27}).
     *
     * @return the owners' ids, in recorded order, empty if none is recorded; never null
     */
    public abstract Set<String> owners();

    /**
     * Returns the one owner of a plan with exactly one, as format version 1 recorded it.
     *
     * @return the owner when {@link #owners()} has exactly one, else empty
     */
    public final Optional<String> owner() {
        return owners().size() == 1 ? Optional.of(owners().iterator().next()) : Optional.empty();
    }

    /** @return the date by which the plan is to be reviewed together, empty if not recorded */
    public abstract Optional<LocalDate> reviewDate();

    /** @return the agreements, in order, never null */
    public abstract List<Agreement> agreements();

    /** @return a new builder, never null */
    public static Builder builder() {
        return ImmutablePlan.builder();
    }

    /** Builds a {@link Plan}. Not thread-safe. */
    public interface Builder {
        /**
         * @param id not null
         * @return this builder
         */
        Builder id(String id);

        /**
         * Adds an owner; kept from the time a plan had one owner.
         *
         * @param owner a participant id, not null
         * @return this builder
         */
        default Builder owner(String owner) {
            return addOwner(owner);
        }

        /**
         * Adds the owner if there is one; kept from the time a plan had one owner.
         *
         * @param owner a participant id, not null
         * @return this builder
         */
        default Builder owner(Optional<String> owner) {
            return owner.isPresent() ? addOwner(owner.get()) : this;
        }

        /**
         * @param owner a participant id, not null
         * @return this builder
         */
        Builder addOwner(String owner);

        /**
         * @param owners participant ids, not null
         * @return this builder
         */
        Builder addAllOwners(Iterable<String> owners);

        /**
         * @param reviewDate not null
         * @return this builder
         */
        Builder reviewDate(LocalDate reviewDate);

        /**
         * @param reviewDate not null
         * @return this builder
         */
        Builder reviewDate(Optional<? extends LocalDate> reviewDate);

        /**
         * @param agreement not null
         * @return this builder
         */
        Builder addAgreement(Agreement agreement);

        /**
         * @param agreements not null
         * @return this builder
         */
        Builder addAgreements(Agreement... agreements);

        /**
         * @param agreements not null
         * @return this builder
         */
        Builder addAllAgreements(Iterable<? extends Agreement> agreements);

        /**
         * @return the plan, never null
         * @throws ModelValidationException if a field is missing or malformed
         */
        Plan build();
    }

    @Value.Check
    void check() {
        Checks.id("Plan", null, "id", id());
        Checks.ids("Plan", id(), "owners", owners());
    }
}
