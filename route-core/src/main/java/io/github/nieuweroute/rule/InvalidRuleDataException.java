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

    private final String objectType;
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

    /** What a rule id may look like: a letter, then letters, digits and {@code . _ -}, at most 64 long. */
    static final java.util.regex.Pattern RULE_ID = java.util.regex.Pattern.compile("[A-Za-z][A-Za-z0-9._-]{0,63}");

    /** What a message key may look like: dot-separated words of letters, digits and hyphens. */
    static final java.util.regex.Pattern MESSAGE_KEY =
            java.util.regex.Pattern.compile("[A-Za-z][A-Za-z0-9-]*(\\.[A-Za-z0-9][A-Za-z0-9-]*)*");
}
