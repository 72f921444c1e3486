package io.github.nieuweroute.examples.cli;

import io.github.nieuweroute.sim.Sweep;
import java.nio.file.Path;
import java.util.Objects;
import java.util.OptionalLong;

/**
 * A scenario file of {@code route simulate} (Java properties: settings, parameters as values, lists, ranges or
 * intervals, a design), read for programs other than the {@code route} tool, such as route-spark's entry point for
 * {@code spark-submit}: the sweep it describes (one point for a plain scenario) and its seed. The format is
 * described in the README, section "Simulating the routes"; the {@code route} tool reads it the same way.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class ScenarioFile {

    private final RunPlan plan;

    private ScenarioFile(RunPlan plan) {
        this.plan = plan;
    }

    /**
     * Reads a scenario file.
     *
     * @param file the file, not null
     * @return what it describes, never null
     * @throws IllegalArgumentException if the file cannot be read or is not a valid scenario file; the message
     *     names the file and the setting
     */
    public static ScenarioFile read(Path file) {
        Objects.requireNonNull(file, "file");
        try {
            return new ScenarioFile(ScenarioInput.read(file, OptionalLong.empty()));
        } catch (Inputs.InvalidInput e) {
            throw new IllegalArgumentException(e.getMessage(), e);
        }
    }

    /** @return the run's name, used in the names of its output files; never null */
    public String name() {
        return plan.name;
    }

    /** @return the sweep: every point of the grid or design, never null */
    public Sweep sweep() {
        return plan.sweep;
    }

    /** @return the seed: the file's, else 1 */
    public long seed() {
        return plan.seed;
    }
}
