package io.github.nieuweroute.json;

import static io.github.nieuweroute.json.JsonFixtures.JSON;
import static io.github.nieuweroute.json.JsonFixtures.golden;
import static io.github.nieuweroute.json.JsonFixtures.goldenBytes;
import static io.github.nieuweroute.json.JsonFixtures.goldenReport;
import static io.github.nieuweroute.json.JsonFixtures.reportSchemaErrors;
import static io.github.nieuweroute.json.JsonFixtures.schemaErrors;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import io.github.nieuweroute.model.Situation;
import io.github.nieuweroute.rule.Report;
import io.github.nieuweroute.seed.SeedCase;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Consumer;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.JsonNode;

/**
 * Corrupts the golden files at random, with a fixed seed per file, thousands of times: bytes (flips, deletions,
 * insertions, duplications, truncation) and structure (a value replaced by another value of the same document, a
 * field or element removed). Every corruption either reads as a situation that the schema accepts and that
 * round-trips, or fails with {@link RouteJsonException} whose pointer exists in the input; never with another
 * exception.
 */
class MutationFuzzTest {

    private static final int MUTATIONS_PER_FILE = 2_000;
    private static final byte[] STRUCTURE = "{}[],:\"\\ 0-1etnulfa".getBytes(StandardCharsets.US_ASCII);

