package io.github.nieuweroute.examples.render;

import io.github.nieuweroute.model.Participant;
import io.github.nieuweroute.model.Situation;
import io.github.nieuweroute.model.Sphere;
import io.github.nieuweroute.route.DecisionClassification;
import io.github.nieuweroute.route.RoutePeriod;
import io.github.nieuweroute.route.RouteReason;
import io.github.nieuweroute.rule.Exemption;
import io.github.nieuweroute.rule.Finding;
import io.github.nieuweroute.rule.Language;
import io.github.nieuweroute.rule.Phrases;
import io.github.nieuweroute.rule.Report;
import io.github.nieuweroute.rule.Violation;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.StringJoiner;
import java.util.function.Function;

/**
 * Writes the report of a situation as one self-contained HTML page for a caseworker (nl: rapport): the route and why,
 * the route over time, the network map as inline SVG with a text alternative, and the findings grouped by rule with
 * what they concern and where each rule comes from; then the recorded exceptions. No scripts, fonts, images or
 * requests outside the file; it prints on paper as it reads on screen.
 *
 * <p>Every value from the record is escaped. Ids are shown unless the caller asks for names, which come from
 * {@link Participant#name()}; control and direction-override characters in a name are dropped.
 *
 * <p>This class is stateless and thread-safe.
 */
public final class HtmlReport {

    /** Of one rule's findings with the same message at most this many are listed; the rest are counted. */
    static final int LISTED_PER_MESSAGE = 20;

    private HtmlReport() {}

    /**
     * Renders the page.
     *
     * @param situation the situation, not null
     * @param report its report, not null
     * @param language the language of the page, not null
     * @param names true to show participants' recorded names instead of their ids
     * @return the HTML document, never null
     */
    public static String render(Situation situation, Report report, Language language, boolean names) {
        Objects.requireNonNull(situation, "situation");
        Objects.requireNonNull(report, "report");
        Objects.requireNonNull(language, "language");
        Function<String, String> label = names
                ? id -> situation.participant(id).flatMap(Participant::name).orElse(null) : id -> null;
        return new Page(situation, report, language, label, names).render();
    }

    /** One page being written. */
    private static final class Page {

        private final Situation situation;
        private final Report report;
        private final Language language;
        private final Function<String, String> label;
        private final boolean names;
        private final boolean dutch;
        private final StringBuilder out = new StringBuilder(16_384);

        Page(Situation situation, Report report, Language language, Function<String, String> label, boolean names) {
            this.situation = situation;
            this.report = report;
            this.language = language;
            this.label = label;
            this.names = names;
            this.dutch = language == Language.DUTCH;
        }

        String render() {
            String title = (dutch ? "Situatie " : "Situation ") + Phrases.label(label, situation.id());
            out.append("<!DOCTYPE html>\n<html lang=\"").append(dutch ? "nl" : "en").append("\">\n<head>\n")
                    .append("<meta charset=\"utf-8\">\n")
                    .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
                    .append("<title>").append(esc((dutch ? "Rapport: " : "Report: ") + title)).append("</title>\n")
                    .append("<style>").append(STYLE).append("</style>\n</head>\n<body>\n");
            out.append("<header>\n<h1>").append(esc(title)).append("</h1>\n");
            route();
            out.append("</header>\n<main>\n");
            reasons();
            map();
            findings();
            out.append("</main>\n<footer>\n<p>").append(esc(dutch
                    ? "Gemaakt met de Nieuwe Route-bibliotheek. " + (names
                            ? "Dit rapport noemt mensen bij naam, op verzoek; deel het alleen met wie dat mag zien."
                            : "Dit rapport noemt ids, geen namen.")
                    : "Made with the Nieuwe Route library. " + (names
                            ? "This report names people, as asked; share it only with those allowed to see it."
                            : "This report cites ids, not names.")))
                    .append("</p>\n</footer>\n</body>\n</html>\n");
            return out.toString();
        }

        private void route() {
            List<DecisionClassification> decisions = report.classification().decisions();
            out.append("<p class=\"route\" id=\"route\" data-route=\"")
                    .append(report.route().name().toLowerCase(Locale.ROOT).replace('_', '-')).append("\">")
                    .append(esc(dutch ? "Route: " : "Route: ")).append("<strong>")
                    .append(esc(Phrases.route(report.route(), language))).append("</strong>");
            if (!decisions.isEmpty()) {
                DecisionClassification latest = decisions.get(decisions.size() - 1);
                out.append(esc(dutch ? " (besluit " : " (decision ")).append(esc(Phrases.label(label,
                        latest.decisionId()))).append(esc(dutch ? " van " : " of ")).append(time(latest.date()
                        .toString())).append(')');
            }
            out.append("</p>\n<p class=\"counts\">").append(esc(Phrases.counts(report, language))).append("</p>\n");
        }

