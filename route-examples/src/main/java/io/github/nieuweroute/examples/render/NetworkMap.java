package io.github.nieuweroute.examples.render;

import io.github.nieuweroute.model.Agreement;
import io.github.nieuweroute.model.Decision;
import io.github.nieuweroute.model.Exchange;
import io.github.nieuweroute.model.Participant;
import io.github.nieuweroute.model.Situation;
import io.github.nieuweroute.model.Sphere;
import io.github.nieuweroute.rule.Phrases;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Draws the network map of a situation as SVG, after Siegers' "plattegrond" of the social domain (the figure itself
 * is missing from the source, {@code 000_003bca9ac70bd78f.txt:254-258}; this layout is ours): the focus person in the
 * centre, the lifeworld in a ring around, the system world in the outer ring, participants of unknown sphere on a
 * dashed ring between. Marks show who co-decided a decision and who performs an agreement; arrows show exchanges,
 * with the exchanges that run in a circle highlighted. A legend explains the marks in Dutch or English.
 *
 * <p>Labels are ids unless the caller asks for names: a rendering is the one place where a caller may show names.
 */
public final class NetworkMap {

    /** What a participant is labelled with. */
    public enum Labels {
        /** Ids only: nothing personal leaves the record. */
        IDS,
        /** The recorded name where there is one, the id otherwise. */
        NAMES
    }

    private static final int SIZE = 1000;
    private static final double CENTRE = SIZE / 2.0;
    private static final Map<Sphere, Double> RADIUS = new EnumMap<>(Map.of(Sphere.FOCUS_PERSON, 0.0,
            Sphere.LIFEWORLD, 210.0, Sphere.UNKNOWN, 285.0, Sphere.SYSTEM_WORLD, 365.0));
    private static final Map<Sphere, String> FILL = new EnumMap<>(Map.of(Sphere.FOCUS_PERSON, "#f2c14e",
            Sphere.LIFEWORLD, "#7fb069", Sphere.UNKNOWN, "#d0d0d0", Sphere.SYSTEM_WORLD, "#6c8ead"));

    private NetworkMap() {}

    /**
     * Renders the map.
     *
     * @param situation the situation, not null
     * @param circleExchanges ids of the exchanges that run in a circle (reciprocity), drawn highlighted; not null
     * @param language {@code nl} or {@code en} for the legend (anything else is English), not null
     * @param labels what to label participants with, not null
     * @return a standalone SVG document, never null
     */
    public static String render(Situation situation, Set<String> circleExchanges, Locale language, Labels labels) {
        Objects.requireNonNull(situation, "situation");
        Objects.requireNonNull(circleExchanges, "circleExchanges");
        boolean dutch = "nl".equals(Objects.requireNonNull(language, "language").getLanguage());
        Objects.requireNonNull(labels, "labels");

        Set<String> deciders = new HashSet<>();
        for (Decision d : situation.decisions()) {
            deciders.addAll(d.deciders());
        }
        Map<String, Integer> performs = new HashMap<>();
        for (Agreement a : situation.agreements()) {
            a.performers().forEach(p -> performs.merge(p, 1, Integer::sum));
        }
        Map<String, double[]> position = layout(situation);

        Svg svg = new Svg(SIZE, SIZE + 150);
        svg.text(CENTRE, 34, 20, "middle", "bold", (dutch ? "Plattegrond van de situatie " : "Network map of situation ")
                + situation.id());
        for (Sphere sphere : List.of(Sphere.LIFEWORLD, Sphere.UNKNOWN, Sphere.SYSTEM_WORLD)) {
            boolean used = situation.participants().stream().anyMatch(p -> p.sphere() == sphere);
            if (sphere != Sphere.UNKNOWN || used) {
                svg.ring(CENTRE, CENTRE, RADIUS.get(sphere), sphere == Sphere.UNKNOWN);
                svg.text(CENTRE, CENTRE - RADIUS.get(sphere) - 8, 13, "middle", "normal", sphereName(sphere, dutch));
            }
        }
        for (Exchange e : situation.exchanges()) {
            double[] from = position.get(e.giver());
            double[] to = position.get(e.receiver());
            svg.arrow(e.id(), from, to, circleExchanges.contains(e.id()));
        }
        for (Participant p : situation.participants()) {
            double[] xy = position.get(p.id());
            // a name is cleaned of control and direction-override characters, as in every report
            String label = labels == Labels.NAMES ? Phrases.label(id -> p.name().orElse(null), p.id()) : p.id();
            svg.participant(p.id(), p.sphere().name().toLowerCase(Locale.ROOT), xy[0], xy[1], FILL.get(p.sphere()),
                    deciders.contains(p.id()), performs.getOrDefault(p.id(), 0), p.collective(), label);
        }
        legend(svg, dutch);
        return svg.finish();
    }

