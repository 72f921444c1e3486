package io.github.nieuweroute.examples.render;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.nieuweroute.examples.render.NetworkMap.Labels;
import io.github.nieuweroute.model.Participant;
import io.github.nieuweroute.model.Situation;
import io.github.nieuweroute.seed.SeedCase;
import io.github.nieuweroute.seed.SeedCases;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

class NetworkMapTest {

    private static Document parse(String svg) throws Exception {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        return f.newDocumentBuilder().parse(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)));
    }

    private static List<Element> byClass(Document doc, String tag, String cssClass) {
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

    @Test
    void every_participant_of_every_seed_case_is_drawn_exactly_once_and_every_exchange_once() throws Exception {
        for (SeedCase seed : SeedCases.all()) {
            Situation s = seed.situation();
            Document doc = parse(NetworkMap.render(s, Set.of(), Locale.ENGLISH, Labels.IDS));
            List<String> drawn = new ArrayList<>();
            byClass(doc, "g", "participant").forEach(g -> drawn.add(g.getAttribute("data-id")));
            assertThat(drawn).as(seed.key()).containsExactlyInAnyOrderElementsOf(
                    s.participants().stream().map(Participant::id).toList());
            assertThat(byClass(doc, "line", "exchange")).as(seed.key()).hasSize(s.exchanges().size());
        }
    }

    @Test
    void co_deciders_performers_and_spheres_are_marked() throws Exception {
        Document doc = parse(NetworkMap.render(SeedCases.estherAndJeffrey().situation(), Set.of(), Locale.ENGLISH,
                Labels.IDS));
        Element esther = byClass(doc, "g", "participant").stream()
                .filter(g -> g.getAttribute("data-id").equals("esther")).findFirst().orElseThrow();
        assertThat(esther.getAttribute("data-decided")).isEqualTo("true");
        assertThat(esther.getAttribute("data-performs")).isEqualTo("1");
        assertThat(esther.getAttribute("data-sphere")).isEqualTo("focus_person");
        Element coach = byClass(doc, "g", "participant").stream()
                .filter(g -> g.getAttribute("data-id").equals("plan-coach")).findFirst().orElseThrow();
        assertThat(coach.getAttribute("data-decided")).isEqualTo("false");
    }

    @Test
    void exchanges_in_a_circle_are_highlighted() throws Exception {
        Document doc = parse(NetworkMap.render(SeedCases.estherAndJeffrey().situation(),
                Set.of("pet-sitting-for-aunt", "aunt-keeps-an-eye"), Locale.ENGLISH, Labels.IDS));
        assertThat(byClass(doc, "line", "circle")).extracting(e -> e.getAttribute("data-id"))
                .containsExactlyInAnyOrder("pet-sitting-for-aunt", "aunt-keeps-an-eye");
    }

    @Test
    void the_legend_speaks_dutch_or_english_and_names_show_only_when_asked() {
        Situation s = SeedCases.estherAndJeffrey().situation();
        String dutch = NetworkMap.render(s, Set.of(), Locale.forLanguageTag("nl"), Labels.IDS);
        String english = NetworkMap.render(s, Set.of(), Locale.ENGLISH, Labels.NAMES);
        assertThat(dutch).contains("Legenda", "leefwereld", "systeemwereld").doesNotContain("Dunja");
        assertThat(english).contains("Legend", "lifeworld", "system world", "Dunja");
    }

    @Test
    void text_is_escaped() throws Exception {
        Situation s = Situation.builder().id("s").addParticipant(Participant.builder().id("f")
                .sphere(io.github.nieuweroute.model.Sphere.FOCUS_PERSON).name("A <b> & \"c\"").build()).build();
        Document doc = parse(NetworkMap.render(s, Set.of(), Locale.ENGLISH, Labels.NAMES));
        assertThat(byClass(doc, "text", "label").get(0).getTextContent()).isEqualTo("A <b> & \"c\"");
    }
}
