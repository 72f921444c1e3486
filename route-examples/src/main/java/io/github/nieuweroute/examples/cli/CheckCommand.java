package io.github.nieuweroute.examples.cli;

import io.github.nieuweroute.examples.render.HtmlReport;
import io.github.nieuweroute.json.RouteJson;
import io.github.nieuweroute.model.Participant;
import io.github.nieuweroute.model.Situation;
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
            "  java -jar route.jar check --seed de-vries --format json",
            "  java -jar route.jar check --seed esther-and-jeffrey --format html --lang nl --names > report.html"})
final class CheckCommand implements Callable<Integer> {

    /** How the report is written. */
    enum Format { text, json, html }

    @Spec
    CommandLine.Model.CommandSpec spec;

    @Mixin
    Inputs input;

    @Option(names = "--lang", paramLabel = "nl|en", defaultValue = "en",
            description = "Language of the report: nl or en (default: ${DEFAULT-VALUE}).")
    String lang;

    @Option(names = "--format", paramLabel = "text|json|html", defaultValue = "text",
            description = "Report format: text, json or html (one self-contained page; default: ${DEFAULT-VALUE}).")
    Format format;

    @Option(names = "--names", description = "Name participants by their recorded names instead of their ids "
            + "(text and html; the JSON report always holds ids only).")
    boolean names;

    @Override
    public Integer call() {
        Language language;
        try {
            language = LanguageOption.parse(lang);
            Situation situation = input.read();
            Report report = RuleSet.standard().check(situation);
            if (format == Format.html) {
                spec.commandLine().getOut().print(HtmlReport.render(situation, report, language, names));
                spec.commandLine().getOut().flush();
            } else if (format == Format.json) {
                // the document ends in a line break of its own
                spec.commandLine().getOut().print(RouteJson.create().withPrettyPrinting(true).writeReport(report));
                spec.commandLine().getOut().flush();
            } else {
                spec.commandLine().getOut().println(names ? report.render(language,
                        id -> situation.participant(id).flatMap(Participant::name).orElse(null))
                        : report.render(language));
            }
            return report.hasViolations() ? ExitCodes.FINDINGS : ExitCodes.OK;
        } catch (Inputs.InvalidInput e) {
            return Inputs.report(e, spec.commandLine().getErr());
        }
    }
}
