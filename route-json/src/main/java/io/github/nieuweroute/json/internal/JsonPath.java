package io.github.nieuweroute.json.internal;

import java.util.Arrays;
import java.util.regex.Pattern;

/**
 * Where the reader is in the document, kept cheaply as a stack of field names and array indexes; it becomes a JSON
 * Pointer (RFC 6901) only when a problem is reported.
 */
final class JsonPath {

    /** A segment repeated in a pointer: a field name or id; anything else could be free text and is left out. */
    private static final Pattern SAFE = Pattern.compile("[A-Za-z0-9._:-]{1,128}");

    private String[] names = new String[16];
    private int[] indexes = new int[16];
    private int depth;

    /** Enters an object or array; the new level has no name or index until one is set. */
    void enter() {
        if (depth == names.length) {
            names = Arrays.copyOf(names, depth * 2);
            indexes = Arrays.copyOf(indexes, depth * 2);
        }
        names[depth] = null;
        indexes[depth] = -1;
        depth++;
    }

    /** Leaves the current object or array. */
    void exit() {
        depth--;
    }

    /** Sets the field name of the current object level. */
    void name(String name) {
        names[depth - 1] = name;
        indexes[depth - 1] = -1;
    }

    /** Sets the index of the current array level. */
    void index(int index) {
        names[depth - 1] = null;
        indexes[depth - 1] = index;
    }

    /**
     * Returns the pointer of the current position.
     *
     * @return the pointer, {@code ""} at the root
     */
    String pointer() {
        return pointer(depth);
    }

    /** Returns the pointer of the object or array holding the current position. */
    String parentPointer() {
        return pointer(Math.max(0, depth - 1));
    }

    private String pointer(int levels) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < levels; i++) {
            if (names[i] != null) {
                if (!SAFE.matcher(names[i]).matches()) {
                    break;
                }
                b.append('/').append(names[i]);
            } else if (indexes[i] >= 0) {
                b.append('/').append(indexes[i]);
            } else {
                break;
            }
        }
        return b.toString();
    }

    /** Escapes a segment as RFC 6901 asks; the safe segments need none, so this is only for building pointers. */
    static String child(String pointer, String segment) {
        return pointer + "/" + segment.replace("~", "~0").replace("/", "~1");
    }
}
