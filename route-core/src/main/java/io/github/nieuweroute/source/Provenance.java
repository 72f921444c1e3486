package io.github.nieuweroute.source;

import java.util.List;
import org.immutables.value.Value;

/**
 * Where a claim of the library comes from (nl: herkomst): a {@link Grounding} label and the source lines it rests on.
 * A rule, a route reason, an acceptance measure, a simulation mechanism and a parameter each carry one, and a
 * rendered report prints it beside every finding.
 *
 * <p>Every label but {@link Grounding#ASSUMPTION} needs at least one citation; an assumption may cite the lines it is
 * about. Citations are {@code file:line} or {@code file:from-to} into the source texts, or for a caller's own rule
 * any reference of theirs (such as {@code "gemeentebeleid 2026 art. 3"}).
 *
 * <p>Example:
 * {@code Provenance.of(Grounding.TITLE_ONLY, "000_003bca9ac70bd78f.txt:164", "004_5944939a3c113dbb.txt:3667")}.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class Provenance {

    Provenance() {}

    /** @return what the sources give, never null */
    public abstract Grounding grounding();

    /** @return citations {@code file:line} or {@code file:from-to}, at least one unless an assumption; never null */
    public abstract List<String> sources();

    /**
     * Tells whether the claim is our interpretation of something the sources only name.
     *
     * @return true if {@link #grounding()} is {@link Grounding#TITLE_ONLY}
     */
    public final boolean isInterpretation() {
        return grounding() == Grounding.TITLE_ONLY;
    }

    /**
     * Tells whether the claim is our assumption.
     *
     * @return true if {@link #grounding()} is {@link Grounding#ASSUMPTION}
     */
    public final boolean isAssumption() {
        return grounding() == Grounding.ASSUMPTION;
    }

    /**
     * Makes a provenance.
     *
     * @param grounding what the sources give, not null
     * @param sources citations such as {@code "001_efdc3dbc7d93ff68.txt:24"}, at least one unless {@code grounding}
     *     is {@link Grounding#ASSUMPTION}; not null
     * @return the provenance, never null
     * @throws InvalidProvenanceException if a citation is missing or blank
     */
    public static Provenance of(Grounding grounding, String... sources) {
        return ImmutableProvenance.builder().grounding(grounding).addSources(sources).build();
    }

    /**
     * Makes the provenance of an assumption.
     *
     * @param about the lines the assumption is about, possibly none; not null
     * @return the provenance, never null
     * @throws InvalidProvenanceException if a citation is blank
     */
    public static Provenance assumption(String... about) {
        return of(Grounding.ASSUMPTION, about);
    }

    @Value.Check
    void check() {
        if (sources().isEmpty() && grounding() != Grounding.ASSUMPTION) {
            throw new InvalidProvenanceException("sources", "at least one citation for " + grounding());
        }
        for (String s : sources()) {
            if (s.isBlank()) {
                throw new InvalidProvenanceException("sources", "a citation is not blank");
            }
        }
    }

    @Override
    public String toString() {
        return grounding() + " " + sources();
    }
}
