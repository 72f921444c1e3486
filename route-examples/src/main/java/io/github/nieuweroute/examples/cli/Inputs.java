package io.github.nieuweroute.examples.cli;

import io.github.nieuweroute.json.RouteJson;
import io.github.nieuweroute.json.RouteJsonException;
import io.github.nieuweroute.model.Situation;
import io.github.nieuweroute.seed.SeedCase;
import io.github.nieuweroute.seed.SeedCases;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Collectors;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** The situation a command works on: a JSON file, or a seed case by key. */
final class Inputs {

    /** Thrown when the input cannot be read; the command prints it and exits with {@link ExitCodes#INVALID_INPUT}. */
    static final class InvalidInput extends Exception {
        private static final long serialVersionUID = 1L;

        InvalidInput(String message) {
            super(message);
        }
    }

    @Parameters(index = "0", arity = "0..1", paramLabel = "FILE.json",
            description = "A situation in the library's JSON format (docs/json-format.md).")
    Path file;

    @Option(names = "--seed", paramLabel = "KEY",
            description = "Use a seed case of the sources instead of a file: ${COMPLETION-CANDIDATES}.",
            completionCandidates = SeedKeys.class)
    String seed;

    /** The seed-case keys, for help and completion. */
    static final class SeedKeys implements Iterable<String> {
        @Override
        public java.util.Iterator<String> iterator() {
            return SeedCases.all().stream().map(SeedCase::key).iterator();
        }
    }

    Situation read() throws InvalidInput {
        if ((file == null) == (seed == null)) {
            throw new InvalidInput("give either a FILE.json or --seed KEY (one of: " + SeedCases.all().stream()
                    .map(SeedCase::key).collect(Collectors.joining(", ")) + ")");
        }
        if (seed != null) {
            return SeedCases.byKey(seed).map(SeedCase::situation)
                    .orElseThrow(() -> new InvalidInput("no seed case '" + seed + "'; use one of: "
                            + SeedCases.all().stream().map(SeedCase::key).collect(Collectors.joining(", "))));
        }
        if (!Files.isRegularFile(file)) {
            throw new InvalidInput(file + ": no such file");
        }
        try {
            return RouteJson.create().readSituation(file);
        } catch (RouteJsonException e) {
            String message = e.getMessage();
            throw new InvalidInput(file + ": invalid situation: " + message
                    + (message.contains(e.pointer()) ? "" : " (at JSON pointer '" + e.pointer() + "')"));
        }
    }

    static int report(InvalidInput e, PrintWriter err) {
        err.println("route: " + e.getMessage());
        return ExitCodes.INVALID_INPUT;
    }
}
