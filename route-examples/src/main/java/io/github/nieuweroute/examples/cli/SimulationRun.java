package io.github.nieuweroute.examples.cli;

import io.github.nieuweroute.design.Design;
import io.github.nieuweroute.design.SensitivityCsv;
import io.github.nieuweroute.examples.render.Pictures;
import io.github.nieuweroute.json.RouteJson;
import io.github.nieuweroute.sim.Cancellation;
import io.github.nieuweroute.sim.DecimalText;
import io.github.nieuweroute.sim.Library;
import io.github.nieuweroute.sim.Parameter;
import io.github.nieuweroute.sim.Progress;
import io.github.nieuweroute.sim.ProgressListener;
import io.github.nieuweroute.sim.Scenario;
import io.github.nieuweroute.sim.SimulationResult;
import io.github.nieuweroute.sim.Simulator;
import io.github.nieuweroute.sim.Sweep;
import io.github.nieuweroute.sim.SweepResult;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CancellationException;
import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;

/**
 * Runs the points of a run one after the other, then writes its CSV, JSON and charts. Progress goes
 * to a progress bar on a terminal and to plain lines otherwise. Cancelling (Ctrl-C) stops the run before anything of
 * it is written; what earlier runs wrote stays, and nothing is left half-written.
 */
final class SimulationRun {

    /** Results in the pretty layout: one line per field, each weekly series on one line. */
    private static final RouteJson RESULT_JSON = RouteJson.create();
    /** Up to this many points a run also writes the weekly series (CSV and JSON) and charts. */
    static final int MAX_POINTS_WITH_SERIES = 16;

    private final PrintWriter out;
    private final boolean terminal;
    private final Cancellation cancellation = new Cancellation();

    SimulationRun(PrintWriter out, boolean terminal) {
        this.out = out;
        this.terminal = terminal;
    }

    Cancellation cancellation() {
        return cancellation;
    }

    /**
     * Runs every point of the plan, then writes its files: {@code NAME-summary.csv}, {@code NAME-replications.csv}
     * and {@code NAME-run.properties} always; {@code NAME-timeseries.csv}, {@code NAME-result.json} and charts for
     * runs of at most {@link #MAX_POINTS_WITH_SERIES} points; {@code NAME-sobol.csv} or {@code NAME-morris.csv} for
     * those designs.
     *
     * @return the files written, in order
     * @throws CancellationException if cancelled; nothing of this run is written
     */
    List<Path> run(RunPlan plan, int threads, Path dir) throws IOException {
        List<Sweep.Point> points = plan.sweep.points();
        List<SimulationResult> results = new ArrayList<>(points.size());
        boolean detailed = points.size() <= MAX_POINTS_WITH_SERIES;
        int every = Math.max(1, points.size() / 100);
        for (Sweep.Point point : points) {
            String label = label(plan, point);
            // a display per point for a few points; for many, a line every hundredth of the run
            try (Display display = !detailed ? new QuietDisplay()
                    : terminal ? new BarDisplay(label, point.scenario()) : new LineDisplay(out, label)) {
                Simulator simulator = Simulator.builder().threads(threads).progressListener(display)
                        .cancellation(cancellation).build();
                results.add(simulator.run(point.scenario(), plan.seed));
            }
            if (!detailed && ((point.index() + 1) % every == 0 || point.index() + 1 == points.size())) {
                out.println("simulated point " + (point.index() + 1) + " of " + points.size());
                out.flush();
            }
        }
        SweepResult sweep = SweepResult.of(plan.sweep, plan.seed, results);
        List<Path> written = new ArrayList<>();
        written.add(write(dir.resolve(plan.name + "-summary.csv"), sweep::writeSummaryCsv));
        written.add(write(dir.resolve(plan.name + "-replications.csv"), sweep::writeReplicationsCsv));
        if (points.size() <= MAX_POINTS_WITH_SERIES) {
            written.add(write(dir.resolve(plan.name + "-timeseries.csv"), sweep::writeTimeSeriesCsv));
            Path json = dir.resolve(plan.name + "-result.json");
            Pictures.write(json, RESULT_JSON.writeSweepResult(sweep));
            written.add(json);
            Map<String, SimulationResult> byLabel = new LinkedHashMap<>();
            for (int i = 0; i < points.size(); i++) {
                byLabel.put(label(plan, points.get(i)), results.get(i));
            }
            written.addAll(Pictures.writeCharts(byLabel, dir));
        } else {
            out.println("route: " + points.size() + " points: weekly series, result JSON and charts are written for "
                    + "runs of at most " + MAX_POINTS_WITH_SERIES + " points");
        }
        if (plan.design.isPresent() && !plan.analysed.isEmpty()) {
            Design design = plan.design.get();
            if (design.kind() == Design.Kind.SOBOL) {
                written.add(write(dir.resolve(plan.name + "-sobol.csv"), o -> SensitivityCsv.writeSobol(design,
                        sweep, plan.analysed, plan.resamples, plan.seed, o)));
            } else {
                written.add(write(dir.resolve(plan.name + "-morris.csv"), o -> SensitivityCsv.writeMorris(design,
                        sweep, plan.analysed, plan.resamples, plan.seed, o)));
            }
        }
        written.add(write(dir.resolve(plan.name + "-run.properties"), o -> runFile(plan, o)));
        return written;
    }

