package io.github.nieuweroute.examples.cli;

/** The exit codes of the {@code route} tool. */
final class ExitCodes {

    /** All went well; for {@code check}: no violations. */
    static final int OK = 0;
    /** {@code check} found violations; {@code demo}: a seed case's route differs from the expected one. */
    static final int FINDINGS = 1;
    /** The input was invalid (the message names the JSON pointer), or the command line was wrong. */
    static final int INVALID_INPUT = 2;
    /** A file could not be read or written: missing permission, a read error, a full disk. */
    static final int IO_FAILURE = 3;
    /** The run needed more memory than the Java heap has ({@code -Xmx}). */
    static final int OUT_OF_MEMORY = 4;
    /** The run was interrupted (Ctrl-C); what was written before is kept. */
    static final int INTERRUPTED = 130;

    private ExitCodes() {}
}
