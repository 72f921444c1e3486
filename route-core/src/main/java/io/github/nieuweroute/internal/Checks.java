package io.github.nieuweroute.internal;

import io.github.nieuweroute.model.ModelValidationException;
import io.github.nieuweroute.model.ModelValidationException.Problem;
import java.util.Collection;
import java.util.Optional;
import java.util.regex.Pattern;

/** Structural checks shared by the value types. Messages cite ids and field names only. */
public final class Checks {

    /** What an id may look like: a letter or digit, then letters, digits and {@code . _ : -}, at most 128 long. */
    public static final Pattern ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._:-]{0,127}");

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
        if (!ID.matcher(id).matches()) {
            throw new ModelValidationException(type, ownId, field, Problem.INVALID_ID,
                    "an id is 1 to 128 letters, digits or . _ : - and starts with a letter or digit");
        }
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
