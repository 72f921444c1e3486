package io.github.nieuweroute.internal;

/**
 * Reads the type and the missing attributes back out of the message an Immutables builder writes when required
 * attributes are not set ("Cannot build Decision, some of required attributes are not set [id, date]"), so that the
 * typed exceptions the builders throw can name them. The message holds attribute names only, never values.
 */
public final class MissingAttributes {

    private MissingAttributes() {}

    /**
     * Returns the type named in the message.
     *
     * @param message the generated message, not null
     * @return the type, {@code "value"} if the message has another form
     */
    public static String type(String message) {
        String prefix = "Cannot build ";
        int start = message.indexOf(prefix);
        int end = message.indexOf(',', start + prefix.length());
        return start >= 0 && end > start ? message.substring(start + prefix.length(), end).trim() : "value";
    }

    /**
     * Returns the missing attributes named in the message.
     *
     * @param message the generated message, not null
     * @return the attribute names as the message lists them ({@code "id, date"}), {@code "?"} if it has another form
     */
    public static String fields(String message) {
        int open = message.lastIndexOf('[');
        int close = message.lastIndexOf(']');
        return open >= 0 && close > open ? message.substring(open + 1, close).trim() : "?";
    }
}
