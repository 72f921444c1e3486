package io.github.nieuweroute.examples.cli;

import io.github.nieuweroute.examples.SeedCaseDemo;
import java.io.PrintStream;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Spec;

/**
 * The {@code route} command-line tool: {@code route demo} runs the seed cases through route classification.
 *
 * <p>Exit codes: 0 when all went well, 1 when a seed case's route differs from the expected one, 2 for a usage
 * error.
 */
@Command(name = "route", mixinStandardHelpOptions = true, version = "route 0.1.0-SNAPSHOT",
        description = "Checks care plans against De Nieuwe Route: who decided what with whom.",
        subcommands = {RouteCommand.Demo.class, CommandLine.HelpCommand.class})
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
        return cl.execute(args);
    }

    @Override
    public Integer call() {
        spec.commandLine().usage(spec.commandLine().getOut());
        return 0;
    }

    /** {@code route demo}: the seed cases through classification. */
    @Command(name = "demo", mixinStandardHelpOptions = true,
            description = "Builds the seed cases of the sources and prints each one's route with its reasons.",
            footer = {"", "Example:", "  java -jar route-examples/target/route.jar demo"})
    static final class Demo implements Callable<Integer> {

        @Spec
        CommandLine.Model.CommandSpec spec;

        @Override
        public Integer call() {
            PrintStream out = new PrintStream(new WriterOutputStream(spec.commandLine().getOut()), true,
                    java.nio.charset.StandardCharsets.UTF_8);
            int mismatches = SeedCaseDemo.print(out);
            out.flush();
            return mismatches == 0 ? 0 : 1;
        }
    }
}
