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
 * expected route); 2 for invalid input or a usage error; 130 when interrupted.
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
        return cl.execute(args);
    }

    @Override
    public Integer call() {
        spec.commandLine().usage(spec.commandLine().getOut());
        return 0;
    }
}
