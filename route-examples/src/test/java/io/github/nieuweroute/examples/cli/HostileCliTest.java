package io.github.nieuweroute.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.github.nieuweroute.json.RouteJson;
import io.github.nieuweroute.model.Participant;
import io.github.nieuweroute.model.Situation;
import io.github.nieuweroute.model.Sphere;
import java.io.ByteArrayInputStream;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Hostile and careless use of the {@code route} tool: planted links, files that cannot be read, inputs too large
 * for the heap, names that break SVG, an output that is the input. The hostile documents are made here
 * ({@link #performers}, {@link #namedSituation}); every failure must be one line and a documented exit code.
 */
class HostileCliTest {

    @TempDir
    Path dir;

    private static RouteCommandTest.Run route(String... args) {
        return RouteCommandTest.route(args);
    }

    /** A situation whose agreements are each carried out by all of many lifeworld performers who did not decide. */
    static String performers(int agreements, int performers) {
        StringBuilder b = new StringBuilder("{\"formatVersion\":1,\"id\":\"h\",\"participants\":[{\"id\":\"focus\","
                + "\"sphere\":\"focus-person\"},{\"id\":\"pro\",\"sphere\":\"system-world\"}");
        StringBuilder ids = new StringBuilder();
        for (int i = 0; i < performers; i++) {
            b.append(",{\"id\":\"p").append(i).append("\",\"sphere\":\"lifeworld\"}");
            ids.append(i == 0 ? "\"p" : ",\"p").append(i).append('"');
        }
        b.append("],\"decisions\":[{\"id\":\"d\",\"date\":\"2026-01-05\",\"participation\":{\"focus\":\"co-decided\","
                + "\"pro\":\"co-decided\"}}],\"plans\":[{\"id\":\"plan\",\"agreements\":[");
        for (int a = 0; a < agreements; a++) {
            b.append(a == 0 ? "" : ",").append("{\"id\":\"a").append(a).append("\",\"decision\":\"d\",\"performers\":[")
                    .append(ids).append("]}");
        }
        return b.append("]}]}").toString();
    }

    /** A situation whose participants are named with the given names. */
    static Situation namedSituation(String... names) {
        Situation.Builder s = Situation.builder().id("named").addParticipant(Participant.focusPerson("focus"));
        for (int i = 0; i < names.length; i++) {
            s.addParticipant(Participant.builder().id("p" + i).sphere(Sphere.LIFEWORLD).name(names[i]).build());
        }
        return s.build();
    }

    private static boolean isOneLine(String err) {
        return err.strip().lines().count() == 1 && !err.contains("\tat ") && !err.contains("Exception");
    }

    // -- writing

    @Test
    void a_link_planted_at_the_old_part_file_name_is_never_written_through() throws IOException {
        assumeTrue(dir.getFileSystem().supportedFileAttributeViews().contains("posix"));
        Path victim = Files.writeString(dir.resolve("victim.txt"), "keep me");
        Path map = dir.resolve("map.svg");
        Files.createSymbolicLink(dir.resolve(".map.svg.part"), victim);

        RouteCommandTest.Run run = route("render", "--seed", "de-vries", "--out", map.toString());

        assertThat(run.code()).as(run.err()).isZero();
        assertThat(Files.readString(victim)).isEqualTo("keep me");
        assertThat(Files.readString(map)).contains("<svg");
        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString()))
                    .containsExactlyInAnyOrder("victim.txt", "map.svg", ".map.svg.part");
        }
    }

    @Test
    void an_output_that_is_a_link_is_replaced_not_written_through() throws IOException {
        assumeTrue(dir.getFileSystem().supportedFileAttributeViews().contains("posix"));
        Path victim = Files.writeString(dir.resolve("victim.txt"), "keep me");
        Path map = Files.createSymbolicLink(dir.resolve("map.svg"), victim);

        assertThat(route("render", "--seed", "de-vries", "--out", map.toString()).code()).isZero();

        assertThat(Files.readString(victim)).isEqualTo("keep me");
        assertThat(Files.isSymbolicLink(map)).isFalse();
        assertThat(Files.readString(map)).contains("<svg");
    }

    @Test
    void render_refuses_to_replace_its_own_input() throws IOException {
        Path input = Files.writeString(dir.resolve("s.json"), RouteJson.create().writeSituation(namedSituation("A")));
        String before = Files.readString(input);

        RouteCommandTest.Run run = route("render", input.toString(), "--out",
                dir.resolve(".").resolve("s.json").toString());

        assertThat(run.code()).isEqualTo(ExitCodes.INVALID_INPUT);
        assertThat(run.err()).contains("is the input file");
        assertThat(Files.readString(input)).isEqualTo(before);
    }

    @Test
    void an_output_that_cannot_be_created_is_an_io_failure_in_one_line() throws IOException {
        Path file = Files.writeString(dir.resolve("plain.txt"), "x");

        RouteCommandTest.Run run = route("render", "--seed", "de-vries", "--out", file.resolve("map.svg").toString());

        assertThat(run.code()).isEqualTo(ExitCodes.IO_FAILURE);
        assertThat(isOneLine(run.err())).as(run.err()).isTrue();
    }

    // -- reading

    @Test
    void a_read_error_is_an_io_failure_in_one_line() {
        Path mem = Path.of("/proc/self/mem");
        assumeTrue(Files.isRegularFile(mem));

        RouteCommandTest.Run run = route("check", mem.toString());

        assertThat(run.code()).isEqualTo(ExitCodes.IO_FAILURE);
        assertThat(run.err()).startsWith("route: cannot read or write a file");
        assertThat(isOneLine(run.err())).as(run.err()).isTrue();
    }

    @Test
    void a_quarter_of_a_million_breaches_are_reported_with_a_counted_remainder() throws IOException {
        Path input = Files.writeString(dir.resolve("many.json"), performers(5_000, 50));

        RouteCommandTest.Run run = route("check", input.toString());

        assertThat(run.code()).as(run.err()).isEqualTo(ExitCodes.FINDINGS);
        assertThat(run.out()).contains("Regie and responsibility belong together (R-01): 250,001 findings",
                "  - and 249,001 more findings of this rule, not listed to keep the report small.");
        assertThat(run.out().lines().count()).isLessThan(2_000);
    }

    @Test
    void running_out_of_heap_is_its_own_exit_code_and_one_line() throws Exception {
        Path input = Files.writeString(dir.resolve("big.json"), performers(4, 99_990));
        List<String> path = new ArrayList<>();
        for (String property : List.of("jdk.module.path", "java.class.path")) {
            String value = System.getProperty(property);
            if (value != null && !value.isBlank()) {
                path.add(value);
            }
        }
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        Process p = new ProcessBuilder(java.toString(), "-Xmx24m", "-XX:+UseSerialGC", "-cp",
                String.join(File.pathSeparator, path), RouteCommand.class.getName(), "check", input.toString())
                .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        String err;
        try (var in = p.getErrorStream()) {
            err = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        assertThat(p.waitFor(5, TimeUnit.MINUTES)).isTrue();

        assertThat(p.exitValue()).as(err).isEqualTo(ExitCodes.OUT_OF_MEMORY);
        assertThat(err).startsWith("route: out of memory");
        assertThat(isOneLine(err)).as(err).isTrue();
    }

    // -- names in pictures

    @Test
    void any_name_gives_a_map_that_parses_and_no_label_reorders_its_text() throws Exception {
        String[] names = {"a\uFFFEb", "c\uFFFFd", "lone \uD800 high", "lone \uDC00 low", "evil\u202Egpj.exe",
            "iso\u2067late\u2069", "bell\u0007", "ok \uD83D\uDE00"};
        Path input = Files.writeString(dir.resolve("named.json"),
                RouteJson.create().writeSituation(namedSituation(names)));
        Path map = dir.resolve("map.svg");

        RouteCommandTest.Run run = route("render", input.toString(), "--out", map.toString(), "--names");

        assertThat(run.code()).as(run.err()).isZero();
        String svg = Files.readString(map);
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        f.newDocumentBuilder().parse(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)));
        assertThat(svg).doesNotContain("\u202E", "\u2067", "\u2069", "\uFFFE", "\uFFFF", "\u0007")
                .contains("evilgpj.exe", "lone \uFFFD high", "ok \uD83D\uDE00");
        assertThat(svg.chars().filter(c -> Character.isSurrogate((char) c)).count()).isEqualTo(2);
    }
}
