package io.github.nieuweroute.bench.hostile;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.IntFunction;

/**
 * Writes the hostile inputs of docs/benchmarks.md ("Hostile input") into a folder, as compact JSON built without the
 * library: the amplification inputs of issue #15 and a pair of same-sized situations, one with ids that share a
 * {@code String.hashCode} and one with ordinary ids. Then {@code route check FILE} is run on each at {@code -Xmx256m}.
 *
 * <pre>
 * java -cp route-bench/target/benchmarks.jar io.github.nieuweroute.bench.hostile.HostileInputs target/hostile
 * </pre>
 */
public final class HostileInputs {

    private HostileInputs() {}

    /**
     * Writes the inputs.
     *
     * @param args the folder to write into
     * @throws IOException if a file cannot be written
     */
    public static void main(String[] args) throws IOException {
        Path dir = Path.of(args.length > 0 ? args[0] : "hostile");
        Files.createDirectories(dir);
        write(dir.resolve("findings.json"), performersWithoutSay(5_000, 50));
        write(dir.resolve("findings-large.json"), performersWithoutSay(18_000, 50));
        write(dir.resolve("performers.json"), performers(24, 99_999));
        write(dir.resolve("participation.json"), participation(28, 99_999));
        // the largest of each shape within the default element limit (500,000)
        write(dir.resolve("performers-accepted.json"), performers(4, 99_990));
        write(dir.resolve("participation-accepted.json"), participation(4, 99_990));
        write(dir.resolve("colliding.json"), idsAsValues(99_999, HostileInputs::colliding));
        write(dir.resolve("ordinary.json"), idsAsValues(99_999, i -> String.format("participant-%022d", i)));
    }

    private static void write(Path file, String json) throws IOException {
        try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            w.write(json);
        }
        System.out.println(file + ": " + Files.size(file) + " bytes");
    }

    /** 17 blocks of "Aa" or "BB" (which hash alike): 131,072 ids of 34 characters with one String.hashCode. */
    static String colliding(int i) {
        StringBuilder b = new StringBuilder(34);
        for (int bit = 16; bit >= 0; bit--) {
            b.append((i >>> bit & 1) == 0 ? "Aa" : "BB");
        }
        return b.toString();
    }

    private static StringBuilder start(int n, IntFunction<String> id, String extra) {
        StringBuilder b = new StringBuilder(n * 48);
        b.append("{\"formatVersion\":1,\"id\":\"hostile\",\"participants\":")
                .append("[{\"id\":\"focus\",\"sphere\":\"focus-person\"}")
                .append(extra);
        for (int i = 0; i < n; i++) {
            b.append(",{\"id\":\"").append(id.apply(i)).append("\",\"sphere\":\"lifeworld\"}");
        }
        return b.append(']');
    }

    private static String ids(List<String> ids) {
        StringBuilder b = new StringBuilder();
        for (String id : ids) {
            b.append(b.length() == 0 ? "\"" : ",\"").append(id).append('"');
        }
        return b.toString();
    }

    private static List<String> names(int n, IntFunction<String> id) {
        List<String> names = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            names.add(id.apply(i));
        }
        return names;
    }

    /** Agreements each carried out by the same lifeworld performers, who were only informed: one R-01 finding each. */
    static String performersWithoutSay(int agreements, int performers) {
        List<String> p = names(performers, i -> "p" + i);
        StringBuilder b = start(performers, i -> "p" + i, ",{\"id\":\"pro\",\"sphere\":\"system-world\"}");
        b.append(",\"decisions\":[{\"id\":\"d\",\"date\":\"2026-01-05\",\"participation\":{\"focus\":\"co-decided\","
                + "\"pro\":\"co-decided\"");
        for (String id : p) {
            b.append(",\"").append(id).append("\":\"informed\"");
        }
        b.append("}}]");
        return agreements(b, agreements, ids(p));
    }

    /** Ends the situation with one plan of agreements, each carried out by all the performers. */
    private static String agreements(StringBuilder b, int agreements, String performerIds) {
        b.append(",\"plans\":[{\"id\":\"plan\",\"agreements\":[");
        for (int a = 0; a < agreements; a++) {
            b.append(a == 0 ? "" : ",").append("{\"id\":\"a").append(a).append("\",\"decision\":\"d\",\"performers\":[")
                    .append(performerIds).append("]}");
        }
        return b.append("]}]}").toString();
    }

    /** Agreements each naming every one of many participants as performer. */
    static String performers(int agreements, int performers) {
        StringBuilder b = start(performers, i -> "p" + i, "");
        b.append(",\"decisions\":[{\"id\":\"d\",\"date\":\"2026-01-05\",")
                .append("\"participation\":{\"focus\":\"co-decided\"}}]");
        return agreements(b, agreements, ids(names(performers, i -> "p" + i)));
    }

    /** Decisions each with a participation entry for every one of many participants. */
    static String participation(int decisions, int participants) {
        StringBuilder b = start(participants, i -> "p" + i, "");
        StringBuilder levels = new StringBuilder("\"focus\":\"co-decided\"");
        for (int i = 0; i < participants; i++) {
            levels.append(",\"p").append(i).append("\":\"informed\"");
        }
        b.append(",\"decisions\":[");
        for (int d = 0; d < decisions; d++) {
            b.append(d == 0 ? "" : ",").append("{\"id\":\"d").append(d)
                    .append("\",\"date\":\"2026-01-05\",\"participation\":{").append(levels).append("}}");
        }
        return b.append("]}").toString();
    }

    /**
     * Participants with the given ids, all performers of one agreement and each giving an exchange to the next: the
     * ids are values (not field names), looked up by the library's own tables while reading, building and checking.
     */
    static String idsAsValues(int n, IntFunction<String> id) {
        List<String> p = names(n, id);
        StringBuilder b = start(n, id, "");
        b.append(",\"decisions\":[{\"id\":\"d\",\"date\":\"2026-01-05\",\"participation\":{\"focus\":\"co-decided\"}}],"
                + "\"plans\":[{\"id\":\"plan\",\"agreements\":[{\"id\":\"a\",\"decision\":\"d\",\"performers\":[")
                .append(ids(p)).append("]}]}],\"exchanges\":[");
        for (int i = 0; i < n; i++) {
            b.append(i == 0 ? "" : ",").append("{\"id\":\"x").append(i).append("\",\"giver\":\"").append(p.get(i))
                    .append("\",\"receiver\":\"").append(p.get((i + 1) % n)).append("\"}");
        }
        return b.append("]}").toString();
    }
}
