package io.github.nieuweroute.examples;

import java.util.Arrays;
import java.util.stream.Collectors;

/** Cuts the code between {@code // @example:NAME:begin} and {@code :end} markers, with its indent removed. */
final class Snippets {

    private Snippets() {}

    static String between(String source, String name) {
        String begin = "// @example:" + name + ":begin";
        String end = "// @example:" + name + ":end";
        int from = source.indexOf(begin);
        int to = source.indexOf(end);
        if (from < 0 || to < from) {
            throw new IllegalArgumentException("no snippet '" + name + "'");
        }
        String body = source.substring(source.indexOf('\n', from) + 1, source.lastIndexOf('\n', to));
        int indent = Arrays.stream(body.split("\n")).filter(l -> !l.isBlank())
                .mapToInt(l -> l.length() - l.stripLeading().length()).min().orElse(0);
        return Arrays.stream(body.split("\n")).map(l -> l.length() >= indent ? l.substring(indent) : l.strip())
                .collect(Collectors.joining("\n"));
    }
}
