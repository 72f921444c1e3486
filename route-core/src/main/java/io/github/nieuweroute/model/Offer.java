package io.github.nieuweroute.model;

import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The offer an agreement draws on (nl: aanbod): its {@link OfferKind} and, for a purchased offer, the product of the
 * municipal catalogue and the period of the contract it was purchased under.
 *
 * <p>"Op dit moment hebben de gemeenten bepaalde zorg ingekocht en daar moeten ze het een jaar mee doen. Het
 * mogelijke aanbod is al vooraf bepaald" ({@code 000_003bca9ac70bd78f.txt:250}): the catalogue item and the contract
 * period record that "vooraf bepaald". The sources name no catalogue format; the catalogue item is an id the caller
 * chooses (a product code of the municipality's purchase), and the record is our interpretation of that passage.
 *
 * <p>An offer may also name its {@link #funder()}, the organisation that pays for it.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class Offer {

    Offer() {}

    /** @return where the help comes from, never null */
    public abstract OfferKind kind();

    /**
     * Returns the product of the municipal catalogue this purchased offer is, as an id (nl: product uit de
     * inkoopcatalogus). Only a {@link OfferKind#PURCHASED} offer has one.
     *
     * @return the catalogue item's id, empty if not recorded
     */
    public abstract Optional<String> catalogueItem();

    /** @return the first day of the contract the offer was purchased under, empty if not recorded */
    public abstract Optional<LocalDate> contractStart();

    /** @return the last day of the contract the offer was purchased under, empty if not recorded */
    public abstract Optional<LocalDate> contractEnd();

    /**
     * Returns the organisation that pays for this help (nl: wie de hulp betaalt of inkoopt), as an id in the same
     * space as {@link Participant#employer()}: the municipality that purchased the offer, a fund, an insurer, or the
     * organisation itself where it carries the cost. Any kind of offer may have one. Format version 2.
     *
     * <p>The sources do not name a funder. It is recorded so that R-07 can compare a facilitator's employer with the
     * organisations that fund the care, as it compares it with those that carry it out; that a funder is not
     * independent either is our interpretation of the Eigen Kracht coordinator who "is dan ook geen hulpverlener"
     * ({@code 004_5944939a3c113dbb.txt:4439-4441}).
     *
     * @return the funder's id, empty if not recorded
     */
    public abstract Optional<String> funder();

    /**
     * Makes an offer of a kind, with no catalogue item or contract period.
     *
     * @param kind the kind, not null
     * @return the offer, never null
     */
    public static Offer of(OfferKind kind) {
        return builder().kind(kind).build();
    }

    /** @return a new builder, never null */
    public static Builder builder() {
        return ImmutableOffer.builder();
    }

    /** Builds an {@link Offer}. Not thread-safe. */
    public interface Builder {
        /**
         * @param kind not null
         * @return this builder
         */
        Builder kind(OfferKind kind);

        /**
         * @param catalogueItem an id, not null
         * @return this builder
         */
        Builder catalogueItem(String catalogueItem);

        /**
         * @param catalogueItem an id, not null
         * @return this builder
         */
        Builder catalogueItem(Optional<String> catalogueItem);

        /**
         * @param contractStart not null
         * @return this builder
         */
        Builder contractStart(LocalDate contractStart);

        /**
         * @param contractStart not null
         * @return this builder
         */
        Builder contractStart(Optional<? extends LocalDate> contractStart);

        /**
         * @param contractEnd not null
         * @return this builder
         */
        Builder contractEnd(LocalDate contractEnd);

        /**
         * @param contractEnd not null
         * @return this builder
         */
        Builder contractEnd(Optional<? extends LocalDate> contractEnd);

        /**
         * @param funder an id, not null
         * @return this builder
         */
        Builder funder(String funder);

        /**
         * @param funder an id, not null
         * @return this builder
         */
        Builder funder(Optional<String> funder);

        /**
         * @return the offer, never null
         * @throws ModelValidationException if a field is missing or malformed, a catalogue item or contract period
         *     is given for an offer that was not purchased, or the contract ends before it starts
         */
        Offer build();
    }

    @Value.Check
    void check() {
        String type = "Offer";
        Checks.id(type, null, "catalogueItem", catalogueItem());
        Checks.id(type, null, "funder", funder());
        boolean purchased = kind() == OfferKind.PURCHASED;
        Checks.value(purchased || catalogueItem().isEmpty(), type, null, "catalogueItem",
                "only a purchased offer has a catalogue item");
        Checks.value(purchased || contractStart().isEmpty() && contractEnd().isEmpty(), type, null,
                "contractStart", "only a purchased offer has a contract period");
        if (contractStart().isPresent() && contractEnd().isPresent()
                && contractEnd().get().isBefore(contractStart().get())) {
            throw new ModelValidationException(type, null, "contractEnd", ModelValidationException.Problem.DATE_ORDER,
                    "the contract ends before it starts");
        }
    }
}
