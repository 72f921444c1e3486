package io.github.nieuweroute.json.internal;

import io.github.nieuweroute.json.RouteJsonException;
import io.github.nieuweroute.json.RouteJsonException.Problem;
import io.github.nieuweroute.model.ModelValidationException;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.function.Consumer;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;

/**
 * A JSON parser with the position as a JSON Pointer and typed reads that fail with {@link RouteJsonException}.
 * The parser's current token is always the value being read. Not thread-safe.
 */
public final class JsonInput {

    private final JsonParser parser;
    private final ReadSettings settings;
    private final JsonPath path = new JsonPath();
    /** Array elements and keyed entries read so far in this document. */
    private int elements;

    /** The first situation format version. */
    static final int FIRST_VERSION = 1;
    /** The latest situation format version. */
    static final int LAST_VERSION = 2;
    /** The document's format version once its {@code formatVersion} is read; 0 before. */
    private int version;
    /** Where a field of a later version, met before the document's version was known, was read; null if none. */
    private String laterFieldPointer;
    /** Where a field of an earlier version, met before the document's version was known, was read; null if none. */
    private String earlierFieldPointer;
    private String laterFieldAllowed;
    private String earlierFieldAllowed;

    /**
     * Wraps a parser positioned on (or just before) the value to read.
     *
     * @param parser not null
     * @param settings not null
     */
    public JsonInput(JsonParser parser, ReadSettings settings) {
        this.parser = parser;
        this.settings = settings;
    }

    /** @return the pointer of the current position */
    public String pointer() {
        return path.pointer();
    }

    /** Moves to the first token when the parser has none yet; fails on an empty document. */
    public void start() {
        if (parser.currentToken() == null && parser.nextToken() == null) {
            throw fail(Problem.MALFORMED_JSON, "the document is empty", null);
        }
    }

    /** Fails unless the document ends after the value just read. */
    public void end() {
        if (parser.nextToken() != null) {
            throw fail(Problem.MALFORMED_JSON, "there is content after the end of the document", null);
        }
    }

    // -- objects and arrays

    /** Checks that the current token starts an object and enters it. */
    void startObject() {
        if (parser.currentToken() != JsonToken.START_OBJECT) {
            throw wrongType("an object");
        }
        path.enter();
    }

    /**
     * Moves to the next field of the current object.
     *
     * @return the field name, the parser on its value; null at the end of the object (which is then left)
     */
    String nextField() {
        String name;
        try {
            name = parser.nextName();
        } catch (tools.jackson.core.JacksonException e) {
            // Jackson reads the value's first token with the name, so a bad value (NaN) fails here; point at its field
            String read = parser.currentName();
            if (read != null && parser.streamReadContext().inObject()) {
                path.name(read);
            }
            throw e;
        }
        if (name == null) {
            path.exit();
            return null;
        }
        path.name(name);
        parser.nextToken();
        return name;
    }

    /** @return the document's format version, 0 while its {@code formatVersion} has not been read */
    int version() {
        return version;
    }

    /**
     * Records a field that only some format versions have, read before the document said its version (a document
     * need not list {@code formatVersion} first); {@link #version(int)} checks it.
     */
    void versionedFieldBeforeVersion(int first, int last, String allowed) {
        if (first > FIRST_VERSION && laterFieldPointer == null) {
            laterFieldPointer = pointer();
            laterFieldAllowed = allowed;
        }
        if (last < LAST_VERSION && earlierFieldPointer == null) {
            earlierFieldPointer = pointer();
            earlierFieldAllowed = allowed;
        }
    }

    /**
     * Sets the document's format version, once it is read, and fails if a field read before it is not in that
     * version. Such a field was read, not skipped, so it fails even when unknown fields are ignored.
     *
     * @param version a version this library reads
     */
    void version(int version) {
        this.version = version;
        String at = version == FIRST_VERSION ? laterFieldPointer : version == LAST_VERSION ? earlierFieldPointer : null;
        if (at != null) {
            String allowed = version == FIRST_VERSION ? laterFieldAllowed : earlierFieldAllowed;
            throw new RouteJsonException(Problem.UNKNOWN_FIELD, at, "format version " + version + " has no such "
                    + "field here (fields of either version: " + allowed + "); write formatVersion first to have "
                    + "fields of another version skipped", null);
        }
    }

    /**
     * Handles a field the format does not define: an error, or skipped when unknown fields are ignored.
     *
     * @param allowed the fields of the object, comma-separated, for the message
     */
    void unknownField(String allowed) {
        if (!settings.ignoreUnknownFields()) {
            throw fail(Problem.UNKNOWN_FIELD, "the format has no such field here; allowed are " + allowed, null);
        }
        parser.skipChildren();
    }

    /**
     * Reads an array, calling the element reader with the parser on each element.
     *
     * @param element reads one element, not null
     */
    void array(Runnable element) {
        if (parser.currentToken() != JsonToken.START_ARRAY) {
            throw wrongType("an array");
        }
        path.enter();
        int max = settings.maxArrayLength();
        int i = 0;
        while (parser.nextToken() != JsonToken.END_ARRAY) {
            path.index(i);
            if (i++ == max) {
                throw fail(Problem.LIMIT_EXCEEDED, "the array has more than " + max + " elements", null);
            }
            countElement();
            element.run();
        }
        path.exit();
    }

