package io.github.nieuweroute.examples.cli;

import io.github.nieuweroute.examples.render.Pictures;
import io.github.nieuweroute.json.RouteJson;
import io.github.nieuweroute.sim.Cancellation;
import io.github.nieuweroute.sim.Progress;
import io.github.nieuweroute.sim.ProgressListener;
import io.github.nieuweroute.sim.Scenario;
import io.github.nieuweroute.sim.SimulationResult;
import io.github.nieuweroute.sim.Simulator;
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
 * Runs scenarios one after the other and writes each one's CSV and JSON as soon as it is done, then the charts. Progress goes
 * to a progress bar on a terminal and to plain lines otherwise. Cancelling (Ctrl-C) stops the running scenario;
 * what was written before stays, and nothing is left half-written.
 */
final class SimulationRun {

    /** Results as one compact line: the weekly series make a pretty layout thousands of lines long. */
    private static final RouteJson RESULT_JSON = RouteJson.create().withPrettyPrinting(false);

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
     * Runs the scenarios.
     *
     * @return the files written, in order
     * @throws CancellationException if cancelled; files written before stay
     */
    List<Path> run(List<Scenario> scenarios, long seed, int threads, Path dir) throws IOException {
        List<Path> written = new ArrayList<>();
        Map<String, SimulationResult> results = new LinkedHashMap<>();
        for (Scenario scenario : scenarios) {
            SimulationResult result;
            try (Display display = terminal ? new BarDisplay(scenario) : new LineDisplay(out, scenario)) {
                Simulator simulator = Simulator.builder().threads(threads).progressListener(display)
                        .cancellation(cancellation).build();
                result = simulator.run(scenario, seed);
            }
            StringBuilder series = new StringBuilder();
            result.writeTimeSeriesCsv(series);
            StringBuilder summary = new StringBuilder();
            result.writeSummaryCsv(summary);
            Path seriesFile = dir.resolve(scenario.name() + "-timeseries.csv");
            Path summaryFile = dir.resolve(scenario.name() + "-summary.csv");
            Path jsonFile = dir.resolve(scenario.name() + "-result.json");
            Pictures.write(seriesFile, series.toString());
            Pictures.write(summaryFile, summary.toString());
            Pictures.write(jsonFile, RESULT_JSON.writeSimulationResult(result));
            written.add(seriesFile);
            written.add(summaryFile);
            written.add(jsonFile);
            results.put(scenario.name(), result);
        }
        written.addAll(Pictures.writeCharts(results, dir));
        return written;
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

        BarDisplay(Scenario scenario) {
            // our own console consumer with a fixed width: the library's default one opens a JLine terminal, which
            // sets SIGINT back to the default action, so Ctrl-C would kill the JVM without running the hook that
            // cancels cleanly
            bar = new ProgressBarBuilder().setTaskName(scenario.name()).setStyle(ProgressBarStyle.ASCII)
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

        LineDisplay(PrintWriter out, Scenario scenario) {
            this.out = out;
            this.name = scenario.name();
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
}
