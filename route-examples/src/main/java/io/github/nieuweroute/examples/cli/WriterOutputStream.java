package io.github.nieuweroute.examples.cli;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;

/** Lets code that prints to a {@link java.io.PrintStream} write to picocli's {@link PrintWriter}, UTF-8. */
final class WriterOutputStream extends OutputStream {

    private final PrintWriter writer;
    private final ByteArrayOutputStream pending = new ByteArrayOutputStream();

    WriterOutputStream(PrintWriter writer) {
        this.writer = writer;
    }

    @Override
    public void write(int b) {
        pending.write(b);
        if (b == '\n') {
            flush();
        }
    }

    @Override
    public void flush() {
        writer.write(pending.toString(StandardCharsets.UTF_8));
        writer.flush();
        pending.reset();
    }
}