    /**
     * Reads an object whose field names are keys (ids) and whose values are read by the consumer.
     *
     * @param entry called with the key, the parser on the value; not null
     */
    void keyedObject(Consumer<String> entry) {
        startObject();
        int max = settings.maxArrayLength();
        int n = 0;
        for (String key; (key = nextField()) != null; ) {
            if (n++ == max) {
                throw fail(Problem.LIMIT_EXCEEDED, "the object has more than " + max + " entries", null);
            }
            countElement();
            entry.accept(key);
        }
    }

    private void countElement() {
        if (elements++ == settings.maxElements()) {
            throw fail(Problem.LIMIT_EXCEEDED, "the document has more than " + settings.maxElements()
                    + " array elements and keyed entries in all", null);
        }
    }

    // -- scalar values

    /** @return the current string value; fails on any other token */
    String text() {
        if (parser.currentToken() != JsonToken.VALUE_STRING) {
            throw wrongType("a string");
        }
        return parser.getString();
    }

    /** @return the current boolean value; fails on any other token */
    boolean bool() {
        JsonToken t = parser.currentToken();
        if (t == JsonToken.VALUE_TRUE) {
            return true;
        }
        if (t == JsonToken.VALUE_FALSE) {
            return false;
        }
        throw wrongType("true or false");
    }

    /** @return the current integer value, at least zero; fails on any other token or a value out of range */
    int count() {
        if (parser.currentToken() != JsonToken.VALUE_NUMBER_INT) {
            throw wrongType("an integer");
        }
        if (parser.getNumberType() != JsonParser.NumberType.INT || parser.getIntValue() < 0) {
            throw fail(Problem.INVALID_VALUE, "must be an integer from 0 to " + Integer.MAX_VALUE, null);
        }
        return parser.getIntValue();
    }

    /** @return the current value as an ISO-8601 calendar date, such as {@code 2024-03-01} */
    LocalDate date() {
        String text = text();
        try {
            if (text.length() == 10) {
                return plainDate(text);
            }
            // signed years beyond 0000-9999 are legal but rare: java.time's parser reads them; the length check keeps
            // hostile strings away from it
            if (text.length() > 10 && text.length() <= 16) {
                return LocalDate.parse(text);
            }
        } catch (DateTimeException e) {
            // reported below, without the text: it might not be a date at all but something a person wrote
        }
        throw fail(Problem.INVALID_VALUE, "must be an ISO-8601 calendar date such as 2024-03-01", null);
    }

    /** Reads {@code yyyy-mm-dd} by hand: java.time's general parser costs more than the rest of a record. */
    private static LocalDate plainDate(String t) {
        if (t.charAt(4) != '-' || t.charAt(7) != '-') {
            throw new DateTimeException("not yyyy-mm-dd");
        }
        return LocalDate.of(digits(t, 0, 4), digits(t, 5, 7), digits(t, 8, 10));
    }

    private static int digits(String t, int from, int to) {
        int value = 0;
        for (int i = from; i < to; i++) {
            char c = t.charAt(i);
            if (c < '0' || c > '9') {
                throw new DateTimeException("not a digit");
            }
            value = value * 10 + (c - '0');
        }
        return value;
    }

    /** @return the enum constant whose code is the current string value */
    <E extends Enum<E>> E code(Codes<E> codes) {
        E constant = codes.constant(text());
        if (constant == null) {
            throw fail(Problem.INVALID_VALUE, "is not a " + codes.label() + "; allowed are " + codes.allowed(), null);
        }
        return constant;
    }

    // -- building

    /** Turns a problem the model found into the exception, located at the offending field. */
    static RouteJsonException invalidModel(String objectPointer, java.util.Set<String> fields,
            ModelValidationException e) {
        String field = e.field();
        int comma = field.indexOf(',');
        String first = (comma < 0 ? field : field.substring(0, comma)).trim();
        int dot = first.indexOf('.');
        if (dot > 0) {
            // a field of a nested value ("wishes.holder"): point at the array or object that holds it
            first = first.substring(0, dot);
        }
        String pointer = fields.contains(first) ? JsonPath.child(objectPointer, first) : objectPointer;
        if (e.problem() == ModelValidationException.Problem.MISSING) {
            return new RouteJsonException(Problem.MISSING_FIELD, pointer, "the field '" + first + "' is required", e);
        }
        return new RouteJsonException(Problem.INVALID_MODEL, pointer, e.getMessage(), e);
    }

    // -- failures

    RouteJsonException wrongType(String expected) {
        JsonToken t = parser.currentToken();
        String found = t == null ? "the end of input" : describe(t);
        return fail(Problem.WRONG_TYPE, "must be " + expected + ", found " + found, null);
    }

    RouteJsonException fail(Problem problem, String detail, Throwable cause) {
        return new RouteJsonException(problem, path.pointer(), detail, cause);
    }

    private static String describe(JsonToken t) {
        switch (t) {
            case START_OBJECT:
                return "an object";
            case START_ARRAY:
                return "an array";
            case VALUE_STRING:
                return "a string";
            case VALUE_NUMBER_INT:
            case VALUE_NUMBER_FLOAT:
                return "a number";
            case VALUE_TRUE:
            case VALUE_FALSE:
                return "a boolean";
            case VALUE_NULL:
                return "null (leave an absent field out instead)";
            default:
                return t.name().toLowerCase(java.util.Locale.ROOT);
        }
    }
}
