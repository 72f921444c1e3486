package io.github.nieuweroute.examples.render;

import io.github.nieuweroute.rule.Language;
import io.github.nieuweroute.rule.Phrases;
import io.github.nieuweroute.rule.RuleSet;
import io.github.nieuweroute.seed.SeedCase;
import java.util.List;
import java.util.Objects;

/**
 * Writes the demo's {@code index.html}: one self-contained page, in Dutch with the English beside it, that links the
 * HTML report of every seed case and says its route.
 *
 * <p>This class is stateless and thread-safe.
 */
public final class DemoIndex {

    private DemoIndex() {}

    /**
     * Renders the page.
     *
     * @param cases the seed cases, whose reports lie in {@code reports/<key>.nl.html} and {@code .en.html}; not null
     * @return the HTML document, never null
     */
    public static String render(List<SeedCase> cases) {
        Objects.requireNonNull(cases, "cases");
        StringBuilder out = new StringBuilder(4096);
        out.append("<!DOCTYPE html>\n<html lang=\"nl\">\n<head>\n<meta charset=\"utf-8\">\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
                .append("<title>Nieuwe Route: de casussen uit de bronnen</title>\n<style>\n")
                .append("body{font-family:system-ui,'DejaVu Sans',Arial,sans-serif;max-width:50rem;margin:0 auto;")
                .append("padding:1rem 1.5rem;line-height:1.5;color:#1a1a1a}td,th{padding:.3rem .6rem;text-align:left;")
                .append("border-bottom:1px solid #ddd}table{border-collapse:collapse}\n</style>\n</head>\n<body>\n")
                .append("<header><h1>De casussen uit de bronnen</h1>\n<p>Elke casus is ingedeeld als oude, ")
                .append("doodlopende of Nieuwe Route en getoetst aan de regels. <span lang=\"en\">Every case from the ")
                .append("source texts, classified and checked against the rules.</span></p></header>\n<main>\n")
                .append("<table>\n<caption>Casussen en hun route</caption>\n<thead><tr><th scope=\"col\">Casus</th>")
                .append("<th scope=\"col\">Route</th><th scope=\"col\">Rapport</th></tr></thead>\n<tbody>\n");
        for (SeedCase c : cases) {
            String key = Svg.escape(c.key());
            out.append("<tr><td>").append(Svg.escape(c.dutchTitle())).append("</td><td>")
                    .append(Svg.escape(Phrases.route(RuleSet.standard().check(c.situation()).route(), Language.DUTCH)))
                    .append("</td><td><a href=\"reports/").append(key).append(".nl.html\">Nederlands</a> · ")
                    .append("<a href=\"reports/").append(key).append(".en.html\" hreflang=\"en\" lang=\"en\">English</a>")
                    .append("</td></tr>\n");
        }
        out.append("</tbody>\n</table>\n</main>\n</body>\n</html>\n");
        return out.toString();
    }
}
