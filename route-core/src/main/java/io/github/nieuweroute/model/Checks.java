package io.github.nieuweroute.model;

import io.github.nieuweroute.model.ModelValidationException.Problem;
import java.util.Collection;
import java.util.Optional;

/** Structural checks shared by the value types. Messages cite ids and field names only. */
final class Checks {

    private Checks() {}

    /** Checks that an id has the allowed form, as {@link Ids#require(String, String, String, String)}. */
    static void id(String type, String ownId, String field, String id) {
        Ids.require(type, ownId, field, id);
    }

    /** Checks every id of a collection, as {@link #id(String, String, String, String)}. */
    static void ids(String type, String ownId, String field, Collection<String> ids) {
        Ids.requireAll(type, ownId, field, ids);
    }

    /** Checks an optional id, as {@link #id(String, String, String, String)}. */
    static void id(String type, String ownId, String field, Optional<String> id) {
        id.ifPresent(value -> id(type, ownId, field, value));
    }

    /** Throws {@link Problem#INVALID_VALUE} when the condition does not hold. */
    static void value(boolean condition, String type, String ownId, String field, String detail) {
        if (!condition) {
            throw new ModelValidationException(type, ownId, field, Problem.INVALID_VALUE, detail);
        }
    }

    /** Throws {@link Problem#INVALID_VALUE} when an optional text is present but blank. */
    static void notBlank(String type, String ownId, String field, Optional<String> text) {
        if (text.isPresent() && text.get().isBlank()) {
            throw new ModelValidationException(type, ownId, field, Problem.INVALID_VALUE,
                    "text is blank; leave the field out instead");
        }
    }
}
