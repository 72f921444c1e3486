package io.github.nieuweroute.json.internal;

import java.util.ArrayDeque;
import java.util.Deque;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.PrettyPrinter;

/**
 * The pretty layout of simulation and sweep results: that of {@link CanonicalPrettyPrinter} (two spaces, {@code \n},
 * every object field on its own line), except that an array of numbers, strings or nulls stays on one line,
 * {@code [0.3, 0.31, null]}, so a weekly series is one line, not hundreds. An array that holds objects or arrays has
 * one element per line. One instance per generator: it tracks the nesting.
 */
public final class ResultPrettyPrinter implements PrettyPrinter {

    /** The state of an open container. */
    private enum Open { OBJECT, ARRAY_EMPTY_OR_FIRST, ARRAY_INLINE, ARRAY_BLOCK }

    private final Deque<Open> open = new ArrayDeque<>();

    @Override
    public void writeRootValueSeparator(JsonGenerator g) {
        g.writeRaw('\n');
    }

    @Override
    public void writeStartObject(JsonGenerator g) {
        enterValue(g);
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
        enterValue(g);
        g.writeRaw('[');
        open.push(Open.ARRAY_EMPTY_OR_FIRST);
    }

    @Override
    public void beforeArrayValues(JsonGenerator g) {
        // decided by the first value: a container starts a block (enterValue), a scalar keeps the array inline
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
        Open state = open.pop();
        if (state == Open.ARRAY_BLOCK) {
            newline(g);
        }
        g.writeRaw(']');
    }

    /** A container value as the first element of an array turns the array into a block. */
    private void enterValue(JsonGenerator g) {
        if (open.peek() == Open.ARRAY_EMPTY_OR_FIRST) {
            open.pop();
            open.push(Open.ARRAY_BLOCK);
            newline(g);
        }
    }

    private void newline(JsonGenerator g) {
        g.writeRaw('\n');
        for (int i = 0; i < open.size(); i++) {
            g.writeRaw("  ");
        }
    }
}
