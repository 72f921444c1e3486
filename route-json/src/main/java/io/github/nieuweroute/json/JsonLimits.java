package io.github.nieuweroute.json;

import tools.jackson.core.StreamReadConstraints;

/**
 * Bounds on JSON input, so that hostile or broken input fails fast with {@link RouteJsonException} and
 * {@link RouteJsonException.Problem#LIMIT_EXCEEDED} instead of exhausting memory. Every limit has a safe default
 * and a wither to change it.
 *
 * <p>All limits but {@link #maxArrayLength()} and {@link #maxElements()} are enforced by Jackson's
 * {@link StreamReadConstraints} (see {@link #streamReadConstraints()}); those two are enforced by this library's
 * reader. For an NDJSON cohort {@link #maxDocumentLength()} and {@link #maxElements()} bound each line, not the
 * whole stream.
 *
 * <pre>{@code
 * RouteJson json = RouteJson.create().withLimits(JsonLimits.defaults().withMaxDocumentLength(200_000_000L));
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 */
public final class JsonLimits implements java.io.Serializable {

    private static final long serialVersionUID = 1L;

    /** Default {@link #maxDocumentLength()}: 64 MiB, about a hundred times a 1,000-participant situation. */
    public static final long DEFAULT_MAX_DOCUMENT_LENGTH = 64L * 1024 * 1024;
    /** Default {@link #maxNestingDepth()}: 16; the format itself nests at most 6 deep. */
    public static final int DEFAULT_MAX_NESTING_DEPTH = 16;
    /** Default {@link #maxStringLength()}: 100,000 characters, some fifty pages of free text. */
    public static final int DEFAULT_MAX_STRING_LENGTH = 100_000;
    /** Default {@link #maxNameLength()}: 256 characters; field names and ids are at most 128. */
    public static final int DEFAULT_MAX_NAME_LENGTH = 256;
    /** Default {@link #maxNumberLength()}: 16 digits; the format's numbers are small counts. */
    public static final int DEFAULT_MAX_NUMBER_LENGTH = 16;
    /** Default {@link #maxArrayLength()}: 100,000 elements in one array. */
    public static final int DEFAULT_MAX_ARRAY_LENGTH = 100_000;
    /**
     * Default {@link #maxElements()}: 500,000 array elements and keyed entries in one document, five times the
     * participants of the largest situation the benchmarks build. A situation read and checked holds about 160 bytes
     * of heap per element (the reference's id, the set or map entry, the position the situation keeps; measured in
     * docs/benchmarks.md, "Hostile input"), so a document at this limit needs some 80 MB, and reading and checking
     * stay well within a 256 MB heap whatever the document.
     */
    public static final int DEFAULT_MAX_ELEMENTS = 500_000;

    private static final JsonLimits DEFAULTS = new JsonLimits(DEFAULT_MAX_DOCUMENT_LENGTH, DEFAULT_MAX_NESTING_DEPTH,
            DEFAULT_MAX_STRING_LENGTH, DEFAULT_MAX_NAME_LENGTH, DEFAULT_MAX_NUMBER_LENGTH, DEFAULT_MAX_ARRAY_LENGTH,
            DEFAULT_MAX_ELEMENTS);

    /** Part of the serialized form: the max document length. */
    private final long maxDocumentLength;
    /** Part of the serialized form: the max nesting depth. */
    private final int maxNestingDepth;
    /** Part of the serialized form: the max string length. */
    private final int maxStringLength;
    /** Part of the serialized form: the max name length. */
    private final int maxNameLength;
    /** Part of the serialized form: the max number length. */
    private final int maxNumberLength;
    /** Part of the serialized form: the max array length. */
    private final int maxArrayLength;
    /** Absent (zero) in limits serialized before it existed; {@link #readResolve()} puts the default in. */
    private final int maxElements;

    private JsonLimits(long maxDocumentLength, int maxNestingDepth, int maxStringLength, int maxNameLength,
            int maxNumberLength, int maxArrayLength, int maxElements) {
        this.maxDocumentLength = positive(maxDocumentLength, "maxDocumentLength");
        this.maxNestingDepth = (int) positive(maxNestingDepth, "maxNestingDepth");
        this.maxStringLength = (int) positive(maxStringLength, "maxStringLength");
        this.maxNameLength = (int) positive(maxNameLength, "maxNameLength");
        this.maxNumberLength = (int) positive(maxNumberLength, "maxNumberLength");
        this.maxArrayLength = (int) positive(maxArrayLength, "maxArrayLength");
        this.maxElements = (int) positive(maxElements, "maxElements");
    }

    /**
     * Checks limits read by Java serialization as the constructor checks new ones: a stream could otherwise turn a
     * limit off with {@code maxArrayLength = -1}.
     *
     * @return equal limits, checked
     * @throws java.io.InvalidObjectException if a limit is not positive
     */
    private Object readResolve() throws java.io.ObjectStreamException {
        try {
            return new JsonLimits(maxDocumentLength, maxNestingDepth, maxStringLength, maxNameLength,
                    maxNumberLength, maxArrayLength, maxElements == 0 ? DEFAULT_MAX_ELEMENTS : maxElements);
        } catch (IllegalArgumentException e) {
            throw new java.io.InvalidObjectException(e.getMessage());
        }
    }

    private static long positive(long value, String name) {
        if (value <= 0) {
            throw new IllegalArgumentException(name + " must be positive, was " + value);
        }
        return value;
    }

