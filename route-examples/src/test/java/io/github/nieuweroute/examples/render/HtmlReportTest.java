package io.github.nieuweroute.examples.render;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.nieuweroute.model.Decision;
import io.github.nieuweroute.model.Participant;
import io.github.nieuweroute.model.ParticipationLevel;
import io.github.nieuweroute.model.Situation;
import io.github.nieuweroute.model.Sphere;
import io.github.nieuweroute.rule.Language;
import io.github.nieuweroute.rule.Report;
import io.github.nieuweroute.rule.RuleSet;
import io.github.nieuweroute.seed.SeedCase;
import io.github.nieuweroute.seed.SeedCases;
import java.io.StringReader;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import javax.xml.parsers.DocumentBuilderFactory;
import nu.validator.htmlparser.common.XmlViolationPolicy;
import nu.validator.htmlparser.dom.HtmlDocumentBuilder;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.ErrorHandler;
import org.xml.sax.InputSource;
import org.xml.sax.SAXParseException;

class HtmlReportTest {

    static Stream<Arguments> pages() {
        List<Arguments> pages = new ArrayList<>();
        for (SeedCase seed : SeedCases.all()) {
            for (Language language : Language.values()) {
                pages.add(Arguments.of(seed.key(), language));
            }
        }
        return pages.stream();
    }

    /**
     * Parses the page with the HTML5 parsing algorithm (the Nu checker's parser) and collects every parse error and
     * warning: a conforming document has none.
     */
    static Document parse(String html, List<String> problems) throws Exception {
        HtmlDocumentBuilder builder = new HtmlDocumentBuilder(XmlViolationPolicy.ALTER_INFOSET);
        builder.setErrorHandler(new ErrorHandler() {
            @Override
            public void warning(SAXParseException e) {
                problems.add("warning line " + e.getLineNumber() + ": " + e.getMessage());
            }

            @Override
            public void error(SAXParseException e) {
                problems.add("error line " + e.getLineNumber() + ": " + e.getMessage());
            }

            @Override
            public void fatalError(SAXParseException e) {
                problems.add("fatal line " + e.getLineNumber() + ": " + e.getMessage());
            }
        });
        return builder.parse(new InputSource(new StringReader(html)));
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("pages")
    void every_seed_case_page_parses_as_html5_without_errors_and_is_built_for_every_reader(String key,
            Language language) throws Exception {
        SeedCase seed = SeedCases.byKey(key).orElseThrow();
        Report report = RuleSet.standard().check(seed.situation());
        String html = HtmlReport.render(seed.situation(), report, language, false);
        List<String> problems = new ArrayList<>();

        Document doc = parse(html, problems);

        assertThat(problems).as(key).isEmpty();
        assertThat(html).startsWith("<!DOCTYPE html>\n<html lang=\"" + (language == Language.DUTCH ? "nl" : "en"));
        assertThat(doc.getElementsByTagName("title").item(0).getTextContent()).contains(key);
        assertThat(doc.getElementsByTagName("h1").getLength()).isEqualTo(1);
        for (String landmark : List.of("header", "main", "footer")) {
            assertThat(doc.getElementsByTagName(landmark).getLength()).as(landmark).isEqualTo(1);
        }
        // the map has a text alternative: the figure's caption says who is on it
        Element figure = (Element) doc.getElementsByTagName("figure").item(0);
        assertThat(figure.getElementsByTagName("figcaption").item(0).getTextContent())
                .contains(seed.situation().participants().get(0).id());
        assertThat(figure.getElementsByTagName("svg").getLength()).isEqualTo(1);
        // no scripts, no external resources
        assertThat(html).doesNotContain("<script", "<link", "<img", "<iframe", "@import", " src=")
                .doesNotContainPattern("href=\"(https?:|//)").doesNotContainPattern("url\\((?!#)");
        // every finding is on the page
        assertThat(byClass(doc, "li", "finding")).hasSize(report.violations().size() + report.exemptions().size());
        // unique ids
        List<String> ids = new ArrayList<>();
        NodeList all = doc.getElementsByTagName("*");
        for (int i = 0; i < all.getLength(); i++) {
            String id = ((Element) all.item(i)).getAttribute("id");
            if (!id.isEmpty()) {
                ids.add(id);
            }
        }
        assertThat(ids).doesNotHaveDuplicates();
    }

    @Test
    void a_hostile_situation_renders_without_injection() throws Exception {
        String markup = "<script>alert(1)</script><img src=x onerror=alert(2)>\"'&amp;";
        Situation s = Situation.builder().id("hostile")
                .addParticipant(Participant.builder().id("focus").sphere(Sphere.FOCUS_PERSON).name(markup).build())
                .addParticipant(Participant.builder().id("neighbour").sphere(Sphere.LIFEWORLD)
                        .name("\u202Eeman ym\u202C \u2066x\u2069").build())
                .addParticipant(Participant.professional("worker", "wijkteam"))
                .addDecision(Decision.builder().id("d1").date(LocalDate.of(2026, 1, 5))
                        .putParticipation("focus", ParticipationLevel.CO_DECIDED)
                        .putParticipation("worker", ParticipationLevel.CO_DECIDED).build())
                .build();
        Report report = RuleSet.standard().check(s);

        for (Language language : Language.values()) {
            String html = HtmlReport.render(s, report, language, true);
            List<String> problems = new ArrayList<>();
            Document doc = parse(html, problems);

            assertThat(problems).isEmpty();
            assertThat(doc.getElementsByTagName("script").getLength()).isZero();
            assertThat(doc.getElementsByTagName("img").getLength()).isZero();
            assertThat(html).doesNotContain("<script", "<img", "\u202E", "\u2066", "\u202C");
            // the name is there, as text
            assertThat(doc.getDocumentElement().getTextContent()).contains(markup);
        }
    }

    @Test
    void names_are_shown_only_when_asked() {
        SeedCase seed = SeedCases.estherAndJeffrey();
        Report report = RuleSet.standard().check(seed.situation());

        assertThat(HtmlReport.render(seed.situation(), report, Language.DUTCH, false)).doesNotContain("Esther,",
                "tante van Esther").contains("Dit rapport noemt ids, geen namen.");
        assertThat(HtmlReport.render(seed.situation(), report, Language.DUTCH, true)).contains("tante van Esther",
                "Dit rapport noemt mensen bij naam");
    }

    @Test
    void the_demo_index_links_every_case_in_both_languages() throws Exception {
        String html = DemoIndex.render(SeedCases.all());
        List<String> problems = new ArrayList<>();
        Document doc = parse(html, problems);

        assertThat(problems).isEmpty();
        List<String> links = new ArrayList<>();
        NodeList anchors = doc.getElementsByTagName("a");
        for (int i = 0; i < anchors.getLength(); i++) {
            links.add(((Element) anchors.item(i)).getAttribute("href"));
        }
        for (SeedCase seed : SeedCases.all()) {
            assertThat(links).contains("reports/" + seed.key() + ".nl.html", "reports/" + seed.key() + ".en.html");
        }
    }

    static List<Element> byClass(Document doc, String tag, String cssClass) {
        List<Element> found = new ArrayList<>();
        NodeList nodes = doc.getElementsByTagName(tag);
        for (int i = 0; i < nodes.getLength(); i++) {
            Element e = (Element) nodes.item(i);
            if (List.of(e.getAttribute("class").split(" ")).contains(cssClass)) {
                found.add(e);
            }
        }
        return found;
    }
}