    /** The scenario file that runs this again, with the library version and seed. */
    private static void runFile(RunPlan plan, Appendable o) throws IOException {
        o.append("# written by ").append(Library.NAME).append(' ').append(Library.version()).append('\n');
        o.append("# run it again: java -jar route.jar simulate --scenario ").append(plan.name)
                .append("-run.properties --out DIR\n");
        o.append("library.version=").append(Library.version()).append('\n');
        o.append("seed=").append(Long.toString(plan.seed)).append('\n');
        for (String line : plan.scenarioFile) {
            o.append(line).append('\n');
        }
    }

    private static String label(RunPlan plan, Sweep.Point point) {
        StringBuilder b = new StringBuilder(plan.name);
        if (plan.sweep.policies().size() > 1) {
            b.append('-').append(point.policy().code());
        }
        for (Map.Entry<Parameter, Double> v : point.values().entrySet()) {
            b.append(' ').append(v.getKey().key()).append('=').append(DecimalText.of(v.getValue()));
        }
        return b.toString();
    }

    private interface CsvWriter {
        void write(Appendable out) throws IOException;
    }

    private static Path write(Path file, CsvWriter writer) throws IOException {
        StringBuilder text = new StringBuilder();
        writer.write(text);
        Pictures.write(file, text.toString());
        return file;
    }

    /** Shows progress; closing it ends the display. */
    private interface Display extends ProgressListener, AutoCloseable {
        @Override
        void close();
    }

    /**
     * The width to draw the bar in: {@code COLUMNS} when the shell exports it, else 80, less one column so that the
     * cursor never wraps.
     */
    static int terminalWidth(String columns) {
        int width = 80;
        if (columns != null) {
            try {
                width = Math.max(40, Math.min(400, Integer.parseInt(columns.trim())));
            } catch (NumberFormatException e) {
                // not a number: the default
            }
        }
        return width - 1;
    }

    private static final class BarDisplay implements Display {
        private final ProgressBar bar;

        BarDisplay(String label, Scenario scenario) {
            // our own console consumer with a fixed width: the library's default one opens a JLine terminal, which
            // sets SIGINT back to the default action, so Ctrl-C would kill the JVM without running the hook that
            // cancels cleanly
            bar = new ProgressBarBuilder().setTaskName(label).setStyle(ProgressBarStyle.ASCII)
                    .setInitialMax((long) scenario.cohortSize() * scenario.replications()).setUnit(" cases", 1)
                    .setConsumer(new ConsoleProgressBarConsumer(System.err,
                            terminalWidth(System.getenv("COLUMNS"))))
                    .build();
        }

        @Override
        public void progress(Progress progress) {
            bar.stepTo(progress.casesDone());
        }

        @Override
        public void close() {
            bar.close();
        }
    }

    private static final class LineDisplay implements Display {
        private final PrintWriter out;
        private final String name;
        private int shownTenths = -1;

        LineDisplay(PrintWriter out, String label) {
            this.out = out;
            this.name = label;
        }

        @Override
        public synchronized void progress(Progress progress) {
            int tenths = (int) Math.floor(progress.fraction() * 10);
            if (tenths > shownTenths) {
                shownTenths = tenths;
                out.println("simulating " + name + ": " + (tenths * 10) + "% (" + progress.casesDone() + " of "
                        + progress.casesTotal() + " cases)");
                out.flush();
            }
        }

        @Override
        public void close() {
            out.flush();
        }
    }

    private static final class QuietDisplay implements Display {
        @Override
        public void progress(Progress progress) {
            // many points: one line per point instead
        }

        @Override
        public void close() {
            // nothing shown
        }
    }
}
