package io.github.nieuweroute.rule;

import java.util.List;
import org.immutables.value.Value;

/**
 * Where a rule comes from (nl: herkomst): the source lines it rests on and whether the sources state the principle or
 * only name it. A rule whose grounding is {@link Grounding#TITLE_ONLY} is our interpretation and says so.
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

    /** @return citations {@code file:line} or {@code file:from-to} into the sources, at least one, never null */
    public abstract List<String> sources();

    /**
     * Tells whether the rule is our interpretation of something the sources only name.
     *
     * @return true if {@link #grounding()} is {@link Grounding#TITLE_ONLY}
     */
    public final boolean isInterpretation() {
        return grounding() == Grounding.TITLE_ONLY;
    }

    /**
     * Makes a provenance.
     *
     * @param grounding what the sources give, not null
     * @param sources citations such as {@code "001_efdc3dbc7d93ff68.txt:24"}, at least one, not null
     * @return the provenance, never null
     * @throws InvalidRuleDataException if there is no citation or one is blank
     */
    public static Provenance of(Grounding grounding, String... sources) {
        return ImmutableProvenance.builder().grounding(grounding).addSources(sources).build();
    }

    @Value.Check
    void check() {
        InvalidRuleDataException.require(!sources().isEmpty(), "Provenance", "sources", "at least one citation");
        for (String s : sources()) {
            InvalidRuleDataException.require(!s.isBlank(), "Provenance", "sources", "a citation is not blank");
        }
    }

    @Override
    public String toString() {
        return grounding() + " " + sources();
    }
}