        private void reasons() {
            out.append("<section aria-labelledby=\"h-why\">\n<h2 id=\"h-why\">")
                    .append(esc(dutch ? "Waarom deze route" : "Why this route")).append("</h2>\n");
            List<DecisionClassification> decisions = report.classification().decisions();
            if (decisions.isEmpty()) {
                out.append("<p>").append(esc(Phrases.reason(RouteReason.NO_DECISION, language))).append("</p>\n");
            } else {
                out.append("<ul class=\"reasons\">\n");
                for (RouteReason r : decisions.get(decisions.size() - 1).reasons()) {
                    out.append("<li>").append(esc(Phrases.reason(r, language))).append("</li>\n");
                }
                out.append("</ul>\n<h3>").append(esc(dutch ? "De route in de tijd" : "The route over time"))
                        .append("</h3>\n<ol class=\"timeline\">\n");
                for (RoutePeriod p : report.classification().periods()) {
                    StringJoiner ids = new StringJoiner(", ");
                    p.decisionIds().forEach(id -> ids.add(Phrases.label(label, id)));
                    out.append("<li>").append(time(p.from().toString()));
                    if (!p.until().equals(p.from())) {
                        out.append(" – ").append(time(p.until().toString()));
                    }
                    out.append(": <strong>").append(esc(Phrases.route(p.route(), language))).append("</strong> (")
                            .append(esc((dutch ? "besluiten: " : "decisions: ") + ids)).append(")</li>\n");
                }
                out.append("</ol>\n");
            }
            out.append("</section>\n");
        }

        private void map() {
            String svg = NetworkMap.render(situation, Pictures.circleExchanges(situation),
                    dutch ? Locale.forLanguageTag("nl") : Locale.ENGLISH,
                    names ? NetworkMap.Labels.NAMES : NetworkMap.Labels.IDS);
            svg = svg.substring(svg.indexOf("<svg"));
            svg = svg.replaceFirst("<svg ", "<svg aria-hidden=\"true\" focusable=\"false\" ");
            out.append("<section aria-labelledby=\"h-map\">\n<h2 id=\"h-map\">")
                    .append(esc(dutch ? "Netwerkkaart" : "Network map")).append("</h2>\n")
                    .append("<figure class=\"map\" id=\"map\">\n<div class=\"svg\" role=\"img\" aria-label=\"")
                    .append(esc(dutch ? "Netwerkkaart: de tekst onder de kaart zegt wie erop staan"
                            : "Network map: the text below the map says who is on it")).append("\">\n")
                    .append(svg).append("</div>\n<figcaption>").append(esc(mapText())).append("</figcaption>\n")
                    .append("</figure>\n</section>\n");
        }

        /** The map in words: who stands in which ring, who co-decided, how many exchanges. */
        private String mapText() {
            Map<Sphere, List<String>> bySphere = new EnumMap<>(Sphere.class);
            for (Participant p : situation.participants()) {
                bySphere.computeIfAbsent(p.sphere(), s -> new ArrayList<>()).add(Phrases.label(label, p.id()));
            }
            Map<Sphere, String> ring = new LinkedHashMap<>();
            ring.put(Sphere.FOCUS_PERSON, dutch ? "In het midden, de cliënt" : "In the centre, the client");
            ring.put(Sphere.LIFEWORLD, dutch ? "het netwerk (leefwereld)" : "the network (lifeworld)");
            ring.put(Sphere.UNKNOWN, dutch ? "leefwereld of systeemwereld onbekend" : "lifeworld or system world unknown");
            ring.put(Sphere.SYSTEM_WORLD, dutch ? "professionals (systeemwereld)" : "professionals (system world)");
            StringJoiner text = new StringJoiner("; ", "", ".");
            ring.forEach((sphere, name) -> {
                List<String> who = bySphere.get(sphere);
                if (who != null) {
                    text.add(name + ": " + String.join(", ", who));
                }
            });
            text.add((dutch ? "uitwisselingen: " : "exchanges: ") + situation.exchanges().size());
            return text.toString();
        }

