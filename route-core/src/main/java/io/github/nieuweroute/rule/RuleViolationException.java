package io.github.nieuweroute.rule;

import java.util.Objects;

/**
 * Thrown by {@link Report#orThrow()} when a checked situation breaks at least one rule. Its message is the English
 * rendering of the report, which cites ids and enum values only; the report itself is available to callers.
 *
 * <p>This exception makes no guarantees about immutability or thread-safety.
 */
public class RuleViolationException extends IllegalStateException {

    private static final long serialVersionUID = 1L;

    private final transient Report report;

    /**
     * Creates the exception.
     *
     * @param report the report with violations, not null
     */
    public RuleViolationException(Report report) {
        super(Objects.requireNonNull(report, "report").render(Language.ENGLISH));
        this.report = report;
    }

    /**
     * Returns the report.
     *
     * @return the report, null only after deserialisation (the report is not serialised)
     */
    public Report report() {
        return report;
    }
}
