package io.github.nieuweroute.json;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.function.IntFunction;

/**
 * Hostile JSON documents, built as bytes without the library so that they can be larger or stranger than anything
 * it writes. Each attack is one method; {@link HostileJsonInputTest} reads them through every entry point, and the
 * command-line hostile-input tests and docs/benchmarks.md use the same shapes.
 */
final class HostileJson {

    private HostileJson() {}

    /**
     * One decision and {@code agreements} agreements, each naming all {@code performers} lifeworld participants as
     * performers: 24 x 99,999 is some 20 MiB and 2.4 million references, inside every per-array and size limit.
     */
    static byte[] manyPerformers(int agreements, int performers) {
        StringBuilder b = participants(performers, i -> "p" + i);
        b.append("],\"decisions\":[{\"id\":\"d\",\"date\":\"2026-01-05\",")
                .append("\"participation\":{\"focus\":\"co-decided\"}}],")
                .append("\"plans\":[{\"id\":\"plan\",\"agreements\":[");
        StringBuilder ids = new StringBuilder();
        for (int i = 0; i < performers; i++) {
            ids.append(i == 0 ? "\"p" : ",\"p").append(i).append('"');
        }
        for (int a = 0; a < agreements; a++) {
            b.append(a == 0 ? "" : ",").append("{\"id\":\"a").append(a).append("\",\"decision\":\"d\",\"performers\":[")
                    .append(ids).append("]}");
        }
        return b.append("]}]}").toString().getBytes(StandardCharsets.UTF_8);
    }

    /** {@code decisions} decisions, each with a participation entry for every one of {@code participants}. */
    static byte[] manyParticipations(int decisions, int participants) {
        StringBuilder b = participants(participants, i -> "p" + i);
        b.append("],\"decisions\":[");
        StringBuilder levels = new StringBuilder("\"focus\":\"co-decided\"");
        for (int i = 0; i < participants; i++) {
            levels.append(",\"p").append(i).append("\":\"informed\"");
        }
        for (int d = 0; d < decisions; d++) {
            b.append(d == 0 ? "" : ",").append("{\"id\":\"d").append(d)
                    .append("\",\"date\":\"2026-01-05\",\"participation\":{").append(levels).append("}}");
        }
        return b.append("]}").toString().getBytes(StandardCharsets.UTF_8);
    }

    /**
     * Participants with the given ids, each giving an exchange to the next and all carrying out one agreement: the
     * ids are values, looked up by the library's own tables.
     */
    static byte[] exchangesBetween(List<String> ids) {
        StringBuilder b = participants(ids.size(), ids::get);
        b.append("],\"decisions\":[{\"id\":\"d\",\"date\":\"2026-01-05\",")
                .append("\"participation\":{\"focus\":\"co-decided\"}}],")
                .append("\"plans\":[{\"id\":\"plan\",\"agreements\":")
                .append("[{\"id\":\"a\",\"decision\":\"d\",\"performers\":[");
        for (int i = 0; i < ids.size(); i++) {
            b.append(i == 0 ? "\"" : ",\"").append(ids.get(i)).append('"');
        }
        b.append("]}]}],\"exchanges\":[");
        for (int i = 0; i < ids.size(); i++) {
            b.append(i == 0 ? "" : ",").append("{\"id\":\"x").append(i).append("\",\"giver\":\"").append(ids.get(i))
                    .append("\",\"receiver\":\"").append(ids.get((i + 1) % ids.size())).append("\"}");
        }
        return b.append("]}").toString().getBytes(StandardCharsets.UTF_8);
    }

    /** Participants with the given ids, all co-deciding one decision: the ids are the participation's field names. */
    static byte[] participationKeyed(List<String> ids) {
        StringBuilder b = participants(ids.size(), ids::get);
        b.append("],\"decisions\":[{\"id\":\"d\",\"date\":\"2026-01-05\",\"participation\":{\"focus\":\"co-decided\"");
        for (String id : ids) {
            b.append(",\"").append(id).append("\":\"co-decided\"");
        }
        return b.append("}}]}").toString().getBytes(StandardCharsets.UTF_8);
    }

    private static StringBuilder participants(int n, IntFunction<String> id) {
        StringBuilder b = new StringBuilder(n * 40);
        b.append("{\"formatVersion\":1,\"id\":\"hostile\",\"participants\":")
                .append("[{\"id\":\"focus\",\"sphere\":\"focus-person\"}");
        for (int i = 0; i < n; i++) {
            b.append(",{\"id\":\"").append(id.apply(i)).append("\",\"sphere\":\"lifeworld\"}");
        }
        return b;
    }

    /** A small valid situation whose id is spelt with the given bytes in place of its {@code p}. */
    static byte[] withIdBytes(byte... idBytes) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes("{\"formatVersion\":1,\"id\":\"".getBytes(StandardCharsets.UTF_8));
        out.writeBytes(idBytes);
        out.writeBytes("1\",\"participants\":[{\"id\":\"f\",\"sphere\":\"focus-person\"}]}"
                .getBytes(StandardCharsets.UTF_8));
        return out.toByteArray();
    }

    /** A small valid situation. */
    static String small() {
        return "{\"formatVersion\":1,\"id\":\"s1\",\"participants\":[{\"id\":\"f\",\"sphere\":\"focus-person\"}]}";
    }
}
