package io.github.nieuweroute.rule;

import java.util.List;

/**
 * What a rule found in a situation (nl: bevinding): a {@link Violation} or a recorded {@link Exemption}. It has the
 * rule's id, a message key with arguments (ids, enum values and counts only) and the {@link Evidence}.
 *
 * <p>Implementations are immutable and thread-safe.
 */
public abstract class Finding {

    Finding() {}

    /** @return the id of the rule that found it, such as {@code "R-01"}, never null */
    public abstract String ruleId();

    /** @return the key of the message in the rule bundles, such as {@code "R-01.performer-did-not-co-decide"} */
    public abstract String messageKey();

    /** @return the message arguments: ids, enum values and counts, never names or free text; never null */
    public abstract List<String> arguments();

    /** @return the ids the finding is about, never null */
    public abstract Evidence evidence();

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

    void validate(String type) {
        InvalidRuleDataException.require(InvalidRuleDataException.isRuleId(ruleId()), type,
                "ruleId", "a rule id is a letter then up to 63 letters, digits or . _ -");
        InvalidRuleDataException.require(InvalidRuleDataException.isMessageKey(messageKey()), type,
                "messageKey", "a message key is dot-separated words of letters, digits and hyphens");
    }

    static List<String> texts(Object... arguments) {
        String[] texts = new String[arguments.length];
        for (int i = 0; i < arguments.length; i++) {
            texts[i] = String.valueOf(arguments[i]);
        }
        return List.of(texts);
    }
}
