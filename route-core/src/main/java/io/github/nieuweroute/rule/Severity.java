package io.github.nieuweroute.rule;

/**
 * How serious a violation is (nl: ernst). Ordered from most to least serious.
 */
public enum Severity {
    /** The record breaks a rule the sources state outright, checked directly from the data (nl: fout). */
    ERROR,
    /** The record matches a proxy for breaking a rule, or a rule that is our interpretation (nl: waarschuwing). */
    WARNING,
    /** Worth noting, not a breach in itself (nl: opmerking). */
    INFO;

    /**
     * Tells whether this severity is at least as serious as another.
     *
     * @param other the severity to compare with, not null
     * @return true if this one is as serious or more serious
     */
    public boolean isAtLeast(Severity other) {
        return compareTo(other) <= 0;
    }
}