    /**
     * Returns the default limits.
     *
     * @return the defaults, never null
     */
    public static JsonLimits defaults() {
        return DEFAULTS;
    }

    /** @return the longest document in bytes (for a {@code String} source, in characters); for a cohort, per line */
    public long maxDocumentLength() {
        return maxDocumentLength;
    }

    /** @return the deepest nesting of objects and arrays */
    public int maxNestingDepth() {
        return maxNestingDepth;
    }

    /** @return the longest string value in characters */
    public int maxStringLength() {
        return maxStringLength;
    }

    /** @return the longest field name in characters */
    public int maxNameLength() {
        return maxNameLength;
    }

    /** @return the longest number in characters */
    public int maxNumberLength() {
        return maxNumberLength;
    }

    /** @return the most elements one array may hold */
    public int maxArrayLength() {
        return maxArrayLength;
    }

    /**
     * Returns the most array elements and keyed entries (such as a decision's participation) one document may hold
     * in all: the bound on memory while reading, since each costs heap beyond its bytes. For a cohort, per line.
     *
     * @return the limit
     */
    public int maxElements() {
        return maxElements;
    }

    /**
     * Returns a copy with another document length limit.
     *
     * @param bytes the limit, positive
     * @return the new limits, never null
     * @throws IllegalArgumentException if the limit is not positive
     */
    public JsonLimits withMaxDocumentLength(long bytes) {
        return new JsonLimits(bytes, maxNestingDepth, maxStringLength, maxNameLength, maxNumberLength,
                maxArrayLength, maxElements);
    }

    /**
     * Returns a copy with another nesting limit.
     *
     * @param depth the limit, positive
     * @return the new limits, never null
     * @throws IllegalArgumentException if the limit is not positive
     */
    public JsonLimits withMaxNestingDepth(int depth) {
        return new JsonLimits(maxDocumentLength, depth, maxStringLength, maxNameLength, maxNumberLength,
                maxArrayLength, maxElements);
    }

    /**
     * Returns a copy with another string length limit.
     *
     * @param chars the limit, positive
     * @return the new limits, never null
     * @throws IllegalArgumentException if the limit is not positive
     */
    public JsonLimits withMaxStringLength(int chars) {
        return new JsonLimits(maxDocumentLength, maxNestingDepth, chars, maxNameLength, maxNumberLength,
                maxArrayLength, maxElements);
    }

    /**
     * Returns a copy with another field name length limit.
     *
     * @param chars the limit, positive
     * @return the new limits, never null
     * @throws IllegalArgumentException if the limit is not positive
     */
    public JsonLimits withMaxNameLength(int chars) {
        return new JsonLimits(maxDocumentLength, maxNestingDepth, maxStringLength, chars, maxNumberLength,
                maxArrayLength, maxElements);
    }

    /**
     * Returns a copy with another number length limit.
     *
     * @param chars the limit, positive
     * @return the new limits, never null
     * @throws IllegalArgumentException if the limit is not positive
     */
    public JsonLimits withMaxNumberLength(int chars) {
        return new JsonLimits(maxDocumentLength, maxNestingDepth, maxStringLength, maxNameLength, chars,
                maxArrayLength, maxElements);
    }

    /**
     * Returns a copy with another array length limit.
     *
     * @param elements the limit, positive
     * @return the new limits, never null
     * @throws IllegalArgumentException if the limit is not positive
     */
    public JsonLimits withMaxArrayLength(int elements) {
        return new JsonLimits(maxDocumentLength, maxNestingDepth, maxStringLength, maxNameLength, maxNumberLength,
                elements, maxElements);
    }

    /**
     * Returns a copy with another limit on the elements of one document.
     *
     * @param elements the limit, positive
     * @return the new limits, never null
     * @throws IllegalArgumentException if the limit is not positive
     */
    public JsonLimits withMaxElements(int elements) {
        return new JsonLimits(maxDocumentLength, maxNestingDepth, maxStringLength, maxNameLength, maxNumberLength,
                maxArrayLength, elements);
    }

    /**
     * Returns Jackson's constraints for these limits, for callers who build their own {@code JsonFactory}:
     * {@code JsonFactory.builder().streamReadConstraints(limits.streamReadConstraints())}.
     *
     * @return the constraints, never null
     */
    public StreamReadConstraints streamReadConstraints() {
        return StreamReadConstraints.builder()
                .maxDocumentLength(maxDocumentLength)
                .maxNestingDepth(maxNestingDepth)
                .maxStringLength(maxStringLength)
                .maxNameLength(maxNameLength)
                .maxNumberLength(maxNumberLength)
                .build();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof JsonLimits o && maxDocumentLength == o.maxDocumentLength
                && maxNestingDepth == o.maxNestingDepth && maxStringLength == o.maxStringLength
                && maxNameLength == o.maxNameLength && maxNumberLength == o.maxNumberLength
                && maxArrayLength == o.maxArrayLength && maxElements == o.maxElements;
    }

    @Override
    public int hashCode() {
        return java.util.Objects.hash(maxDocumentLength, maxNestingDepth, maxStringLength, maxNameLength,
                maxNumberLength, maxArrayLength, maxElements);
    }

    @Override
    public String toString() {
        return "JsonLimits[maxDocumentLength=" + maxDocumentLength + ", maxNestingDepth=" + maxNestingDepth
                + ", maxStringLength=" + maxStringLength + ", maxNameLength=" + maxNameLength
                + ", maxNumberLength=" + maxNumberLength + ", maxArrayLength=" + maxArrayLength + ", maxElements="
                + maxElements + "]";
    }
}
