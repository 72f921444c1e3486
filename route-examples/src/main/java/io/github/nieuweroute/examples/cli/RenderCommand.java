package io.github.nieuweroute.examples.cli;

import io.github.nieuweroute.examples.render.NetworkMap;
import io.github.nieuweroute.examples.render.Pictures;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code route render}: the network map of a situation as SVG. */
@Command(name = "render", mixinStandardHelpOptions = true,
        description = "Draws the network map of a situation (focus person in the centre, lifeworld around, system "
                + "world outside; who co-decided, who performs, exchange circles) as SVG.",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:written", "2:invalid input, or --out names the input",
            "3:cannot read the input or write the map", "4:out of memory"},
        footer = {"", "Examples:", "  java -jar route.jar render situation.json --out map.svg",
            "  java -jar route.jar render --seed esther-and-jeffrey --out map.svg --lang nl --names"})
final class RenderCommand implements Callable<Integer> {

    @Spec
    CommandLine.Model.CommandSpec spec;

    @Mixin
    Inputs input;

    @Option(names = "--out", required = true, paramLabel = "map.svg", description = "Where to write the SVG.")
    Path out;

    @Option(names = "--lang", paramLabel = "nl|en", defaultValue = "en",
            description = "Language of the legend: nl or en (default: ${DEFAULT-VALUE}).")
    String lang;

    @Option(names = "--names", description = "Label participants with their names instead of their ids.")
    boolean names;

    @Override
    public Integer call() {
        try {
            if (input.file != null && Files.exists(out) && Files.isSameFile(input.file, out)) {
                spec.commandLine().getErr().println("route: --out " + out + " is the input file; choose another");
                return ExitCodes.INVALID_INPUT;
            }
            Pictures.writeMap(input.read(), LanguageOption.locale(LanguageOption.parse(lang)),
                    names ? NetworkMap.Labels.NAMES : NetworkMap.Labels.IDS, out);
            spec.commandLine().getOut().println("wrote " + out.toAbsolutePath());
            return ExitCodes.OK;
        } catch (Inputs.InvalidInput e) {
            return Inputs.report(e, spec.commandLine().getErr());
        } catch (IOException e) {
            spec.commandLine().getErr().println("route: cannot write " + out + ": " + RouteCommand.describe(e));
            return ExitCodes.IO_FAILURE;
        }
    }
}
