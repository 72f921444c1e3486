package io.github.nieuweroute.rule;

import java.util.Objects;

/**
 * Thrown when a value of the rule API cannot be made because a field is malformed: a rule id of the wrong form, a
 * blank message key, an evidence id that is no id. It names the type and the field; its message cites ids and field
 * names only.
 *
 * <p>This exception makes no guarantees about immutability or thread-safety.
 */
public class InvalidRuleDataException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    /** Part of the serialized form: the object type. */
    private final String objectType;
    /** Part of the serialized form: the field. */
    private final String field;

    /**
     * Creates the exception.
     *
     * @param objectType the simple name of the type being made, such as {@code "Violation"}, not null
     * @param field the field at fault, not null
     * @param detail what is wrong, citing ids only, not null
     */
    public InvalidRuleDataException(String objectType, String field, String detail) {
        super(objectType + ", field '" + field + "': " + detail);
        this.objectType = Objects.requireNonNull(objectType, "objectType");
        this.field = Objects.requireNonNull(field, "field");
    }

    /**
     * Returns the type that could not be made.
     *
     * @return the simple type name, never null
     */
    public String objectType() {
        return objectType;
    }

    /**
     * Returns the field at fault.
     *
     * @return the field name, never null
     */
    public String field() {
        return field;
    }

    static void require(boolean condition, String objectType, String field, String detail) {
        if (!condition) {
            throw new InvalidRuleDataException(objectType, field, detail);
        }
    }

    /** Tells whether a text is a rule id: a letter, then up to 63 letters, digits or {@code . _ -}. */
    static boolean isRuleId(String s) {
        if (s.isEmpty() || s.length() > 64 || !isLetter(s.charAt(0))) {
            return false;
        }
        for (int i = 1; i < s.length(); i++) {
            char c = s.charAt(i);
            if (!isLetter(c) && !isDigit(c) && c != '.' && c != '_' && c != '-') {
                return false;
            }
        }
        return true;
    }

    /** Tells whether a text is a message key: dot-separated words of letters, digits and hyphens, a letter first. */
    static boolean isMessageKey(String s) {
        if (s.isEmpty() || !isLetter(s.charAt(0)) || s.charAt(s.length() - 1) == '.') {
            return false;
        }
        for (int i = 1; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '.' ? s.charAt(i - 1) == '.' || s.charAt(i + 1) == '-' : !isLetter(c) && !isDigit(c) && c != '-') {
                return false;
            }
        }
        return true;
    }

    /** Tells whether a text has the form of a model id: the model's own check, so the two cannot drift apart. */
    static boolean isModelId(String s) {
        return io.github.nieuweroute.model.Ids.isWellFormed(s);
    }

    private static boolean isLetter(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }
}
