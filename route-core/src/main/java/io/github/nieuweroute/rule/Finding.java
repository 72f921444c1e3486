package io.github.nieuweroute.rule;

import java.util.List;
import java.util.Objects;

/**
 * What a rule found in a situation (nl: bevinding): a {@link Violation} or a recorded {@link Exemption}. It has the
 * rule's id, a message key with arguments (ids, enum values and counts only) and the {@link Evidence}.
 *
 * <p>Implementations are immutable and thread-safe.
 */
public abstract class Finding {

    private final String ruleId;
    private final String messageKey;
    private final List<String> arguments;
    private final Evidence evidence;

    /**
     * Makes a finding and checks its rule id and message key.
     *
     * @param type the type's name, for the message of an {@link InvalidRuleDataException}
     */
    Finding(String type, String ruleId, Evidence evidence, String messageKey, Object... arguments) {
        this.ruleId = Objects.requireNonNull(ruleId, "ruleId");
        this.evidence = Objects.requireNonNull(evidence, "evidence");
        this.messageKey = Objects.requireNonNull(messageKey, "messageKey");
        this.arguments = texts(Objects.requireNonNull(arguments, "arguments"));
        InvalidRuleDataException.require(InvalidRuleDataException.isRuleId(ruleId), type,
                "ruleId", "a rule id is a letter then up to 63 letters, digits or . _ -");
        InvalidRuleDataException.require(InvalidRuleDataException.isMessageKey(messageKey), type,
                "messageKey", "a message key is dot-separated words of letters, digits and hyphens");
    }

    /** @return the id of the rule that found it, such as {@code "R-01"}, never null */
    public final String ruleId() {
        return ruleId;
    }

    /** @return the key of the message in the rule bundles, such as {@code "R-01.performer-did-not-co-decide"} */
    public final String messageKey() {
        return messageKey;
    }

    /** @return the message arguments: ids, enum values and counts, never names or free text; never null */
    public final List<String> arguments() {
        return arguments;
    }

    /** @return the ids the finding is about, never null */
    public final Evidence evidence() {
        return evidence;
    }

    /** @return whether the other finding's rule id, message key, arguments and evidence are equal to this one's */
    final boolean sameAs(Finding other) {
        return ruleId.equals(other.ruleId) && messageKey.equals(other.messageKey)
                && arguments.equals(other.arguments) && evidence.equals(other.evidence);
    }

    /** @return a hash of the rule id, message key, arguments and evidence */
    final int baseHash() {
        return Objects.hash(ruleId, messageKey, arguments, evidence);
    }

    /**
     * Orders findings of one rule (and one severity or basis) by evidence, message key, then arguments: the tail of
     * {@link Violation#ORDER} and {@link Exemption#ORDER}, written out because a report sorts every finding.
     */
    static int compareRest(Finding a, Finding b) {
        int c = a.evidence().compareTo(b.evidence());
        if (c == 0) {
            c = a.messageKey().compareTo(b.messageKey());
        }
        return c != 0 ? c : compareLists(a.arguments(), b.arguments());
    }

    private static int compareLists(List<String> a, List<String> b) {
        for (int i = 0; i < Math.min(a.size(), b.size()); i++) {
            int c = a.get(i).compareTo(b.get(i));
            if (c != 0) {
                return c;
            }
        }
        return Integer.compare(a.size(), b.size());
    }

    static List<String> texts(Object... arguments) {
        String[] texts = new String[arguments.length];
        for (int i = 0; i < arguments.length; i++) {
            texts[i] = String.valueOf(arguments[i]);
        }
        return List.of(texts);
    }
}
