package io.github.nieuweroute.examples.render;

import io.github.nieuweroute.model.Exchange;
import io.github.nieuweroute.model.Situation;
import io.github.nieuweroute.rule.ExchangeGraph;
import io.github.nieuweroute.sim.Metric;
import io.github.nieuweroute.sim.RouteGroup;
import io.github.nieuweroute.sim.SimulationResult;
import io.github.nieuweroute.sim.TimeSeries;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Writes the pictures: the network map of a situation, and one chart per main metric of simulation results. */
public final class Pictures {

    /** Draws the unguessable part of temporary file names. */
    private static final SecureRandom RANDOM = new SecureRandom();

    /** The metrics charted by {@link #writeCharts}; the CSV files hold every metric. */
    public static final List<Metric> CHARTED = List.of(Metric.PROFESSIONAL_HOURS, Metric.NETWORK_INVOLVEMENT,
            Metric.OWNERSHIP, Metric.EFFECT, Metric.CARER_OVERLOADED, Metric.RING_WIDTH, Metric.COST,
            Metric.REGIE_VIOLATED);

    private Pictures() {}

    /**
     * Returns the exchanges that run in a circle: giver and receiver lie on one strongly connected component of the
     * exchange graph (the reciprocity rule's reading of "circulaire wederkerigheid").
     *
     * @param situation the situation, not null
     * @return the ids of those exchanges, never null
     */
    public static Set<String> circleExchanges(Situation situation) {
        ExchangeGraph graph = ExchangeGraph.of(situation);
        Set<String> ids = new LinkedHashSet<>();
        for (Exchange e : situation.exchanges()) {
            Optional<List<String>> component = graph.componentOf(e.giver());
            if (component.isPresent() && component.get().size() > 1 && component.get().contains(e.receiver())) {
                ids.add(e.id());
            }
        }
        return ids;
    }

    /**
     * Writes the network map of a situation as SVG.
     *
     * @param situation the situation, not null
     * @param language the legend's language, not null
     * @param labels ids or names, not null
     * @param file where to write, not null
     * @throws IOException if the file cannot be written
     */
    public static void writeMap(Situation situation, Locale language, NetworkMap.Labels labels, Path file)
            throws IOException {
        write(file, NetworkMap.render(situation, circleExchanges(situation), language, labels));
    }

    /**
     * Writes one chart per metric in {@link #CHARTED}: one line per named result (its {@link RouteGroup#ALL}
     * series), or, for a single result, one line per route group that has cases.
     *
     * @param results the results by line name, in legend order, not null
     * @param dir the folder to write {@code chart-<metric>.svg} into, not null
     * @return the files written, never null
     * @throws IOException if a file cannot be written
     */
    public static List<Path> writeCharts(Map<String, SimulationResult> results, Path dir) throws IOException {
        List<Path> written = new ArrayList<>();
        for (Metric metric : CHARTED) {
            LineChart chart = LineChart.of(title(metric), "week", metric.key() + " (" + metric.unit() + ")");
            if (results.size() == 1) {
                SimulationResult only = results.values().iterator().next();
                for (RouteGroup group : RouteGroup.values()) {
                    if (group != RouteGroup.ALL && only.hasCases(group)) {
                        add(chart, group.code(), only.series(group, metric));
                    }
                }
            } else {
                for (Map.Entry<String, SimulationResult> e : results.entrySet()) {
                    add(chart, e.getKey(), e.getValue().series(RouteGroup.ALL, metric));
                }
            }
            Path file = dir.resolve("chart-" + metric.key() + ".svg");
            write(file, chart.render());
            written.add(file);
        }
        return written;
    }

    private static void add(LineChart chart, String name, TimeSeries series) {
        double[] weeks = new double[series.weeks()];
        double[] values = new double[series.weeks()];
        int n = 0;
        for (int w = 0; w < series.weeks(); w++) {
            if (series.cases(w) > 0 && Double.isFinite(series.mean(w))) {
                weeks[n] = w;
                values[n] = series.mean(w);
                n++;
            }
        }
        chart.series(name, java.util.Arrays.copyOf(weeks, n), java.util.Arrays.copyOf(values, n));
    }

    private static String title(Metric metric) {
        String key = metric.key();
        StringBuilder title = new StringBuilder();
        for (char c : key.toCharArray()) {
            if (Character.isUpperCase(c)) {
                title.append(' ').append(Character.toLowerCase(c));
            } else {
                title.append(title.length() == 0 ? Character.toUpperCase(c) : c);
            }
        }
        return title + " per case over time";
    }

    /**
     * Writes a UTF-8 text file through a temporary file, so that an interrupted run never leaves half a file.
     *
     * @param file the file, whose folder is created if needed; not null
     * @param content the text, not null
     * @throws IOException if the file cannot be written
     */
    public static void write(Path file, String content) throws IOException {
        Path parent = file.toAbsolutePath().getParent();
        Files.createDirectories(parent);
        // a file of our own beside the target: a name no one can guess, created only if nothing (not even a
        // symbolic link) has that name, so that the write never goes through a link planted there. Not
        // Files.createTempFile, whose owner-only permissions the move would carry over to the result. The rename
        // replaces whatever is at the target, a link included, and never writes through it.
        Path tmp = parent.resolve("." + file.getFileName() + "." + Long.toHexString(RANDOM.nextLong()) + ".part");
        try {
            try (java.io.Writer w = new java.io.OutputStreamWriter(Files.newOutputStream(tmp,
                    StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE), StandardCharsets.UTF_8.newEncoder())) {
                w.write(content);
            }
            Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(tmp);
        }
    }
}
