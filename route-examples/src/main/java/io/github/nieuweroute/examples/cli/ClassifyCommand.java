package io.github.nieuweroute.examples.cli;

import io.github.nieuweroute.examples.RouteText;
import io.github.nieuweroute.route.RouteClassifier;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Spec;

/** {@code route classify}: the route per decision and over time, with reasons. */
@Command(name = "classify", mixinStandardHelpOptions = true,
        description = "Prints the route of every decision of a situation and of the situation over time, with the "
                + "reasons.",
        exitCodeListHeading = "%nExit codes:%n", exitCodeList = {"0:classified", "2:invalid input",
            "3:cannot read the input", "4:out of memory"},
        footer = {"", "Examples:", "  java -jar route.jar classify situation.json",
            "  java -jar route.jar classify --seed saartje-wop"})
final class ClassifyCommand implements Callable<Integer> {

    @Spec
    CommandLine.Model.CommandSpec spec;

    @Mixin
    Inputs input;

    @Override
    public Integer call() {
        try {
            spec.commandLine().getOut().print(RouteText.render(RouteClassifier.classify(input.read())));
            spec.commandLine().getOut().flush();
            return ExitCodes.OK;
        } catch (Inputs.InvalidInput e) {
            return Inputs.report(e, spec.commandLine().getErr());
        }
    }
}
