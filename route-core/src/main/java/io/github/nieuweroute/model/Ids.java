package io.github.nieuweroute.model;

import io.github.nieuweroute.model.ModelValidationException.Problem;
import java.util.Collection;
import java.util.Objects;

/**
 * The form of the model's ids, for callers that take ids from elsewhere (a case system, a form) and want to know
 * before building whether a value type will accept them: an ASCII letter or digit, then letters, digits and
 * {@code . _ : -}, at most 128 characters. Ids carry no free text, which is why the library may print them.
 *
 * <p>Thread-safe; no state.
 */
public final class Ids {

    /** The longest id, in characters. */
    public static final int MAX_LENGTH = 128;

    private Ids() {}

    /**
     * Tells whether a text is a well-formed id. A loop rather than a regular expression: ids are checked for every
     * reference of every value built, and the regex engine was a third of the JSON reader's time.
     *
     * @param id the text, not null
     * @return true if it is a well-formed id
     */
    public static boolean isWellFormed(String id) {
        int n = id.length();
        if (n == 0 || n > MAX_LENGTH || !isAlnum(id.charAt(0))) {
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

    /**
     * Checks that an id is well-formed, as a value type does when it is built.
     *
     * @param type the type being built, such as {@code "Decision"}, not null
     * @param ownId the id of the object being built, null when the id itself is checked
     * @param field the field holding the id, not null
     * @param id the id, not null
     * @return the id
     * @throws ModelValidationException with {@link Problem#INVALID_ID} if it is not well-formed; the message does not
     *     repeat the text
     */
    public static String require(String type, String ownId, String field, String id) {
        Objects.requireNonNull(id, field);
        if (!isWellFormed(id)) {
            throw new ModelValidationException(type, ownId, field, Problem.INVALID_ID,
                    "an id is 1 to 128 letters, digits or . _ : - and starts with a letter or digit");
        }
        return id;
    }

    /**
     * Checks every id of a collection, as {@link #require(String, String, String, String)}.
     *
     * @param type the type being built, not null
     * @param ownId the id of the object being built, null if it has none yet
     * @param field the field holding the ids, not null
     * @param ids the ids, not null
     * @throws ModelValidationException at the first id that is not well-formed
     */
    public static void requireAll(String type, String ownId, String field, Collection<String> ids) {
        if (ids.isEmpty()) {
            return; // most sets checked are empty; their iterators are not made
        }
        for (String id : ids) {
            require(type, ownId, field, id);
        }
    }
}