    private static Map<String, double[]> layout(Situation situation) {
        Map<Sphere, List<Participant>> bySphere = new EnumMap<>(Sphere.class);
        for (Participant p : situation.participants()) {
            bySphere.computeIfAbsent(p.sphere(), s -> new ArrayList<>()).add(p);
        }
        Map<String, double[]> position = new HashMap<>();
        for (Map.Entry<Sphere, List<Participant>> e : bySphere.entrySet()) {
            List<Participant> ring = e.getValue();
            double radius = e.getKey() == Sphere.FOCUS_PERSON ? (ring.size() == 1 ? 0 : 55) : RADIUS.get(e.getKey());
            // half a step off the top keeps the ring's label free; the outer ring turns a further quarter step so
            // that arrows between rings rarely pass through a node
            double offset = Math.PI / ring.size() + (e.getKey() == Sphere.SYSTEM_WORLD ? Math.PI / (2 * ring.size()) : 0);
            for (int i = 0; i < ring.size(); i++) {
                double angle = -Math.PI / 2 + offset + 2 * Math.PI * i / ring.size();
                position.put(ring.get(i).id(), new double[] {CENTRE + radius * Math.cos(angle),
                    CENTRE + radius * Math.sin(angle)});
            }
        }
        return position;
    }

    private static String sphereName(Sphere sphere, boolean dutch) {
        switch (sphere) {
            case LIFEWORLD: return dutch ? "leefwereld" : "lifeworld";
            case SYSTEM_WORLD: return dutch ? "systeemwereld" : "system world";
            case UNKNOWN: return dutch ? "leefwereld of systeemwereld onbekend" : "lifeworld or system world unknown";
            default: return dutch ? "cliënt" : "client";
        }
    }

    private static void legend(Svg svg, boolean dutch) {
        double y = SIZE + 20;
        svg.text(40, y, 15, "start", "bold", dutch ? "Legenda" : "Legend");
        String[][] rows = {
            {FILL.get(Sphere.FOCUS_PERSON), dutch ? "cliënt (de persoon om wie het gaat)"
                : "client (the person the care is about)"},
            {FILL.get(Sphere.LIFEWORLD), dutch ? "leefwereld" : "lifeworld"},
            {FILL.get(Sphere.SYSTEM_WORLD), dutch ? "systeemwereld (professionals)" : "system world (professionals)"},
            {FILL.get(Sphere.UNKNOWN), dutch ? "leefwereld of systeemwereld niet vermeld"
                : "lifeworld or system world not stated"},
        };
        for (int i = 0; i < rows.length; i++) {
            svg.legendSwatch(40, y + 22 + 22 * i, rows[i][0], rows[i][1]);
        }
        svg.legendMark(430, y + 22, "decided", dutch ? "dikke rand: heeft meebeslist" : "thick border: co-decided");
        svg.legendMark(430, y + 44, "performs", dutch ? "getal: voert zoveel afspraken uit"
                : "number: performs that many agreements");
        svg.legendMark(430, y + 66, "collective", dutch ? "dubbele rand: een groep" : "double border: a group");
        svg.legendMark(430, y + 88, "exchange", dutch ? "pijl: geeft aan; oranje: wat gegeven wordt, komt terug"
                : "arrow: gives to; orange: what is given comes back");
    }
}
