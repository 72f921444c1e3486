package io.github.nieuweroute.internal;

import io.github.nieuweroute.model.ModelValidationException;
import io.github.nieuweroute.model.ModelValidationException.Problem;
import java.util.Collection;
import java.util.Optional;

/** Structural checks shared by the value types. Messages cite ids and field names only. */
public final class Checks {

    private Checks() {}

    /**
     * Checks that an id has the allowed form.
     *
     * @param type the type being built, not null
     * @param ownId the id of the object being built, null when the id itself is checked
     * @param field the field holding the id, not null
     * @param id the id, not null
     */
    public static void id(String type, String ownId, String field, String id) {
        if (!isId(id)) {
            throw new ModelValidationException(type, ownId, field, Problem.INVALID_ID,
                    "an id is 1 to 128 letters, digits or . _ : - and starts with a letter or digit");
        }
    }

    /**
     * Tells whether a text is a well-formed id: an ASCII letter or digit, then letters, digits and {@code . _ : -},
     * at most 128 long. A loop rather than a regular expression: ids are checked for every reference of every value
     * built, and the regex engine was a third of the JSON reader's time.
     *
     * @param id the text, not null
     * @return true if it is a well-formed id
     */
    public static boolean isId(String id) {
        int n = id.length();
        if (n == 0 || n > 128 || !isAlnum(id.charAt(0))) {
            return false;
        }
        for (int i = 1; i < n; i++) {
            char c = id.charAt(i);
            if (!isAlnum(c) && c != '.' && c != '_' && c != ':' && c != '-') {
                return false;
            }
        }
        return true;
    }

    private static boolean isAlnum(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
    }

    /** Checks every id of a collection, as {@link #id(String, String, String, String)}. */
    public static void ids(String type, String ownId, String field, Collection<String> ids) {
        for (String id : ids) {
            id(type, ownId, field, id);
        }
    }

    /** Checks an optional id, as {@link #id(String, String, String, String)}. */
    public static void id(String type, String ownId, String field, Optional<String> id) {
        id.ifPresent(value -> id(type, ownId, field, value));
    }

    /** Throws {@link Problem#INVALID_VALUE} when the condition does not hold. */
    public static void value(boolean condition, String type, String ownId, String field, String detail) {
        if (!condition) {
            throw new ModelValidationException(type, ownId, field, Problem.INVALID_VALUE, detail);
        }
    }

    /** Throws {@link Problem#INVALID_VALUE} when an optional text is present but blank. */
    public static void notBlank(String type, String ownId, String field, Optional<String> text) {
        if (text.isPresent() && text.get().isBlank()) {
            throw new ModelValidationException(type, ownId, field, Problem.INVALID_VALUE,
                    "text is blank; leave the field out instead");
        }
    }
}
