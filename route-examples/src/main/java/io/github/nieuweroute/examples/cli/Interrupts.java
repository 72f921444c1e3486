package io.github.nieuweroute.examples.cli;

import io.github.nieuweroute.sim.Cancellation;

/** Turns Ctrl-C into a cancellation, and waits briefly for the worker to stop so that no file is left half-written. */
final class Interrupts {

    private static final long GRACE_MILLIS = 5_000;

    private Interrupts() {}

    static Thread cancelOnCtrlC(Cancellation cancellation, Thread worker) {
        Thread hook = new Thread(() -> {
            cancellation.cancel();
            try {
                worker.join(GRACE_MILLIS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }, "route-ctrl-c");
        Runtime.getRuntime().addShutdownHook(hook);
        return hook;
    }

    static void release(Thread hook) {
        try {
            Runtime.getRuntime().removeShutdownHook(hook);
        } catch (IllegalStateException e) {
            // the JVM is already shutting down (Ctrl-C): the hook runs and waits for us
        }
    }
}
