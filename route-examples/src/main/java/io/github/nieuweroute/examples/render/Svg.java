package io.github.nieuweroute.examples.render;

import java.util.Locale;

/** A small SVG writer: escapes text, formats numbers the same on every machine. */
final class Svg {

    private final StringBuilder out = new StringBuilder();

    Svg(int width, int height) {
        out.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n")
                .append("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"").append(width).append("\" height=\"")
                .append(height).append("\" viewBox=\"0 0 ").append(width).append(' ').append(height)
                .append("\" font-family=\"DejaVu Sans, Arial, sans-serif\">\n")
                .append("<defs><marker id=\"arrow\" viewBox=\"0 0 10 10\" refX=\"10\" refY=\"5\" markerWidth=\"7\" "
                        + "markerHeight=\"7\" orient=\"auto-start-reverse\"><path d=\"M 0 0 L 10 5 L 0 10 z\" "
                        + "fill=\"#555\"/></marker><marker id=\"arrow-circle\" viewBox=\"0 0 10 10\" refX=\"10\" "
                        + "refY=\"5\" markerWidth=\"7\" markerHeight=\"7\" orient=\"auto-start-reverse\"><path "
                        + "d=\"M 0 0 L 10 5 L 0 10 z\" fill=\"#e07a1f\"/></marker></defs>\n")
                .append("<rect width=\"100%\" height=\"100%\" fill=\"white\"/>\n");
    }

    static String num(double v) {
        return String.format(Locale.ROOT, "%.1f", v);
    }

