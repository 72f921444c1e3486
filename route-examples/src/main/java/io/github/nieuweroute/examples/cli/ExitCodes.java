package io.github.nieuweroute.examples.cli;

/** The exit codes of the {@code route} tool. */
final class ExitCodes {

    /** All went well; for {@code check}: no violations. */
    static final int OK = 0;
    /** {@code check} found violations; {@code demo}: a seed case's route differs from the expected one. */
    static final int FINDINGS = 1;
    /** The input was invalid, or the command line was wrong. */
    static final int INVALID_INPUT = 2;
    /** The run was interrupted (Ctrl-C); what was written before is kept. */
    static final int INTERRUPTED = 130;

    private ExitCodes() {}
}
