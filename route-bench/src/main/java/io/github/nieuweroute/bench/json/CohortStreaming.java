package io.github.nieuweroute.bench.json;

import io.github.nieuweroute.json.CohortReader;
import io.github.nieuweroute.json.CohortWriter;
import io.github.nieuweroute.json.RouteJson;
import io.github.nieuweroute.model.Situation;
import io.github.nieuweroute.seed.SeedCase;
import io.github.nieuweroute.seed.SeedCases;
import java.io.IOException;
import java.io.PipedInputStream;
import java.io.PipedOutputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;

/**
 * Streams a cohort of situations through NDJSON: one thread writes them with {@link CohortWriter} into a pipe, this
 * thread reads them back with {@link CohortReader}, so nothing but the pipe's buffer sits between them. Run with a
 * small heap to show that memory stays constant:
 *
 * <pre>java -Xmx256m -cp route-bench/target/benchmarks.jar io.github.nieuweroute.bench.json.CohortStreaming 1000000</pre>
 */
public final class CohortStreaming {

    private CohortStreaming() {}

    /**
     * Runs the stream and prints count, bytes, time and peak heap.
     *
     * @param args the number of situations (default 1,000,000)
     * @throws Exception if the stream fails
     */
    public static void main(String[] args) throws Exception {
        long count = args.length > 0 ? Long.parseLong(args[0]) : 1_000_000L;
        RouteJson json = RouteJson.create();
        List<Situation> seeds = SeedCases.all().stream().map(SeedCase::situation).collect(Collectors.toList());
        PipedInputStream pipe = new PipedInputStream(1 << 16);
        PipedOutputStream sink = new PipedOutputStream(pipe);
        AtomicLong bytes = new AtomicLong();
        Thread writer = new Thread(() -> {
            try (CohortWriter cohort = json.writeCohort(new CountingOutput(sink, bytes))) {
                for (long i = 0; i < count; i++) {
                    Situation seed = seeds.get((int) (i % seeds.size()));
                    cohort.write(seed.toBuilder().id(seed.id() + "-" + i).build());
                }
            }
        }, "cohort-writer");
        long start = System.nanoTime();
        writer.start();
        long read = 0;
        long participants = 0;
        try (CohortReader cohort = json.readCohort(pipe)) {
            while (cohort.hasNext()) {
                participants += cohort.next().participants().size();
                read++;
            }
        }
        writer.join();
        double seconds = (System.nanoTime() - start) / 1e9;
        System.out.printf("situations written and read: %d (participants %d)%n", read, participants);
        System.out.printf("NDJSON bytes: %d (%.1f MiB)%n", bytes.get(), bytes.get() / 1048576.0);
        System.out.printf("time: %.1f s, %.0f situations/s%n", seconds, read / seconds);
        System.out.printf("max heap: %d MiB, peak heap used: %d MiB%n",
                Runtime.getRuntime().maxMemory() / 1048576, peakHeapUsed() / 1048576);
        if (read != count) {
            throw new IllegalStateException("read " + read + " of " + count + " situations");
        }
    }

    private static long peakHeapUsed() {
        long peak = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                peak += pool.getPeakUsage().getUsed();
            }
        }
        return peak;
    }

    /** Counts the bytes passing to the pipe. */
    private static final class CountingOutput extends java.io.FilterOutputStream {
        private final AtomicLong bytes;

        CountingOutput(java.io.OutputStream out, AtomicLong bytes) {
            super(out);
            this.bytes = bytes;
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            out.write(b, off, len);
            bytes.addAndGet(len);
        }

        @Override
        public void write(int b) throws IOException {
            out.write(b);
            bytes.incrementAndGet();
        }
    }
}
