package io.github.nieuweroute.sim;

import java.util.ArrayDeque;
import java.util.HashMap;
import java.util.Map;

/**
 * Hands out the work of a run (every chunk of every replication, numbered replication by replication) to worker
 * threads and adds the finished chunks into their replication's total strictly in chunk order, so that the
 * floating-point sums, and so the results, do not depend on which thread ran which chunk or when.
 *
 * <p>A worker may run ahead of the oldest unfinished chunk by at most {@code window} chunks; the chunk accumulators
 * are recycled. Memory is therefore bounded by the window, never by the cohort size. Thread-safe.
 */
final class OrderedCombiner {

    private final CaseModel model;
    private final int chunksPerReplication;
    private final int totalWork;
    private final int window;
    private final long[] replicationSeeds;
    private final ReplicationAggregate aggregate;
    private final ProgressListener listener;
    private final Cancellation cancellation;
    private final ArrayDeque<ChunkAccumulator> free = new ArrayDeque<>();
    private final Map<Integer, ChunkAccumulator> finished = new HashMap<>();
    private final ChunkAccumulator replicationTotal;
    private final int weeks;
    private int next;
    private int combined;
    private long casesDone;
    private Throwable failure;

    OrderedCombiner(CaseModel model, long seed, int window, ProgressListener listener, Cancellation cancellation) {
        Scenario s = model.scenario();
        this.model = model;
        this.chunksPerReplication = model.chunks();
        this.totalWork = chunksPerReplication * s.replications();
        this.window = window;
        this.weeks = s.horizonWeeks();
        this.replicationSeeds = new long[s.replications()];
        for (int r = 0; r < replicationSeeds.length; r++) {
            replicationSeeds[r] = Seeds.replication(seed, r);
        }
        this.aggregate = new ReplicationAggregate(weeks, s.replications());
        this.replicationTotal = new ChunkAccumulator(weeks);
        this.listener = listener;
        this.cancellation = cancellation;
    }

    /** Runs work until there is none left, the run is cancelled, or another worker failed. */
    void work() {
        try {
            ChunkAccumulator acc;
            int item;
            while (true) {
                synchronized (this) {
                    item = claim();
                    if (item < 0) {
                        return;
                    }
                    acc = free.isEmpty() ? new ChunkAccumulator(weeks) : free.pop();
                }
                model.simulateChunk(replicationSeeds[item / chunksPerReplication], item % chunksPerReplication, acc);
                complete(item, acc);
            }
        } catch (RuntimeException | Error e) {
            synchronized (this) {
                if (failure == null) {
                    failure = e;
                }
                notifyAll();
            }
            throw e;
        }
    }

    private int claim() {
        while (next < totalWork && next >= combined + window && !stopped()) {
            try {
                wait();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                failure = new java.util.concurrent.CancellationException("Simulation worker interrupted");
                notifyAll();
            }
        }
        return next < totalWork && !stopped() ? next++ : -1;
    }

    private boolean stopped() {
        // a worker interrupted by the pool's shutdown (the caller gave up waiting) stops too
        return failure != null || cancellation.isCancelled() || Thread.currentThread().isInterrupted();
    }

    private synchronized void complete(int item, ChunkAccumulator acc) {
        finished.put(item, acc);
        boolean progressed = false;
        ChunkAccumulator ready;
        while ((ready = finished.remove(combined)) != null) {
            replicationTotal.add(ready);
            ready.clear();
            free.push(ready);
            int chunk = combined % chunksPerReplication;
            casesDone += Math.min(CaseModel.CHUNK_SIZE,
                    model.scenario().cohortSize() - (long) chunk * CaseModel.CHUNK_SIZE);
            combined++;
            if (chunk == chunksPerReplication - 1) {
                aggregate.add(replicationTotal);
                replicationTotal.clear();
            }
            progressed = true;
        }
        if (progressed) {
            notifyAll();
            listener.progress(new Progress(model.scenario().name(), casesDone,
                    (long) model.scenario().cohortSize() * model.scenario().replications()));
        }
    }

    synchronized boolean done() {
        return combined == totalWork;
    }

    synchronized long casesDone() {
        return casesDone;
    }

    ReplicationAggregate aggregate() {
        return aggregate;
    }
}