    /**
     * Escapes text for XML content and attributes. What XML 1.0 cannot hold is dropped (control characters but tab,
     * U+FFFE, U+FFFF) and a lone surrogate becomes U+FFFD, so that any name gives a document that parses; the
     * characters that reorder text (bidirectional embeddings, overrides, isolates and marks) are dropped, so that a
     * label cannot display as something else.
     */
    static String escape(String text) {
        StringBuilder b = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '<': b.append("&lt;"); break;
                case '>': b.append("&gt;"); break;
                case '&': b.append("&amp;"); break;
                case '"': b.append("&quot;"); break;
                case '\'': b.append("&apos;"); break;
                default:
                    if (Character.isHighSurrogate(c) && i + 1 < text.length()
                            && Character.isLowSurrogate(text.charAt(i + 1))) {
                        b.append(c).append(text.charAt(++i));
                    } else if (Character.isSurrogate(c)) {
                        b.append('\uFFFD');
                    } else if ((c >= 0x20 || c == '\t') && c != '\uFFFE' && c != '\uFFFF' && !reorders(c)) {
                        b.append(c);
                    }
            }
        }
        return b.toString();
    }

    /** The bidirectional formatting characters: marks, embeddings, overrides and isolates. */
    private static boolean reorders(char c) {
        return c == '\u200E' || c == '\u200F' || c == '\u061C' || (c >= '\u202A' && c <= '\u202E')
                || (c >= '\u2066' && c <= '\u2069');
    }

    void text(double x, double y, int size, String anchor, String weight, String text) {
        out.append("<text x=\"").append(num(x)).append("\" y=\"").append(num(y)).append("\" font-size=\"")
                .append(size).append("\" text-anchor=\"").append(anchor).append("\" font-weight=\"").append(weight)
                .append("\">").append(escape(text)).append("</text>\n");
    }

    void ring(double cx, double cy, double r, boolean dashed) {
        out.append("<circle class=\"ring\" cx=\"").append(num(cx)).append("\" cy=\"").append(num(cy))
                .append("\" r=\"").append(num(r)).append("\" fill=\"none\" stroke=\"#bbb\" stroke-width=\"1.5\"")
                .append(dashed ? " stroke-dasharray=\"6 5\"" : "").append("/>\n");
    }

    void line(String cssClass, String id, double x1, double y1, double x2, double y2, String colour, double width,
            String marker) {
        out.append("<line class=\"").append(cssClass).append('"');
        if (id != null) {
            out.append(" data-id=\"").append(escape(id)).append('"');
        }
        out.append(" x1=\"").append(num(x1)).append("\" y1=\"").append(num(y1)).append("\" x2=\"").append(num(x2))
                .append("\" y2=\"").append(num(y2)).append("\" stroke=\"").append(colour).append("\" stroke-width=\"")
                .append(num(width)).append('"');
        if (marker != null) {
            out.append(" marker-end=\"url(#").append(marker).append(")\"");
        }
        out.append("/>\n");
    }

    /** An arrow from the edge of one node to the edge of the other, bent aside so that a pair both ways stays apart. */
    void arrow(String id, double[] from, double[] to, boolean inCircle) {
        double dx = to[0] - from[0];
        double dy = to[1] - from[1];
        double length = Math.max(Math.hypot(dx, dy), 1e-9);
        double ux = dx / length;
        double uy = dy / length;
        double shift = 5;
        double x1 = from[0] + ux * 18 - uy * shift;
        double y1 = from[1] + uy * 18 + ux * shift;
        double x2 = to[0] - ux * 20 - uy * shift;
        double y2 = to[1] - uy * 20 + ux * shift;
        line(inCircle ? "exchange circle" : "exchange", id, x1, y1, x2, y2, inCircle ? "#e07a1f" : "#777",
                inCircle ? 2.5 : 1.2, inCircle ? "arrow-circle" : "arrow");
    }

    void participant(String id, String sphere, double x, double y, String fill, boolean decided, int performs,
            boolean collective, String label) {
        out.append("<g class=\"participant\" data-id=\"").append(escape(id)).append("\" data-sphere=\"").append(sphere)
                .append("\" data-decided=\"").append(decided).append("\" data-performs=\"").append(performs)
                .append("\">\n");
        out.append("  <circle cx=\"").append(num(x)).append("\" cy=\"").append(num(y)).append("\" r=\"15\" fill=\"")
                .append(fill).append("\" stroke=\"#222\" stroke-width=\"").append(decided ? "4" : "1").append("\"/>\n");
        if (collective) {
            out.append("  <circle cx=\"").append(num(x)).append("\" cy=\"").append(num(y))
                    .append("\" r=\"20\" fill=\"none\" stroke=\"#222\" stroke-width=\"1\"/>\n");
        }
        if (performs > 0) {
            out.append("  <text x=\"").append(num(x)).append("\" y=\"").append(num(y + 4.5))
                    .append("\" font-size=\"12\" text-anchor=\"middle\" font-weight=\"bold\">").append(performs)
                    .append("</text>\n");
        }
        out.append("  <text class=\"label\" x=\"").append(num(x)).append("\" y=\"").append(num(y + 34))
                .append("\" font-size=\"12\" text-anchor=\"middle\">").append(escape(label)).append("</text>\n");
        out.append("</g>\n");
    }

    void legendSwatch(double x, double y, String fill, String text) {
        out.append("<circle cx=\"").append(num(x + 8)).append("\" cy=\"").append(num(y - 4))
                .append("\" r=\"8\" fill=\"").append(fill).append("\" stroke=\"#222\"/>\n");
        text(x + 24, y, 13, "start", "normal", text);
    }

    void legendMark(double x, double y, String kind, String text) {
        switch (kind) {
            case "decided":
                out.append("<circle cx=\"").append(num(x + 8)).append("\" cy=\"").append(num(y - 4))
                        .append("\" r=\"8\" fill=\"white\" stroke=\"#222\" stroke-width=\"4\"/>\n");
                break;
            case "performs":
                text(x + 8, y, 12, "middle", "bold", "2");
                break;
            case "collective":
                out.append("<circle cx=\"").append(num(x + 8)).append("\" cy=\"").append(num(y - 4))
                        .append("\" r=\"6\" fill=\"white\" stroke=\"#222\"/><circle cx=\"").append(num(x + 8))
                        .append("\" cy=\"").append(num(y - 4)).append("\" r=\"9\" fill=\"none\" stroke=\"#222\"/>\n");
                break;
            default:
                line("legend", null, x, y - 4, x + 18, y - 4, "#e07a1f", 2.5, "arrow-circle");
        }
        text(x + 26, y, 13, "start", "normal", text);
    }

    void verticalText(double x, double y, int size, String text) {
        out.append("<text x=\"").append(num(x)).append("\" y=\"").append(num(y)).append("\" font-size=\"").append(size)
                .append("\" text-anchor=\"middle\" transform=\"rotate(-90 ").append(num(x)).append(' ').append(num(y))
                .append(")\">").append(escape(text)).append("</text>\n");
    }

    void polyline(String name, java.util.List<double[]> points, String colour) {
        out.append("<polyline class=\"series\" data-name=\"").append(escape(name)).append("\" fill=\"none\" stroke=\"")
                .append(colour).append("\" stroke-width=\"2.2\" points=\"");
        for (double[] p : points) {
            out.append(num(p[0])).append(',').append(num(p[1])).append(' ');
        }
        out.append("\"/>\n");
    }

    String finish() {
        return out.append("</svg>\n").toString();
    }
}
