package io.github.nieuweroute.json.internal;

import io.github.nieuweroute.json.RouteJsonException;
import io.github.nieuweroute.json.RouteJsonException.Problem;
import io.github.nieuweroute.model.ModelValidationException;
import io.github.nieuweroute.rule.InvalidRuleDataException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * How one JSON object of the format is read: its fields in canonical order, which are required, how each is read
 * into a builder, and how the builder becomes a value. Reading rejects repeated and (unless ignored) unknown fields
 * and reports missing ones before the model sees the object.
 *
 * @param <B> the builder
 * @param <T> the value
 */
final class ObjectSpec<B, T> {

    /** Reads one field's value into the builder; the parser is on the value. */
    @FunctionalInterface
    interface FieldReader<B> {
        void read(B builder, JsonInput in);
    }

    private final Supplier<B> newBuilder;
    private final Function<B, T> build;
    private final List<String> names = new ArrayList<>();
    private final List<FieldReader<B>> readers = new ArrayList<>();
    private final Map<String, Integer> index = new HashMap<>();
    /** Per field, the first and last format version that has it. */
    private final List<int[]> versions = new ArrayList<>();
    private long required;
    /** Fields that only some format versions have. */
    private long versioned;

    private ObjectSpec(Supplier<B> newBuilder, Function<B, T> build) {
        this.newBuilder = newBuilder;
        this.build = build;
    }

    static <B, T> ObjectSpec<B, T> of(Supplier<B> newBuilder, Function<B, T> build) {
        return new ObjectSpec<>(newBuilder, build);
    }

    /** Adds a required field. */
    ObjectSpec<B, T> required(String name, FieldReader<B> reader) {
        required |= 1L << names.size();
        return optional(name, reader);
    }

    /** Adds an optional field. */
    ObjectSpec<B, T> optional(String name, FieldReader<B> reader) {
        return field(name, JsonInput.FIRST_VERSION, JsonInput.LAST_VERSION, reader);
    }

    /** Adds an optional field that format versions from {@code first} on have. */
    ObjectSpec<B, T> since(int first, String name, FieldReader<B> reader) {
        return field(name, first, JsonInput.LAST_VERSION, reader);
    }

    /** Adds an optional field that format versions up to {@code last} have. */
    ObjectSpec<B, T> until(int last, String name, FieldReader<B> reader) {
        return field(name, JsonInput.FIRST_VERSION, last, reader);
    }

    private ObjectSpec<B, T> field(String name, int first, int last, FieldReader<B> reader) {
        if (names.size() == Long.SIZE) {
            throw new IllegalStateException("too many fields");
        }
        if (first != JsonInput.FIRST_VERSION || last != JsonInput.LAST_VERSION) {
            versioned |= 1L << names.size();
        }
        index.put(name, names.size());
        names.add(name);
        versions.add(new int[] {first, last});
        readers.add(reader);
        return this;
    }

    private String allowed(int version) {
        StringBuilder allowed = new StringBuilder();
        for (int i = 0; i < names.size(); i++) {
            if (version == 0 || has(i, version)) {
                allowed.append(allowed.length() == 0 ? "" : ", ").append(names.get(i));
            }
        }
        return allowed.toString();
    }

    private boolean has(int field, int version) {
        int[] range = versions.get(field);
        return range[0] <= version && version <= range[1];
    }

    /** @return the field names in canonical order */
    Set<String> names() {
        return Collections.unmodifiableSet(new LinkedHashSet<>(names));
    }

    /**
     * Returns the fields a format version has, so that a problem the model finds is located only at a field the
     * document can have.
     *
     * @param version a format version, or 0 for every field of any version
     * @return the field names in canonical order
     */
    Set<String> names(int version) {
        Set<String> of = new LinkedHashSet<>();
        for (int i = 0; i < names.size(); i++) {
            if (version == 0 || has(i, version)) {
                of.add(names.get(i));
            }
        }
        return Collections.unmodifiableSet(of);
    }

    /** @return the index of the field from {@code from} on, -1 if it is not among them */
    private int forward(String name, int from) {
        for (int i = from; i < names.size(); i++) {
            if (names.get(i).equals(name)) {
                return i;
            }
        }
        return -1;
    }

    /**
     * Reads the object the parser is on.
     *
     * @param in the input, on the object's start
     * @return the value, never null
     */
    T read(JsonInput in) {
        in.startObject();
        B builder = newBuilder.get();
        long seen = 0;
        int expected = 0;
        for (String name; (name = in.nextField()) != null; ) {
            // canonical documents list the fields in order, with optional ones left out: the names after the last
            // one read are compared first (a few short strings, cheaper than hashing a name the parser just made)
            int i = forward(name, expected);
            if (i < 0) {
                Integer found = index.get(name);
                if (found == null) {
                    in.unknownField(allowed(in.version()));
                    continue;
                }
                i = found;
            }
            if ((versioned & (1L << i)) != 0) {
                int[] range = versions.get(i);
                if (in.version() == 0) {
                    in.versionedFieldBeforeVersion(range[0], range[1], allowed(0));
                } else if (!has(i, in.version())) {
                    in.unknownField(allowed(in.version()));
                    continue;
                }
            }
            expected = i + 1;
            long bit = 1L << i;
            if ((seen & bit) != 0) {
                throw in.fail(Problem.DUPLICATE_FIELD, "the field appears twice in the object", null);
            }
            seen |= bit;
            readers.get(i).read(builder, in);
        }
        // nextField has left the object: the path now points at the object itself
        long missing = required & ~seen;
        if (missing != 0) {
            String field = names.get(Long.numberOfTrailingZeros(missing));
            throw new RouteJsonException(Problem.MISSING_FIELD, in.pointer(),
                    "the required field '" + field + "' is missing", null);
        }
        try {
            return build.apply(builder);
        } catch (ModelValidationException e) {
            throw JsonInput.invalidModel(in.pointer(), names(in.version()), e);
        } catch (InvalidRuleDataException e) {
            // a finding of a report: its message names the field and cites no input
            throw new RouteJsonException(Problem.INVALID_VALUE, in.pointer(), e.getMessage(), e);
        }
    }
}
