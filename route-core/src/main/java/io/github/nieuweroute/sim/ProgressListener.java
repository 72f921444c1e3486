package io.github.nieuweroute.sim;

/**
 * Hears how far a run is. Called from a worker thread each time a chunk of cases is aggregated; calls never overlap
 * and {@link Progress#casesDone()} only grows. Keep it quick: the workers wait while it runs.
 */
@FunctionalInterface
public interface ProgressListener {

    /** A listener that does nothing. */
    ProgressListener NONE = progress -> { };

    /**
     * Receives the progress of a run.
     *
     * @param progress how far the run is, not null
     */
    void progress(Progress progress);
}
