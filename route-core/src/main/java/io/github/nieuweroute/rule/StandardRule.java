package io.github.nieuweroute.rule;

import io.github.nieuweroute.source.Grounding;
import io.github.nieuweroute.source.Provenance;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Base of the library's rules: id, checkability and provenance fixed at construction, titles and messages from the
 * library bundle under keys {@code <id>.title} and {@code <id>.<message>}.
 */
abstract class StandardRule implements Rule {

    /** At most this many ids of one kind are listed as evidence where a finding could name a whole group. */
    static final int EVIDENCE_CAP = 20;

    private final String id;
    private final Checkability checkability;
    private final Provenance provenance;
    /**
     * The full message keys ({@code <id>.<message>}) made so far, so that a check that finds thousands of violations
     * of one message makes its key once. A rule has a handful of messages; the map never grows past them.
     */
    private final ConcurrentHashMap<String, String> messageKeys = new ConcurrentHashMap<>();

    StandardRule(String id, Checkability checkability, Grounding grounding, String... sources) {
        this.id = id;
        this.checkability = checkability;
        this.provenance = Provenance.of(grounding, sources);
    }

    @Override
    public final String id() {
        return id;
    }

    @Override
    public final String title(Language language) {
        return Messages.text(Objects.requireNonNull(language, "language"), id + ".title");
    }

    @Override
    public final Provenance provenance() {
        return provenance;
    }

    @Override
    public final Checkability checkability() {
        return checkability;
    }

    /** Makes a violation, or, past the finding limit of a running check, the placeholder it counts. */
    final Violation violation(Severity severity, Evidence.Builder evidence, String message, Object... arguments) {
        if (!FindingBudget.allowsViolation(severity)) {
            return FindingBudget.OMITTED_VIOLATION;
        }
        return Violation.of(id, severity, evidence.build(), messageKey(message), arguments);
    }

    /** Makes an exemption, or, past the finding limit of a running check, the placeholder it counts. */
    final Exemption exemption(ExemptionBasis basis, Evidence.Builder evidence, String message, Object... arguments) {
        if (!FindingBudget.allowsExemption(basis)) {
            return FindingBudget.OMITTED_EXEMPTION;
        }
        return Exemption.of(id, basis, evidence.build(), messageKey(message), arguments);
    }

    private String messageKey(String message) {
        String key = messageKeys.get(message); // a cache: a key made again is equal (an equivalent mutant)
        return key != null ? key : messageKeys.computeIfAbsent(message, m -> id + "." + m);
    }

    /**
     * Records a finding as a violation, or, when a safety frame covers what it is about, as an exemption naming the
     * frame (R-20: a safety frame overrides the ownership rules where it applies).
     */
    final void violationOrExemption(List<Violation> violations, List<Exemption> exemptions, Optional<String> frame,
            Severity severity, Evidence.Builder evidence, String message, Object... arguments) {
        if (frame.isPresent()) {
            exemptions.add(exemption(ExemptionBasis.SAFETY_FRAME, evidence.safetyFrame(frame.get()), message,
                    arguments));
        } else {
            violations.add(violation(severity, evidence, message, arguments));
        }
    }

    @Override
    public String toString() {
        return "Rule " + id;
    }
}
