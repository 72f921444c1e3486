package io.github.nieuweroute.examples.cli;

import io.github.nieuweroute.json.RouteJson;
import io.github.nieuweroute.rule.Language;
import io.github.nieuweroute.rule.Report;
import io.github.nieuweroute.rule.RuleSet;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code route check}: the standard Nieuwe Route rules on a situation. */
@Command(name = "check", mixinStandardHelpOptions = true,
        description = "Checks a situation against the Nieuwe Route rules and prints the report.",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:no violations", "1:violations found", "2:invalid input (the message names the JSON pointer)",
            "3:cannot read the input", "4:out of memory"},
        footer = {"", "Examples:", "  java -jar route.jar check situation.json --lang nl",
            "  java -jar route.jar check --seed de-vries --format json"})
final class CheckCommand implements Callable<Integer> {

    /** How the report is written. */
    enum Format { text, json }

    @Spec
    CommandLine.Model.CommandSpec spec;

    @Mixin
    Inputs input;

    @Option(names = "--lang", paramLabel = "nl|en", defaultValue = "en",
            description = "Language of the report: nl or en (default: ${DEFAULT-VALUE}).")
    String lang;

    @Option(names = "--format", paramLabel = "text|json", defaultValue = "text",
            description = "Report format: text or json (default: ${DEFAULT-VALUE}).")
    Format format;

    @Override
    public Integer call() {
        Language language;
        try {
            language = LanguageOption.parse(lang);
            Report report = RuleSet.standard().check(input.read());
            if (format == Format.json) {
                // the document ends in a line break of its own
                spec.commandLine().getOut().print(RouteJson.create().withPrettyPrinting(true).writeReport(report));
                spec.commandLine().getOut().flush();
            } else {
                spec.commandLine().getOut().println(report.render(language));
            }
            return report.hasViolations() ? ExitCodes.FINDINGS : ExitCodes.OK;
        } catch (Inputs.InvalidInput e) {
            return Inputs.report(e, spec.commandLine().getErr());
        }
    }
}
