package io.github.nieuweroute.sim;

/**
 * Lets a caller stop a run (nl: annulering): once {@link #cancel()} is called, the workers stop at the next chunk
 * and the run throws {@link java.util.concurrent.CancellationException}. One token can stop several runs, for
 * example all points of a sweep.
 *
 * <p>This class is thread-safe.
 */
public final class Cancellation {

    private volatile boolean cancelled;

    /** Asks every run that holds this token to stop. */
    public void cancel() {
        cancelled = true;
    }

    /** @return true once {@link #cancel()} was called */
    public boolean isCancelled() {
        return cancelled;
    }
}