    @ParameterizedTest(name = "{0}")
    @MethodSource("io.github.nieuweroute.json.JsonFixtures#seedCases")
    void every_corruption_of_a_golden_file_reads_or_fails_with_the_typed_exception(SeedCase seed) {
        byte[] golden = goldenBytes(seed.key());
        Random random = new Random(seed.key().hashCode());
        int accepted = 0;
        int rejected = 0;
        for (int i = 0; i < MUTATIONS_PER_FILE; i++) {
            byte[] mutated = mutate(golden, random);
            try {
                Situation s = JSON.readSituation(mutated);
                accepted++;
                assertThat(JSON.readSituation(JSON.writeSituation(s))).isEqualTo(s);
                assertThat(schemaErrors(new String(mutated, StandardCharsets.UTF_8)))
                        .as("mutation %d of %s was read, so the schema must accept it", i, seed.key()).isEmpty();
            } catch (RouteJsonException e) {
                rejected++;
                assertThat(e.getMessage()).isNotBlank();
            } catch (RuntimeException | Error e) {
                fail("mutation " + i + " of " + seed.key() + " threw " + e + " for input "
                        + new String(mutated, StandardCharsets.UTF_8), e);
            }
        }
        assertThat(accepted + rejected).isEqualTo(MUTATIONS_PER_FILE);
        assertThat(rejected).isPositive();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("io.github.nieuweroute.json.JsonFixtures#seedCases")
    void every_structural_edit_of_a_golden_file_reads_or_fails_with_the_typed_exception(SeedCase seed) {
        Map<RouteJsonException.Problem, Integer> problems = structuralEdits(golden(seed.key()),
                31L * seed.key().hashCode(), MUTATIONS_PER_FILE, document -> {
                    Situation s = JSON.readSituation(document);
                    assertThat(JSON.readSituation(JSON.writeSituation(s))).isEqualTo(s);
                    assertThat(schemaErrors(document)).as("an edit of %s was read", seed.key()).isEmpty();
                });
        assertThat(problems).containsKeys(RouteJsonException.Problem.WRONG_TYPE,
                RouteJsonException.Problem.INVALID_MODEL);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("io.github.nieuweroute.json.JsonFixtures#seedCases")
    void every_structural_edit_of_a_version_1_golden_file_reads_or_fails_with_the_typed_exception(SeedCase seed) {
        Map<RouteJsonException.Problem, Integer> problems = structuralEdits(JsonFixtures.goldenV1(seed.key()),
                37L * seed.key().hashCode(), MUTATIONS_PER_FILE / 4, document -> {
                    Situation s = JSON.readSituation(document);
                    assertThat(JSON.readSituation(JSON.writeSituation(s))).isEqualTo(s);
                    assertThat(JsonFixtures.schemaErrorsV1(document)).as("an edit of %s was read", seed.key())
                            .isEmpty();
                });
        assertThat(problems).containsKeys(RouteJsonException.Problem.WRONG_TYPE,
                RouteJsonException.Problem.INVALID_MODEL);
    }

    /**
     * Applies random structural edits (a value replaced by another value of the document, a field or element
     * removed) and reads each edited document: it must read and pass the check, or fail with the typed exception
     * whose pointer exists in the document.
     *
     * @return how often each problem was reported
     */
    private static Map<RouteJsonException.Problem, Integer> structuralEdits(String document, long seed, int edits,
            Consumer<String> readAndCheck) {
        JsonNode golden = JsonTrees.tree(document);
        List<String> pointers = JsonTrees.pointers(golden);
        Random random = new Random(seed);
        Map<RouteJsonException.Problem, Integer> problems = new EnumMap<>(RouteJsonException.Problem.class);
        for (int i = 0; i < edits; i++) {
            String target = pointers.get(random.nextInt(pointers.size()));
            JsonNode edited = random.nextInt(3) == 0 ? JsonTrees.remove(golden, target)
                    : JsonTrees.replace(golden, target, golden.at(pointers.get(random.nextInt(pointers.size()))));
            String text = JsonTrees.text(edited);
            try {
                readAndCheck.accept(text);
            } catch (RouteJsonException e) {
                problems.merge(e.problem(), 1, Integer::sum);
                assertThat(JsonTrees.tree(text).at(e.pointer()).isMissingNode())
                        .as("pointer %s of edit %d", e.pointer(), i).isFalse();
            } catch (RuntimeException | Error e) {
                fail("edit " + i + " threw " + e + " for input " + text, e);
            }
        }
        return problems;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("io.github.nieuweroute.json.JsonFixtures#seedCases")
    void corrupted_cohort_lines_give_situations_or_the_typed_exception(SeedCase seed) {
        byte[] line = JSON.withPrettyPrinting(false).writeSituationBytes(seed.situation());
        Random random = new Random(~seed.key().hashCode());
        for (int i = 0; i < MUTATIONS_PER_FILE / 10; i++) {
            byte[] cohort = concat(line, mutate(line, random), line);
            try (CohortReader reader = JSON.readCohort(new ByteArrayInputStream(cohort))) {
                int read = 0;
                try {
                    while (reader.hasNext()) {
                        assertThat(reader.next()).isNotNull();
                        read++;
                    }
                } catch (RouteJsonException e) {
                    assertThat(e.cohortLine()).isPresent();
                }
                assertThat(read).isPositive();
            } catch (RuntimeException | Error e) {
                fail("cohort mutation " + i + " of " + seed.key() + " threw " + e, e);
            }
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("io.github.nieuweroute.json.JsonFixtures#seedCases")
    void every_corruption_of_a_golden_report_reads_or_fails_with_the_typed_exception(SeedCase seed) {
        byte[] golden = goldenReport(seed.key()).getBytes(StandardCharsets.UTF_8);
        Random random = new Random(17L * seed.key().hashCode());
        int rejected = 0;
        for (int i = 0; i < MUTATIONS_PER_FILE / 2; i++) {
            byte[] mutated = mutate(golden, random);
            String document = new String(mutated, StandardCharsets.UTF_8);
            try {
                Report r = JSON.readReport(document);
                assertThat(JSON.readReport(JSON.writeReport(r))).isEqualTo(r);
                assertThat(reportSchemaErrors(document)).as("mutation %d of %s was read", i, seed.key()).isEmpty();
            } catch (RouteJsonException e) {
                rejected++;
                assertThat(e.getMessage()).isNotBlank();
            } catch (RuntimeException | Error e) {
                fail("report mutation " + i + " of " + seed.key() + " threw " + e + " for input " + document, e);
            }
        }
        assertThat(rejected).isPositive();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("io.github.nieuweroute.json.JsonFixtures#seedCases")
    void every_structural_edit_of_a_golden_report_reads_or_fails_with_the_typed_exception(SeedCase seed) {
        Map<RouteJsonException.Problem, Integer> problems = structuralEdits(goldenReport(seed.key()),
                37L * seed.key().hashCode(), MUTATIONS_PER_FILE / 2, document -> {
                    Report r = JSON.readReport(document);
                    assertThat(JSON.readReport(JSON.writeReport(r))).isEqualTo(r);
                });
        assertThat(problems).containsKey(RouteJsonException.Problem.WRONG_TYPE);
    }

    private static byte[] concat(byte[]... lines) {
        StringBuilder b = new StringBuilder();
        for (byte[] l : lines) {
            b.append(new String(l, StandardCharsets.ISO_8859_1)).append('\n');
        }
        return b.toString().getBytes(StandardCharsets.ISO_8859_1);
    }

    /** Applies one to three random corruptions: byte flips, deletions, insertions, duplications, truncation. */
    static byte[] mutate(byte[] input, Random random) {
        byte[] out = input;
        for (int n = 1 + random.nextInt(3); n > 0 && out.length > 0; n--) {
            int at = random.nextInt(out.length);
            switch (random.nextInt(7)) {
                case 0 -> {
                    out = out.clone();
                    out[at] = (byte) random.nextInt(256);
                }
                case 1 -> {
                    out = out.clone();
                    out[at] = STRUCTURE[random.nextInt(STRUCTURE.length)];
                }
                case 2 -> {
                    int len = Math.min(out.length - at, 1 + random.nextInt(40));
                    out = splice(out, at, len, new byte[0]);
                }
                case 3 -> out = splice(out, at, 0, new byte[] {STRUCTURE[random.nextInt(STRUCTURE.length)]});
                case 4 -> {
                    int len = Math.min(out.length - at, 1 + random.nextInt(200));
                    out = splice(out, at, 0, Arrays.copyOfRange(out, at, at + len));
                }
                case 5 -> {
                    int from = random.nextInt(Math.max(1, out.length));
                    int len = Math.min(out.length - from, 1 + random.nextInt(60));
                    int to = random.nextInt(Math.max(1, out.length));
                    out = splice(out, to, 0, Arrays.copyOfRange(out, from, from + len));
                }
                default -> out = Arrays.copyOf(out, at);
            }
        }
        return out;
    }

    private static byte[] splice(byte[] in, int at, int remove, byte[] insert) {
        byte[] out = new byte[in.length - remove + insert.length];
        System.arraycopy(in, 0, out, 0, at);
        System.arraycopy(insert, 0, out, at, insert.length);
        System.arraycopy(in, at + remove, out, at + insert.length, in.length - at - remove);
        return out;
    }
}
