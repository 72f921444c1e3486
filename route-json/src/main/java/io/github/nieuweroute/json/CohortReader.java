package io.github.nieuweroute.json;

import io.github.nieuweroute.json.RouteJsonException.Problem;
import io.github.nieuweroute.json.internal.ReadSettings;
import io.github.nieuweroute.json.internal.Reading;
import io.github.nieuweroute.model.Situation;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import tools.jackson.core.JsonParser;
import tools.jackson.core.json.JsonFactory;

/**
 * Reads a cohort of situations from NDJSON: one situation per line, lines ending in {@code \n} (a {@code \r}
 * before it is allowed), blank lines skipped. Only one line is held in memory at a time, so a cohort of any size
 * is read in constant memory; {@link JsonLimits#maxDocumentLength()} bounds the length of a line.
 *
 * <pre>{@code
 * try (CohortReader cohort = RouteJson.create().readCohort(Files.newInputStream(file))) {
 *     cohort.forEachRemaining(situation -> classify(situation));
 * }
 * }</pre>
 *
 * <p>A line that is not a valid situation throws {@link RouteJsonException} with its
 * {@link RouteJsonException#cohortLine() line}; reading cannot go on after it. Closing the reader closes the
 * stream. Obtain one from {@link RouteJson#readCohort(InputStream)}. This class is not thread-safe.
 */
public final class CohortReader implements Iterator<Situation>, AutoCloseable {

    private static final int CHUNK = 64 * 1024;
    /** Reads that return no bytes, in a row, after which the stream is taken to be broken. */
    static final int MAX_EMPTY_READS = 1_000;

    private final JsonFactory factory;
    private final ReadSettings settings;
    private final long maxLineLength;
    private final InputStream in;
    private final byte[] chunk = new byte[CHUNK];
    private int chunkPos;
    private int chunkEnd;
    private boolean endOfInput;
    private byte[] line = new byte[8 * 1024];
    private int lineLength;
    private long lineNumber;
    private Situation next;
    private boolean done;

    CohortReader(JsonFactory factory, ReadSettings settings, long maxLineLength, InputStream in) {
        this.factory = factory;
        this.settings = settings;
        this.maxLineLength = maxLineLength;
        this.in = in;
    }

    /**
     * Tells whether another situation follows, reading up to it.
     *
     * @return true if {@link #next()} returns a situation
     * @throws RouteJsonException if the next non-blank line is not a valid situation
     * @throws UncheckedIOException if the stream fails
     */
    @Override
    public boolean hasNext() {
        while (next == null && !done) {
            if (!readLine()) {
                done = true;
            } else if (!isBlank()) {
                next = parseLine();
            }
        }
        return next != null;
    }

    /**
     * Returns the next situation.
     *
     * @return the situation, never null
     * @throws NoSuchElementException if there is none
     * @throws RouteJsonException if the next non-blank line is not a valid situation
     */
    @Override
    public Situation next() {
        if (!hasNext()) {
            throw new NoSuchElementException("the cohort has no more situations");
        }
        Situation s = next;
        next = null;
        return s;
    }

    /**
     * Returns the line number of the last line read, counted from 1.
     *
     * @return the line number, 0 before the first line
     */
    public long lineNumber() {
        return lineNumber;
    }

    /**
     * Returns the remaining situations as a sequential stream; closing the stream closes this reader.
     *
     * @return the stream, never null
     */
    public Stream<Situation> stream() {
        Spliterator<Situation> spliterator = Spliterators.spliteratorUnknownSize(this,
                Spliterator.ORDERED | Spliterator.NONNULL);
        return StreamSupport.stream(spliterator, false).onClose(this::close);
    }

    /**
     * Closes the stream.
     *
     * @throws UncheckedIOException if closing fails
     */
    @Override
    public void close() {
        done = true;
        next = null;
        try {
            in.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Situation parseLine() {
        try (JsonParser p = parser()) {
            return Reading.situation(p, settings, true);
        } catch (RouteJsonException e) {
            done = true;
            throw e.inCohortLine(lineNumber);
        }
    }

    private JsonParser parser() {
        Reading.checkUtf8(line, 0, lineLength);
        return factory.createParser(line, 0, lineLength);
    }

    /** Reads the next line into {@link #line} without its line end; false at the end of input. */
    private boolean readLine() {
        lineLength = 0;
        boolean any = false;
        while (true) {
            if (chunkPos == chunkEnd && !fill()) {
                if (any) {
                    lineNumber++;
                }
                return any;
            }
            any = true;
            int start = chunkPos;
            int end = start;
            while (end < chunkEnd && chunk[end] != '\n') {
                end++;
            }
            append(start, end);
            chunkPos = end;
            if (end < chunkEnd) {
                chunkPos++;
                lineNumber++;
                if (lineLength > 0 && line[lineLength - 1] == '\r') {
                    lineLength--;
                }
                return true;
            }
        }
    }

    private void append(int start, int end) {
        int n = end - start;
        if ((long) lineLength + n > maxLineLength) {
            done = true;
            throw new RouteJsonException(Problem.LIMIT_EXCEEDED, "",
                    "the line is longer than the document length limit of " + maxLineLength + " bytes", null)
                    .inCohortLine(lineNumber + 1);
        }
        if (lineLength + n > line.length) {
            line = Arrays.copyOf(line, Math.max(lineLength + n, line.length * 2));
        }
        System.arraycopy(chunk, start, line, lineLength, n);
        lineLength += n;
    }

    private boolean fill() {
        if (endOfInput) {
            return false;
        }
        try {
            int n = in.read(chunk, 0, CHUNK);
            // a stream must block until it has a byte; one that keeps returning none would make this loop spin
            for (int zeros = 0; n == 0; zeros++) {
                if (zeros == MAX_EMPTY_READS) {
                    throw new IOException("the stream returned no bytes " + MAX_EMPTY_READS + " times in a row");
                }
                Thread.onSpinWait();
                n = in.read(chunk, 0, CHUNK);
            }
            if (n < 0) {
                endOfInput = true;
                return false;
            }
            chunkPos = 0;
            chunkEnd = n;
            return true;
        } catch (IOException e) {
            done = true;
            throw new UncheckedIOException(e);
        }
    }

    private boolean isBlank() {
        for (int i = 0; i < lineLength; i++) {
            byte b = line[i];
            if (b != ' ' && b != '\t' && b != '\r') {
                return false;
            }
        }
        return true;
    }
}
