package io.github.nieuweroute.examples.cli;

import java.io.PrintStream;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Spec;

/**
 * The {@code route} command-line tool: {@code demo}, {@code check}, {@code classify}, {@code render} and
 * {@code simulate}. Every command has {@code --help} with examples.
 *
 * <p>Exit codes: 0 when all went well; 1 when {@code check} finds violations (or a demo case differs from its
 * expected route); 2 for invalid input or a usage error; 3 when a file cannot be read or written; 4 when the Java
 * heap is too small; 130 when interrupted. Every failure is one line on standard error, never a stack trace.
 */
@Command(name = "route", mixinStandardHelpOptions = true, version = "route 0.1.0-SNAPSHOT",
        description = "Checks care plans against De Nieuwe Route: who decided what with whom.",
        subcommands = {DemoCommand.class, CheckCommand.class, ClassifyCommand.class, RenderCommand.class,
            SimulateCommand.class, CommandLine.HelpCommand.class})
public final class RouteCommand implements Callable<Integer> {

    @Spec
    CommandLine.Model.CommandSpec spec;

    /**
     * Runs the tool and exits with its exit code.
     *
     * @param args the command line, not null
     */
    public static void main(String[] args) {
        System.exit(run(System.out, System.err, args));
    }

    /**
     * Runs the tool without exiting, for tests and embedding.
     *
     * @param out standard output, not null
     * @param err standard error, not null
     * @param args the command line, not null
     * @return the exit code
     */
    public static int run(PrintStream out, PrintStream err, String... args) {
        CommandLine cl = new CommandLine(new RouteCommand());
        cl.setOut(new java.io.PrintWriter(out, true));
        cl.setErr(new java.io.PrintWriter(err, true));
        cl.setCaseInsensitiveEnumValuesAllowed(true);
        cl.setExecutionExceptionHandler((e, commandLine, parsed) -> {
            int code = failure(e, commandLine.getErr());
            if (code < 0) {
                throw e;
            }
            return code;
        });
        try {
            return cl.execute(args);
        } catch (OutOfMemoryError e) {
            return failure(e, cl.getErr());
        }
    }

    /**
     * Turns what a command did not handle into one line and an exit code: input and output failures are
     * {@link ExitCodes#IO_FAILURE}, running out of heap {@link ExitCodes#OUT_OF_MEMORY}. Anything else is a bug and
     * keeps its stack trace.
     *
     * @return the exit code, or -1 if the failure is not one of those
     */
    private static int failure(Throwable e, java.io.PrintWriter err) {
        if (e instanceof java.io.UncheckedIOException || e instanceof java.io.IOException) {
            Throwable io = e instanceof java.io.UncheckedIOException ? e.getCause() : e;
            err.println("route: cannot read or write a file: " + describe((java.io.IOException) io));
            err.flush();
            return ExitCodes.IO_FAILURE;
        }
        if (e instanceof OutOfMemoryError) {
            err.println("route: out of memory; give Java a larger heap, such as java -Xmx2g -jar route.jar ...");
            err.flush();
            return ExitCodes.OUT_OF_MEMORY;
        }
        return -1;
    }

    /**
     * Describes an input or output failure in a few words: the kind of failure and the file, as the operating
     * system reports them.
     *
     * @param e the failure, not null
     * @return the description, never null
     */
    static String describe(java.io.IOException e) {
        String kind = e instanceof java.nio.file.NoSuchFileException ? "no such file"
                : e instanceof java.nio.file.AccessDeniedException ? "permission denied"
                : e instanceof java.nio.file.FileSystemException fs && fs.getReason() != null ? fs.getReason()
                : e.getMessage() != null ? e.getMessage() : e.getClass().getSimpleName();
        return e instanceof java.nio.file.FileSystemException fs && fs.getFile() != null && !kind.contains(fs.getFile())
                ? fs.getFile() + ": " + kind : kind;
    }

    @Override
    public Integer call() {
        spec.commandLine().usage(spec.commandLine().getOut());
        return 0;
    }
}
