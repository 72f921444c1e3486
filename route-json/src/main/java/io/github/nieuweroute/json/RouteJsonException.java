package io.github.nieuweroute.json;

import io.github.nieuweroute.model.ModelValidationException;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * Thrown for every problem with JSON input: malformed or truncated JSON, a limit exceeded, a wrong type, an unknown,
 * missing or repeated field, an invalid date or code, a reference that does not resolve, or any other structural
 * invariant of the model.
 *
 * <p>It carries the JSON Pointer (RFC 6901) of the offending value, relative to the situation, and for a cohort the
 * line of the NDJSON stream. Its message names the problem and cites field names, ids and allowed codes only, never
 * a name or free text from the input: it is safe to log.
 *
 * <pre>{@code
 * try {
 *     Situation s = RouteJson.create().readSituation(json);
 * } catch (RouteJsonException e) {
 *     log.warn("rejected situation at {}: {}", e.pointer(), e.problem());
 * }
 * }</pre>
 *
 * <p>This exception makes no guarantees about immutability or thread-safety.
 */
public class RouteJsonException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** The kind of input problem. */
    public enum Problem {
        /** The input is not well-formed JSON: truncated, a stray character, invalid UTF-8, content after the end. */
        MALFORMED_JSON,
        /** The input exceeds a limit of {@link JsonLimits}: size, nesting, string, number, name or array length. */
        LIMIT_EXCEEDED,
        /** A value has the wrong JSON type, such as a number where a string belongs, or {@code null}. */
        WRONG_TYPE,
        /** An object has a field the format does not define (an error unless unknown fields are ignored). */
        UNKNOWN_FIELD,
        /** A required field is missing. */
        MISSING_FIELD,
        /** An object has the same field twice. */
        DUPLICATE_FIELD,
        /** An array that holds a set of ids has the same id twice. */
        DUPLICATE_ENTRY,
        /** A value of the right type is not allowed: a malformed date, an unknown code, a number out of range. */
        INVALID_VALUE,
        /** The {@code formatVersion} is not one this library reads. */
        UNSUPPORTED_VERSION,
        /** The values are well-formed but break an invariant of the model; see {@link #modelProblem()}. */
        INVALID_MODEL
    }

    /** Part of the serialized form: the problem. */
    private final Problem problem;
    /** Part of the serialized form: the pointer. */
    private final String pointer;
    /** Part of the serialized form: the cohort line. */
    private final long cohortLine;

    /**
     * Creates the exception.
     *
     * @param problem the kind of problem, not null
     * @param pointer the JSON Pointer of the offending value, {@code ""} for the whole document, not null
     * @param detail what is wrong, citing field names, ids and codes only, not null
     * @param cause the underlying exception, null if none
     */
    public RouteJsonException(Problem problem, String pointer, String detail, Throwable cause) {
        this(problem, pointer, detail, cause, 0);
    }

    private RouteJsonException(Problem problem, String pointer, String detail, Throwable cause, long cohortLine) {
        super(format(pointer, detail, cohortLine), cause);
        this.problem = Objects.requireNonNull(problem, "problem");
        this.pointer = Objects.requireNonNull(pointer, "pointer");
        this.cohortLine = cohortLine;
    }

    private static String format(String pointer, String detail, long cohortLine) {
        String where = pointer.isEmpty() ? "at the document root" : "at " + pointer;
        String line = cohortLine > 0 ? " (cohort line " + cohortLine + ")" : "";
        return where + line + ": " + Objects.requireNonNull(detail, "detail");
    }

    /**
     * Returns the same problem located in a line of an NDJSON cohort.
     *
     * @param line the line number, counted from 1
     * @return a new exception with the same problem, pointer and cause, never null
     */
    RouteJsonException inCohortLine(long line) {
        String message = getMessage();
        String detail = message.substring(message.indexOf(": ") + 2);
        RouteJsonException located = new RouteJsonException(problem, pointer, detail, getCause(), line);
        located.setStackTrace(getStackTrace());
        return located;
    }

    /**
     * Returns the kind of problem.
     *
     * @return the problem, never null
     */
    public Problem problem() {
        return problem;
    }

    /**
     * Returns the JSON Pointer (RFC 6901) of the offending value, relative to the situation: {@code ""} is the
     * situation itself, {@code "/decisions/2/date"} the date of its third decision. A name that is not a well-formed
     * id or field name is not repeated: the pointer then stops at the object holding it.
     *
     * @return the pointer, never null
     */
    public String pointer() {
        return pointer;
    }

    /**
     * Returns the line of the NDJSON cohort the problem is on.
     *
     * @return the line number counted from 1, empty when the input was a single document
     */
    public OptionalLong cohortLine() {
        return cohortLine > 0 ? OptionalLong.of(cohortLine) : OptionalLong.empty();
    }

    /**
     * Returns the model's own account of an {@link Problem#INVALID_MODEL} problem.
     *
     * @return the kind of structural problem the model found, empty for other problems
     */
    public Optional<ModelValidationException.Problem> modelProblem() {
        return getCause() instanceof ModelValidationException m ? Optional.of(m.problem()) : Optional.empty();
    }
}
