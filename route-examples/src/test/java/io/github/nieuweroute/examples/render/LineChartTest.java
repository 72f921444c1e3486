package io.github.nieuweroute.examples.render;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

class LineChartTest {

    private static final double[] WEEKS = {0, 1, 2, 3};

    @Test
    void every_series_is_one_line_with_its_points_and_a_legend_entry_and_axes_have_units() throws Exception {
        String svg = LineChart.of("Professional hours", "week", "hours per case")
                .series("OLD", WEEKS, new double[] {4, 4.5, 5, 5.5})
                .series("NEW", WEEKS, new double[] {4, 3.5, 3, 2.5})
                .render();
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        Document doc = f.newDocumentBuilder().parse(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)));
        NodeList lines = doc.getElementsByTagName("polyline");
        assertThat(lines.getLength()).isEqualTo(2);
        assertThat(((Element) lines.item(0)).getAttribute("data-name")).isEqualTo("OLD");
        assertThat(((Element) lines.item(1)).getAttribute("points").trim().split(" ")).hasSize(4);
        assertThat(svg).contains(">week<", ">hours per case<", ">NEW<", ">Professional hours<");
    }

    @Test
    void a_line_falling_over_time_is_drawn_falling() {
        String svg = LineChart.of("t", "x", "y").series("down", WEEKS, new double[] {3, 2, 1, 0}).render();
        String points = svg.substring(svg.indexOf("points=\"") + 8);
        String[] p = points.substring(0, points.indexOf('"')).trim().split(" ");
        double firstY = Double.parseDouble(p[0].split(",")[1]);
        double lastY = Double.parseDouble(p[3].split(",")[1]);
        assertThat(lastY).isGreaterThan(firstY);
    }

    @Test
    void ticks_are_round_and_cover_the_range() {
        assertThat(LineChart.ticks(0, 52)).containsExactly(0.0, 20.0, 40.0, 60.0);
        assertThat(LineChart.ticks(0, 0.8)).contains(0.2, 0.4);
    }

    @Test
    void bad_series_are_refused() {
        assertThatThrownBy(() -> LineChart.of("t", "x", "y").series("s", WEEKS, new double[] {1}))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("'s'");
        assertThatThrownBy(() -> LineChart.of("t", "x", "y").series("s", new double[] {Double.NaN},
                new double[] {1})).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> LineChart.of("t", "x", "y").series("s", WEEKS, WEEKS).series("s", WEEKS, WEEKS))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> LineChart.of("t", "x", "y").render()).isInstanceOf(IllegalStateException.class);
    }
}
