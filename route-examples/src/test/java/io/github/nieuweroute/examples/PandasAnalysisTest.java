package io.github.nieuweroute.examples;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.nieuweroute.examples.cli.RouteCommand;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** docs/analysis/sweep_analysis.py, run on a small sweep where a python3 with pandas is installed. */
class PandasAnalysisTest {

    private static final Path SCRIPT = Path.of("../docs/analysis/sweep_analysis.py");

    @TempDir
    Path dir;

    private static Optional<String> python() {
        for (String candidate : new String[] {"python3", "/usr/bin/python3"}) {
            try {
                Process p = new ProcessBuilder(candidate, "-c", "import pandas, matplotlib, scipy")
                        .redirectErrorStream(true).start();
                p.getInputStream().readAllBytes();
                if (p.waitFor(60, TimeUnit.SECONDS) && p.exitValue() == 0) {
                    return Optional.of(candidate);
                }
            } catch (IOException e) {
                // not installed: try the next
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return Optional.empty();
            }
        }
        return Optional.empty();
    }

    @Test
    void the_pandas_example_reads_the_tidy_csv_and_finds_the_summary_in_the_replications() throws Exception {
        Optional<String> python = python();
        Assumptions.assumeTrue(python.isPresent(), "skipped: no python3 with pandas, matplotlib and scipy (Debian: "
                + "apt-get install python3-pandas python3-matplotlib python3-scipy)");
        Path scenario = dir.resolve("s.properties");
        Files.writeString(scenario, "name=small\npolicy=old,new\ncohortSize=150\nhorizonWeeks=20\nreplications=3\n"
                + "seed=4\nenvironmentInfluence=0.2, 0.6\n");
        int code = new CommandLine(new RouteCommand()).execute("simulate", "--scenario", scenario.toString(),
                "--out", dir.resolve("run").toString(), "--threads", "1");
        assertThat(code).isZero();

        Process p = new ProcessBuilder(python.get(), SCRIPT.toString(), dir.resolve("run/small").toString(),
                dir.resolve("analysis").toString()).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(120, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).as(out).isZero();

        Matcher gap = Pattern.compile("summary mean\\| = (\\S+)").matcher(out);
        assertThat(gap.find()).as(out).isTrue();
        assertThat(Double.parseDouble(gap.group(1))).isLessThan(1e-9);
        List<String> table = Files.readAllLines(dir.resolve("analysis/new-vs-old.csv"));
        assertThat(table.get(0)).isEqualTo("environmentInfluence,metric,new_minus_old,ci95_lower,ci95_upper,"
                + "replications");
        assertThat(table).hasSize(1 + 2 * 4).anySatisfy(l -> assertThat(l).startsWith("0.6,professionalHours,-"));
        byte[] png = Files.readAllBytes(dir.resolve("analysis/new-vs-old.png"));
        assertThat(new String(png, 1, 3, StandardCharsets.US_ASCII)).isEqualTo("PNG");
    }
}
