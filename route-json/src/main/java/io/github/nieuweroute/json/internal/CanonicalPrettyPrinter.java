package io.github.nieuweroute.json.internal;

import java.util.ArrayDeque;
import java.util.Deque;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.PrettyPrinter;

/**
 * The layout of the canonical, human-readable form: two spaces of indentation, {@code "\n"} line ends on every
 * platform, {@code "name": value}, one array element per line, {@code {}} and {@code []} when empty. Jackson's
 * default printer uses the platform's line separator, which would make the bytes depend on the machine.
 *
 * <p>For simulation results ({@link #forResults()}) an array of numbers, strings or nulls stays on one line,
 * {@code [0.3, 0.31, null]}, so a weekly series is one line, not hundreds; an array that holds objects or arrays
 * still has one element per line. One instance per generator: it tracks the nesting.
 */
public final class CanonicalPrettyPrinter implements PrettyPrinter {

    /** The state of an open container. */
    private enum Open { OBJECT, ARRAY_UNDECIDED, ARRAY_INLINE, ARRAY_BLOCK }

    private final boolean inlineScalarArrays;
    private final Deque<Open> open = new ArrayDeque<>();

    /** Makes the printer of the canonical form: one array element per line. */
    public CanonicalPrettyPrinter() {
        this(false);
    }

    private CanonicalPrettyPrinter(boolean inlineScalarArrays) {
        this.inlineScalarArrays = inlineScalarArrays;
    }

    /** @return a printer that keeps arrays of scalars on one line, for results */
    public static CanonicalPrettyPrinter forResults() {
        return new CanonicalPrettyPrinter(true);
    }

    @Override
    public void writeRootValueSeparator(JsonGenerator g) {
        g.writeRaw('\n');
    }

    @Override
    public void writeStartObject(JsonGenerator g) {
        enterContainer(g);
        g.writeRaw('{');
        open.push(Open.OBJECT);
    }

    @Override
    public void beforeObjectEntries(JsonGenerator g) {
        newline(g);
    }

    @Override
    public void writeObjectNameValueSeparator(JsonGenerator g) {
        g.writeRaw(": ");
    }

    @Override
    public void writeObjectEntrySeparator(JsonGenerator g) {
        g.writeRaw(',');
        newline(g);
    }

    @Override
    public void writeEndObject(JsonGenerator g, int entries) {
        open.pop();
        if (entries > 0) {
            newline(g);
        }
        g.writeRaw('}');
    }

    @Override
    public void writeStartArray(JsonGenerator g) {
        enterContainer(g);
        g.writeRaw('[');
        open.push(Open.ARRAY_UNDECIDED);
    }

    @Override
    public void beforeArrayValues(JsonGenerator g) {
        if (!inlineScalarArrays) {
            block(g);
        }
        // else the first value decides: a container starts a block (enterContainer), a scalar keeps it inline
    }

    @Override
    public void writeArrayValueSeparator(JsonGenerator g) {
        if (open.peek() == Open.ARRAY_BLOCK) {
            g.writeRaw(',');
            newline(g);
        } else {
            open.pop();
            open.push(Open.ARRAY_INLINE);
            g.writeRaw(", ");
        }
    }

    @Override
    public void writeEndArray(JsonGenerator g, int values) {
        if (open.pop() == Open.ARRAY_BLOCK) {
            newline(g);
        }
        g.writeRaw(']');
    }

    /** A container as the first element of an array makes the array a block. */
    private void enterContainer(JsonGenerator g) {
        if (open.peek() == Open.ARRAY_UNDECIDED) {
            block(g);
        }
    }

    private void block(JsonGenerator g) {
        open.pop();
        open.push(Open.ARRAY_BLOCK);
        newline(g);
    }

    private void newline(JsonGenerator g) {
        g.writeRaw('\n');
        for (int i = 0; i < open.size(); i++) {
            g.writeRaw("  ");
        }
    }
}
