package io.github.nieuweroute.json;

import io.github.nieuweroute.json.internal.SituationWriter;
import io.github.nieuweroute.model.Situation;
import java.io.Flushable;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.Objects;
import java.util.stream.Stream;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.exc.JacksonIOException;

/**
 * Writes a cohort of situations as NDJSON: each situation in compact canonical form on one line ending in
 * {@code \n}. Situations are written as they come, so a cohort of any size is written in constant memory.
 *
 * <pre>{@code
 * try (CohortWriter cohort = RouteJson.create().writeCohort(Files.newOutputStream(file))) {
 *     situations.forEach(cohort::write);
 * }
 * }</pre>
 *
 * <p>Closing the writer flushes and closes the stream. Obtain one from {@link RouteJson#writeCohort(OutputStream)}.
 * This class is not thread-safe.
 */
public final class CohortWriter implements AutoCloseable, Flushable {

    private final JsonGenerator generator;
    private final OutputStream out;
    private long count;
    private boolean closed;

    CohortWriter(JsonGenerator generator, OutputStream out) {
        this.generator = generator;
        this.out = out;
    }

    /**
     * Writes one situation as one line.
     *
     * @param situation the situation, not null
     * @throws UncheckedIOException if the stream fails
     * @throws IllegalStateException if the writer was closed
     */
    public void write(Situation situation) {
        Objects.requireNonNull(situation, "situation");
        requireOpen();
        try {
            SituationWriter.write(situation, generator);
            generator.writeRaw('\n');
            count++;
        } catch (JacksonIOException e) {
            throw new UncheckedIOException(e.getCause());
        }
    }

    /**
     * Writes every situation of a stream, one line each.
     *
     * @param situations the situations, not null
     * @throws UncheckedIOException if the stream fails
     */
    public void writeAll(Stream<? extends Situation> situations) {
        situations.forEachOrdered(this::write);
    }

    /**
     * Returns how many situations were written.
     *
     * @return the count, at least zero
     */
    public long count() {
        return count;
    }

    /**
     * Flushes what was written to the stream.
     *
     * @throws UncheckedIOException if the stream fails
     * @throws IllegalStateException if the writer was closed
     */
    @Override
    public void flush() {
        requireOpen();
        try {
            generator.flush();
        } catch (JacksonIOException e) {
            throw new UncheckedIOException(e.getCause());
        }
    }

    private void requireOpen() {
        if (closed) {
            throw new IllegalStateException("the cohort writer is closed");
        }
    }

    /**
     * Flushes and closes the stream. Closing a closed writer does nothing.
     *
     * @throws UncheckedIOException if the stream fails
     */
    @Override
    public void close() {
        if (closed) {
            return;
        }
        closed = true;
        try (OutputStream target = out) {
            generator.close();
        } catch (JacksonIOException e) {
            throw new UncheckedIOException(e.getCause());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
