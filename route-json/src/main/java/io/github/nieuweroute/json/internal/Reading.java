package io.github.nieuweroute.json.internal;

import io.github.nieuweroute.json.RouteJsonException;
import io.github.nieuweroute.json.RouteJsonException.Problem;
import io.github.nieuweroute.model.Situation;
import io.github.nieuweroute.rule.Report;
import java.io.CharConversionException;
import java.io.UncheckedIOException;
import java.util.Locale;
import java.util.function.Function;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.exc.JacksonIOException;
import tools.jackson.core.exc.StreamConstraintsException;
import tools.jackson.core.exc.UnexpectedEndOfInputException;

/**
 * Runs a read and turns everything Jackson can throw about the input into {@link RouteJsonException}, located at
 * the reader's position. Jackson's own messages are not passed on: they can quote the input.
 */
public final class Reading {

    private Reading() {}

    /**
     * Reads one situation, the parser on (or before) its first token.
     *
     * @param parser not null
     * @param settings not null
     * @param whole true to require that the input ends after the situation
     * @return the situation, never null
     * @throws RouteJsonException for every problem with the input
     * @throws UncheckedIOException if the underlying stream fails
     */
    public static Situation situation(JsonParser parser, ReadSettings settings, boolean whole) {
        return read(parser, settings, whole, SituationReader::read);
    }

    /**
     * Reads one report, the parser on (or before) its first token.
     *
     * @param parser not null
     * @param settings not null
     * @param whole true to require that the input ends after the report
     * @return the report, never null
     * @throws RouteJsonException for every problem with the input
     * @throws UncheckedIOException if the underlying stream fails
     */
    public static Report report(JsonParser parser, ReadSettings settings, boolean whole) {
        return read(parser, settings, whole, ReportReader::read);
    }

    private static <T> T read(JsonParser parser, ReadSettings settings, boolean whole, Function<JsonInput, T> reader) {
        JsonInput in = new JsonInput(parser, settings);
        try {
            in.start();
            T value = reader.apply(in);
            if (whole) {
                in.end();
            }
            return value;
        } catch (JacksonIOException e) {
            throw ioFailure(e, in.pointer());
        } catch (JacksonException e) {
            throw translate(e, in.pointer());
        }
    }

    /**
     * Turns a failure of the byte source into {@link RouteJsonException} if the bytes were not UTF-8, else into
     * {@link UncheckedIOException} with the stream's own exception as its cause.
     *
     * @param e the failure, not null
     * @param pointer where the reader was, not null
     * @return the exception to throw, never null
     */
    public static RuntimeException ioFailure(JacksonIOException e, String pointer) {
        if (e.getCause() instanceof CharConversionException) {
            return new RouteJsonException(Problem.MALFORMED_JSON, pointer,
                    "the input is not valid UTF-8 (" + e.getCause().getMessage() + ")", null);
        }
        return new UncheckedIOException(e.getCause());
    }

    /**
     * Checks that a document's bytes are UTF-8 (see {@link Utf8}).
     *
     * @param bytes the bytes, not null
     * @param from the first byte
     * @param to the end, exclusive
     * @throws RouteJsonException at the first byte that is not
     */
    public static void checkUtf8(byte[] bytes, int from, int to) {
        try {
            Utf8.checkAll(bytes, from, to);
        } catch (CharConversionException e) {
            throw new RouteJsonException(Problem.MALFORMED_JSON, "", "the input is not valid UTF-8 (" + e.getMessage()
                    + ")", null);
        }
    }

    /** Turns a Jackson exception about the input into ours, without Jackson's message. */
    static RouteJsonException translate(JacksonException e, String pointer) {
        String at = at(e.getLocation());
        if (e instanceof StreamConstraintsException) {
            return new RouteJsonException(Problem.LIMIT_EXCEEDED, pointer,
                    "the input exceeds the " + limit(e.getOriginalMessage()) + at, null);
        }
        if (e instanceof UnexpectedEndOfInputException) {
            return new RouteJsonException(Problem.MALFORMED_JSON, pointer,
                    "the input ends in the middle of the document (truncated?)" + at, null);
        }
        return new RouteJsonException(Problem.MALFORMED_JSON, pointer, "the input is not well-formed JSON" + at,
                null);
    }

    private static String limit(String message) {
        String m = message == null ? "" : message.toLowerCase(Locale.ROOT);
        if (m.contains("nesting depth")) {
            return "nesting depth limit";
        } else if (m.contains("document length")) {
            return "document length limit";
        } else if (m.contains("string value length")) {
            return "string length limit";
        } else if (m.contains("number value length") || m.contains("number length")) {
            return "number length limit";
        } else if (m.contains("name length")) {
            return "field name length limit";
        } else if (m.contains("hash collisions")) {
            return "field name hash collision limit (field names crafted to share a hash)";
        }
        return "read limits";
    }

    private static String at(TokenStreamLocation location) {
        if (location == null || location.getLineNr() < 1) {
            return "";
        }
        return " (line " + location.getLineNr() + ", column " + location.getColumnNr() + ")";
    }
}
