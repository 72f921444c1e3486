package io.github.nieuweroute.examples.cli;

import io.github.nieuweroute.sim.Cancellation;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * Turns Ctrl-C into a cancellation: a shutdown hook cancels the run and waits (at most a few seconds) until the command
 * has finished, that is, has stopped, written its last complete file and said so. Closing this object marks the
 * command finished and removes the hook.
 */
final class Interrupts implements AutoCloseable {

    private static final long GRACE_MILLIS = 5_000;

    private final CountDownLatch finished = new CountDownLatch(1);
    private final Thread hook;

    private Interrupts(Cancellation cancellation) {
        this.hook = new Thread(() -> {
            cancellation.cancel();
            try {
                finished.await(GRACE_MILLIS, TimeUnit.MILLISECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }, "route-ctrl-c");
    }

    /**
     * Installs the hook.
     *
     * @param cancellation what Ctrl-C cancels, not null
     * @return the installed hook, to close when the command has finished
     */
    static Interrupts cancelOnCtrlC(Cancellation cancellation) {
        Interrupts interrupts = new Interrupts(cancellation);
        Runtime.getRuntime().addShutdownHook(interrupts.hook);
        return interrupts;
    }

    /** @return the hook thread, for tests; not started */
    Thread hook() {
        return hook;
    }

    @Override
    public void close() {
        finished.countDown();
        try {
            Runtime.getRuntime().removeShutdownHook(hook);
        } catch (IllegalStateException e) {
            // the JVM is already shutting down (Ctrl-C): the hook has what it waited for and lets the JVM end
        }
    }
}
