package io.github.nieuweroute.rule;

/**
 * What the sources give for a rule (nl: onderbouwing): a statement of the principle, or only its name.
 */
public enum Grounding {
    /**
     * The sources state the principle in so many words (for example "verantwoordelijkheid en beslissingsbevoegdheid
     * bij elkaar horen", {@code 000_003bca9ac70bd78f.txt:45}); turning it into a check on data is still ours.
     */
    DEFINED,
    /**
     * The sources only name it, as a heading (the twelve factors, {@code 000_003bca9ac70bd78f.txt:153-170}): the check
     * is our interpretation, resting on the passages cited next to it.
     */
    TITLE_ONLY
}