        private void findings() {
            out.append("<section aria-labelledby=\"h-findings\" id=\"findings\">\n<h2 id=\"h-findings\">")
                    .append(esc(dutch ? "Bevindingen" : "Findings")).append("</h2>\n");
            if (report.violations().isEmpty()) {
                out.append("<p>").append(esc(dutch ? "Geen bevindingen." : "No findings.")).append("</p>\n");
            }
            groups(report.violations());
            out.append("</section>\n");
            if (!report.exemptions().isEmpty()) {
                out.append("<section aria-labelledby=\"h-exemptions\" id=\"exemptions\">\n<h2 id=\"h-exemptions\">")
                        .append(esc(dutch ? "Vastgelegde uitzonderingen" : "Recorded exceptions")).append("</h2>\n<p>")
                        .append(esc(dutch ? "Deze tellen niet als knelpunt: de betrokkene weigerde toestemming of een "
                                + "veiligheidskader is van toepassing."
                                : "These do not count as problems: consent was refused or a safety frame applies."))
                        .append("</p>\n");
                groups(report.exemptions());
                out.append("</section>\n");
            }
        }

        private void groups(List<? extends Finding> findings) {
            int from = 0;
            while (from < findings.size()) {
                String ruleId = findings.get(from).ruleId();
                int to = from;
                while (to < findings.size() && findings.get(to).ruleId().equals(ruleId)) {
                    to++;
                }
                group(ruleId, findings.subList(from, to));
                from = to;
            }
        }

        private void group(String ruleId, List<? extends Finding> findings) {
            out.append("<article class=\"rule\" data-rule=\"").append(esc(ruleId)).append("\">\n<h3>")
                    .append(esc(Phrases.title(report, ruleId, language))).append(" <span class=\"id\">(")
                    .append(esc(ruleId)).append(")</span></h3>\n<ul class=\"findings\">\n");
            Map<String, Integer> perMessage = new LinkedHashMap<>();
            for (Finding f : findings) {
                int n = perMessage.merge(f.messageKey(), 1, Integer::sum);
                if (n > LISTED_PER_MESSAGE) {
                    continue;
                }
                String kind = f instanceof Violation ? ((Violation) f).severity().name()
                        : ((Exemption) f).basis().name();
                out.append("<li class=\"finding ").append(kind.toLowerCase(Locale.ROOT).replace('_', '-'))
                        .append("\"><span class=\"kind\">").append(esc(Phrases.kind(f, language)))
                        .append("</span>: ").append(esc(Phrases.message(report, f, language, label)))
                        .append("<br><span class=\"evidence\">").append(esc((dutch ? "Betreft: " : "Concerns: ")
                                + Phrases.evidence(f, language, label))).append("</span></li>\n");
            }
            perMessage.values().stream().filter(n -> n > LISTED_PER_MESSAGE).forEach(n -> out.append("<li>")
                    .append(esc(dutch ? "en nog " + (n - LISTED_PER_MESSAGE) + " vergelijkbare"
                            : "and " + (n - LISTED_PER_MESSAGE) + " more similar")).append("</li>\n"));
            out.append("</ul>\n");
            Phrases.provenance(report, ruleId, language).ifPresent(p -> out.append("<p class=\"provenance\">")
                    .append(esc(p)).append("</p>\n"));
            out.append("</article>\n");
        }

        private static String time(String date) {
            return "<time datetime=\"" + esc(date) + "\">" + esc(date) + "</time>";
        }

        private static String esc(String text) {
            return Svg.escape(text);
        }
    }

    private static final String STYLE = "\n"
            + "body{font-family:system-ui,-apple-system,'Segoe UI',Roboto,'DejaVu Sans',Arial,sans-serif;"
            + "color:#1a1a1a;background:#fff;max-width:60rem;margin:0 auto;padding:1rem 1.5rem;line-height:1.5}\n"
            + "h1{font-size:1.6rem;margin-bottom:.25rem}h2{font-size:1.25rem;margin-top:2rem;"
            + "border-bottom:1px solid #ccc}h3{font-size:1.05rem;margin-bottom:.25rem}\n"
            + ".route strong{font-size:1.15rem}.id{color:#555;font-weight:normal}\n"
            + ".findings{padding-left:1.2rem}.finding{margin:.4rem 0}.kind{font-weight:bold}\n"
            + ".finding.error .kind{color:#9b1c1c}.finding.warning .kind{color:#7a4b00}.finding.info .kind{color:#1f4e79}\n"
            + ".evidence{color:#444;font-size:.92rem}.provenance{color:#444;font-size:.9rem;font-style:italic}\n"
            + ".map .svg svg{width:100%;height:auto;max-width:40rem;display:block}\n"
            + "figcaption{font-size:.92rem;color:#333}footer{margin-top:2rem;font-size:.85rem;color:#555}\n"
            + "@media print{body{max-width:none;padding:0}h2{break-after:avoid}article{break-inside:avoid}"
            + ".map .svg svg{max-width:16cm}}\n";
}
