package io.github.nieuweroute.source;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.nieuweroute.effect.AcceptanceMeasure;
import io.github.nieuweroute.route.RouteReason;
import io.github.nieuweroute.rule.Rule;
import io.github.nieuweroute.rule.StandardRules;
import io.github.nieuweroute.sim.Mechanism;
import io.github.nieuweroute.sim.Parameter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Walks every public claim of the library (rules, route reasons, acceptance measures, simulation mechanisms and
 * parameters) and checks that each says where it comes from, with source lines that exist.
 */
class EveryClaimHasProvenanceTest {

    private static final Pattern CITATION = Pattern.compile("(00[0-4]_[0-9a-f]{16}\\.txt):(\\d+)(?:-(\\d+))?");

    /** Where the seeds are: shared/ lies beside the checkout, as on the developers' machines and in CI. */
    private static final Path SEEDS = Path.of("../../shared/seeds");

    static Map<String, Provenance> everyClaim() {
        Map<String, Provenance> claims = new LinkedHashMap<>();
        for (Rule r : StandardRules.all()) {
            claims.put("rule " + r.id(), r.provenance());
        }
        for (RouteReason r : RouteReason.values()) {
            claims.put("route reason " + r, r.provenance());
        }
        for (AcceptanceMeasure m : List.of(AcceptanceMeasure.lifeworldAgreementShare(),
                AcceptanceMeasure.lifeworldCoDecisionShare())) {
            claims.put("acceptance measure " + m, m.provenance());
        }
        for (Mechanism m : Mechanism.values()) {
            claims.put("mechanism " + m.key(), m.provenance());
        }
        for (Parameter p : Parameter.values()) {
            claims.put("parameter " + p.key(), p.provenance());
        }
        return claims;
    }

    @Test
    void every_claim_has_a_label_and_every_label_but_assumption_cites_source_lines() {
        Map<String, Provenance> claims = everyClaim();
        assertThat(claims).hasSizeGreaterThan(80);
        claims.forEach((claim, p) -> {
            assertThat(p.grounding()).as(claim).isNotNull();
            if (!p.isAssumption()) {
                assertThat(p.sources()).as(claim).isNotEmpty();
            }
            assertThat(p.sources()).as(claim).allSatisfy(s -> assertThat(s).matches(CITATION));
        });
    }

    @Test
    void only_rules_resting_on_siegers_own_words_are_labelled_as_such() {
        everyClaim().forEach((claim, p) -> {
            if (p.grounding() == Grounding.DEFINED || p.grounding() == Grounding.TITLE_ONLY) {
                assertThat(p.sources()).as(claim + " cites Siegers (000, 001 or 003)")
                        .anySatisfy(s -> assertThat(s).matches("00[013]_.*"));
            }
            if (p.grounding() == Grounding.OTHER_SOURCE) {
                assertThat(p.sources()).as(claim + " cites another source than Siegers' own words")
                        .anySatisfy(s -> assertThat(s).matches("(002|004)_.*|001_efdc3dbc7d93ff68\\.txt:5[0-4]"));
            }
        });
    }

    @Test
    void every_cited_line_exists_in_the_sources() throws IOException {
        org.junit.jupiter.api.Assumptions.assumeTrue(Files.isDirectory(SEEDS),
                "shared/seeds is not beside the checkout; line numbers not checked");
        Map<String, Integer> lengths = new LinkedHashMap<>();
        for (Map.Entry<String, Provenance> claim : everyClaim().entrySet()) {
            for (String citation : claim.getValue().sources()) {
                Matcher m = CITATION.matcher(citation);
                assertThat(m.matches()).as(citation).isTrue();
                int lines = lengths.computeIfAbsent(m.group(1), f -> count(SEEDS.resolve(f)));
                int from = Integer.parseInt(m.group(2));
                int to = m.group(3) == null ? from : Integer.parseInt(m.group(3));
                assertThat(from).as(claim.getKey() + " " + citation).isBetween(1, to);
                assertThat(to).as(claim.getKey() + " " + citation).isLessThanOrEqualTo(lines);
            }
        }
    }

    @Test
    void the_corrected_citations_point_at_what_they_quote() throws IOException {
        org.junit.jupiter.api.Assumptions.assumeTrue(Files.isDirectory(SEEDS),
                "shared/seeds is not beside the checkout; line contents not checked");
        List<String> siegers = Files.readAllLines(SEEDS.resolve("000_003bca9ac70bd78f.txt"), StandardCharsets.UTF_8);
        List<String> k2 = Files.readAllLines(SEEDS.resolve("004_5944939a3c113dbb.txt"), StandardCharsets.UTF_8);
        assertThat(siegers.get(179 - 1)).contains("Blijf uit de inhoud");
        assertThat(siegers.get(185 - 1)).contains("Vervolg");
        assertThat(String.join(" ", k2.subList(140 - 1, 141))).contains("fictieve");
        assertThat(StandardRules.JOINT_EVALUATION.provenance().sources()).contains("000_003bca9ac70bd78f.txt:185")
                .doesNotContain("000_003bca9ac70bd78f.txt:186");
        assertThat(io.github.nieuweroute.seed.SeedCases.vanDalenBefore().situation().assumptions())
                .anySatisfy(a -> assertThat(a).contains("004_5944939a3c113dbb.txt:140-141"));
    }

    @Test
    void every_mechanism_is_in_the_simulation_model_document_with_its_label() throws IOException {
        String doc = Files.readString(Path.of("../docs/simulation-model.md"));
        for (Mechanism m : Mechanism.values()) {
            assertThat(doc).as(m.key()).contains("| `" + m.key() + "` | " + m.section() + " | "
                    + m.provenance().grounding().name().toLowerCase(java.util.Locale.ROOT).replace('_', '-'));
        }
    }

    private static int count(Path file) {
        try {
            return Files.readAllLines(file, StandardCharsets.UTF_8).size();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
