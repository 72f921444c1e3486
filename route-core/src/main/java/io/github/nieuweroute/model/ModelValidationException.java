package io.github.nieuweroute.model;

import java.util.Objects;
import java.util.Optional;

/**
 * Thrown when a value of the model cannot be built because it breaks a structural invariant: a required field is
 * missing, an id is malformed or used twice, a reference does not resolve, dates are out of order.
 *
 * <p>The exception carries where the problem is ({@link #objectType()}, {@link #objectId()}, {@link #field()}) and
 * what it is ({@link #problem()}), so that callers (the JSON reader, a case system) can point at the offending value.
 * Its message cites ids and field names only, never names or free text a person wrote.
 *
 * <p>Business rules of the Nieuwe Route are never invariants: a plan that breaks every principle is still a valid
 * record; the rule checkers report on it.
 *
 * <p>This exception makes no guarantees about immutability or thread-safety.
 */
public class ModelValidationException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    /** The kind of structural problem. */
    public enum Problem {
        /** A required field is not set. */
        MISSING,
        /** An id is blank or has characters an id may not have. */
        INVALID_ID,
        /** Two objects of one situation share an id. */
        DUPLICATE_ID,
        /** A reference names no object of the right kind in the situation. */
        UNRESOLVED_REFERENCE,
        /** The situation has no focus person. */
        NO_FOCUS_PERSON,
        /** A date lies before a date it must follow. */
        DATE_ORDER,
        /** A value is outside what the field allows. */
        INVALID_VALUE
    }

    /** Part of the serialized form: the object type. */
    private final String objectType;
    /** Part of the serialized form: the object id. */
    private final String objectId;
    /** Part of the serialized form: the field. */
    private final String field;
    /** Part of the serialized form: the problem. */
    private final Problem problem;

    /**
     * Creates the exception.
     *
     * @param objectType the simple name of the type being built, such as {@code "Decision"}, not null
     * @param objectId the id of the object, null if it has none or it is unknown
     * @param field the field (or comma-separated fields) at fault, not null
     * @param problem the kind of problem, not null
     * @param detail what is wrong, citing ids only, not null
     */
    public ModelValidationException(String objectType, String objectId, String field, Problem problem,
            String detail) {
        super(format(objectType, objectId, field, detail));
        this.objectType = Objects.requireNonNull(objectType, "objectType");
        this.objectId = objectId;
        this.field = Objects.requireNonNull(field, "field");
        this.problem = Objects.requireNonNull(problem, "problem");
    }

    private static String format(String objectType, String objectId, String field, String detail) {
        String where = objectId == null ? objectType : objectType + " '" + objectId + "'";
        return where + ", field '" + field + "': " + detail;
    }

    /**
     * Returns the simple name of the type that could not be built.
     *
     * @return the type name, such as {@code "Agreement"}, never null
     */
    public String objectType() {
        return objectType;
    }

    /**
     * Returns the id of the object at fault.
     *
     * @return the id, empty when the object has none or it is not known
     */
    public Optional<String> objectId() {
        return Optional.ofNullable(objectId);
    }

    /**
     * Returns the field at fault.
     *
     * @return the field name (comma-separated if several), never null
     */
    public String field() {
        return field;
    }

    /**
     * Returns the kind of problem.
     *
     * @return the problem, never null
     */
    public Problem problem() {
        return problem;
    }
}
