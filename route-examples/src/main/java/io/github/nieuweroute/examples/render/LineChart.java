package io.github.nieuweroute.examples.render;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * Draws lines over time as SVG: one line per series (such as one per route), axes with their units and a legend.
 * Used for the simulation charts. Values may be any finite numbers; the y axis starts at zero when all values are
 * positive.
 *
 * <p>Example: {@code LineChart.of("Professional hours", "week", "hours per case").series("OLD", xs, ys).render()}.
 * A builder; not thread-safe.
 */
public final class LineChart {

    private static final String[] COLOURS = {"#6c8ead", "#e07a1f", "#7fb069", "#b5426b", "#555555", "#c9a227"};
    private static final int WIDTH = 820;
    private static final int HEIGHT = 480;
    private static final int LEFT = 80;
    private static final int RIGHT = 200;
    private static final int TOP = 50;
    private static final int BOTTOM = 60;

    private final String title;
    private final String xLabel;
    private final String yLabel;
    private final Map<String, double[][]> series = new LinkedHashMap<>();

    private LineChart(String title, String xLabel, String yLabel) {
        this.title = Objects.requireNonNull(title, "title");
        this.xLabel = Objects.requireNonNull(xLabel, "xLabel");
        this.yLabel = Objects.requireNonNull(yLabel, "yLabel");
    }

    /**
     * Starts a chart.
     *
     * @param title the title, not null
     * @param xLabel the x axis label with its unit, such as "week", not null
     * @param yLabel the y axis label with its unit, such as "hours per case", not null
     * @return the chart, never null
     */
    public static LineChart of(String title, String xLabel, String yLabel) {
        return new LineChart(title, xLabel, yLabel);
    }

    /**
     * Adds a line.
     *
     * @param name the legend name, unique in the chart, not null
     * @param xs the x values, not null
     * @param ys the y values, as many as {@code xs}, finite, not null
     * @return this chart
     * @throws IllegalArgumentException if the lengths differ, a value is not finite, or the name is used
     */
    public LineChart series(String name, double[] xs, double[] ys) {
        Objects.requireNonNull(name, "name");
        if (xs.length != ys.length) {
            throw new IllegalArgumentException("Series '" + name + "': " + xs.length + " x values but " + ys.length
                    + " y values");
        }
        for (int i = 0; i < xs.length; i++) {
            if (!Double.isFinite(xs[i]) || !Double.isFinite(ys[i])) {
                throw new IllegalArgumentException("Series '" + name + "': value " + i + " is not finite");
            }
        }
        if (series.putIfAbsent(name, new double[][] {xs.clone(), ys.clone()}) != null) {
            throw new IllegalArgumentException("Series '" + name + "' is already in the chart");
        }
        return this;
    }

    /**
     * Renders the chart.
     *
     * @return a standalone SVG document, never null
     * @throws IllegalStateException if the chart has no series with a point
     */
    public String render() {
        double minX = Double.POSITIVE_INFINITY;
        double maxX = Double.NEGATIVE_INFINITY;
        double minY = 0;
        double maxY = Double.NEGATIVE_INFINITY;
        for (double[][] s : series.values()) {
            for (int i = 0; i < s[0].length; i++) {
                minX = Math.min(minX, s[0][i]);
                maxX = Math.max(maxX, s[0][i]);
                minY = Math.min(minY, s[1][i]);
                maxY = Math.max(maxY, s[1][i]);
            }
        }
        if (maxX == Double.NEGATIVE_INFINITY) {
            throw new IllegalStateException("Chart '" + title + "' has no points to draw");
        }
        if (maxX == minX) {
            maxX = minX + 1;
        }
        double[] yTicks = ticks(minY, maxY > minY ? maxY : minY + 1);
        minY = yTicks[0];
        maxY = yTicks[yTicks.length - 1];
        double plotW = WIDTH - LEFT - RIGHT;
        double plotH = HEIGHT - TOP - BOTTOM;
        Svg svg = new Svg(WIDTH, HEIGHT);
        svg.text(WIDTH / 2.0, 28, 17, "middle", "bold", title);
        svg.line("axis", null, LEFT, TOP + plotH, LEFT + plotW, TOP + plotH, "#222", 1.2, null);
        svg.line("axis", null, LEFT, TOP, LEFT, TOP + plotH, "#222", 1.2, null);
        for (double t : yTicks) {
            double y = TOP + plotH - (t - minY) / (maxY - minY) * plotH;
            svg.line("grid", null, LEFT, y, LEFT + plotW, y, "#e4e4e4", 1, null);
            svg.text(LEFT - 8, y + 4, 11, "end", "normal", format(t));
        }
        for (double t : ticks(minX, maxX)) {
            if (t < minX || t > maxX) {
                continue;
            }
            double x = LEFT + (t - minX) / (maxX - minX) * plotW;
            svg.line("tick", null, x, TOP + plotH, x, TOP + plotH + 5, "#222", 1, null);
            svg.text(x, TOP + plotH + 18, 11, "middle", "normal", format(t));
        }
        svg.text(LEFT + plotW / 2, HEIGHT - 14, 13, "middle", "normal", xLabel);
        svg.verticalText(22, TOP + plotH / 2, 13, yLabel);
        int k = 0;
        for (Map.Entry<String, double[][]> e : series.entrySet()) {
            String colour = COLOURS[k % COLOURS.length];
            double[][] s = e.getValue();
            List<double[]> points = new ArrayList<>();
            for (int i = 0; i < s[0].length; i++) {
                points.add(new double[] {LEFT + (s[0][i] - minX) / (maxX - minX) * plotW,
                    TOP + plotH - (s[1][i] - minY) / (maxY - minY) * plotH});
            }
            svg.polyline(e.getKey(), points, colour);
            double ly = TOP + 10 + 22 * k;
            svg.line("legend", null, LEFT + plotW + 20, ly, LEFT + plotW + 44, ly, colour, 3, null);
            svg.text(LEFT + plotW + 50, ly + 4, 12, "start", "normal", e.getKey());
            k++;
        }
        return svg.finish();
    }

    /** Five or so round tick values covering [min, max]. */
    static double[] ticks(double min, double max) {
        double span = max - min;
        double raw = span / 5;
        double magnitude = Math.pow(10, Math.floor(Math.log10(raw)));
        double step = magnitude;
        for (double m : new double[] {1, 2, 2.5, 5, 10}) {
            if (m * magnitude >= raw) {
                step = m * magnitude;
                break;
            }
        }
        double first = Math.floor(min / step) * step;
        double last = Math.ceil(max / step) * step;
        int n = (int) Math.round((last - first) / step) + 1;
        double[] ticks = new double[n];
        for (int i = 0; i < n; i++) {
            ticks[i] = first + i * step;
        }
        return ticks;
    }

    private static String format(double v) {
        if (Math.abs(v - Math.rint(v)) < 1e-9) {
            return String.format(Locale.ROOT, "%d", (long) Math.rint(v));
        }
        return String.format(Locale.ROOT, "%.2f", v).replaceAll("0+$", "");
    }
}
