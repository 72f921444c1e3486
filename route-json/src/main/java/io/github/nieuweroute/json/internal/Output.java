package io.github.nieuweroute.json.internal;

import java.io.OutputStream;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.ObjectWriteContext;
import tools.jackson.core.PrettyPrinter;
import tools.jackson.core.SerializableString;
import tools.jackson.core.json.JsonFactory;

/** Makes generators for the canonical layouts: pretty (the golden files) and compact (one line, for NDJSON). */
public final class Output {

    private Output() {}

    /**
     * Creates a generator.
     *
     * @param factory the factory, not null
     * @param out the stream, not null; not closed when the generator is closed
     * @param pretty true for the pretty layout of {@link CanonicalPrettyPrinter}, false for one line
     * @return the generator, never null
     */
    public static JsonGenerator generator(JsonFactory factory, OutputStream out, boolean pretty) {
        return factory.createGenerator(pretty ? new Pretty() : new Compact(), out);
    }

    /**
     * Creates a generator for simulation and sweep results.
     *
     * @param factory the factory, not null
     * @param out the stream, not null; not closed when the generator is closed
     * @param pretty true for the pretty layout of {@link CanonicalPrettyPrinter#forResults()}, false for one line
     * @return the generator, never null
     */
    public static JsonGenerator resultGenerator(JsonFactory factory, OutputStream out, boolean pretty) {
        return factory.createGenerator(pretty ? new PrettyResult() : new Compact(), out);
    }

    /** The pretty layout of results. */
    private static final class PrettyResult extends ObjectWriteContext.Base {
        @Override
        public PrettyPrinter getPrettyPrinter() {
            return CanonicalPrettyPrinter.forResults();
        }

        @Override
        public boolean hasPrettyPrinter() {
            return true;
        }
    }

    /** The pretty layout, with a fresh printer per generator because a printer counts nesting. */
    private static final class Pretty extends ObjectWriteContext.Base {
        @Override
        public PrettyPrinter getPrettyPrinter() {
            return new CanonicalPrettyPrinter();
        }

        @Override
        public boolean hasPrettyPrinter() {
            return true;
        }
    }

    /** The compact layout: no whitespace, and nothing between root values (the caller writes the line ends). */
    private static final class Compact extends ObjectWriteContext.Base {
        @Override
        public SerializableString getRootValueSeparator(SerializableString defaultSeparator) {
            return null;
        }
    }
}
