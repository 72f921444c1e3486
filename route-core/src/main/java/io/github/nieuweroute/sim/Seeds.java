package io.github.nieuweroute.sim;

/**
 * Derives the seeds of replications and cases from the seed of a run, so that every case draws from its own
 * {@link java.util.SplittableRandom} whatever thread simulates it. The mixing function is SplitMix64's finaliser
 * (the one {@link java.util.SplittableRandom} uses), applied to the run seed plus a multiple of the golden gamma.
 */
final class Seeds {

    private static final long GOLDEN_GAMMA = 0x9e3779b97f4a7c15L;

    private Seeds() {}

    static long replication(long runSeed, int replication) {
        return mix(runSeed + GOLDEN_GAMMA * (replication + 1L));
    }

    static long forCase(long replicationSeed, int caseIndex) {
        return mix(replicationSeed ^ mix(GOLDEN_GAMMA * (caseIndex + 1L)));
    }

    static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
        z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
        return z ^ (z >>> 31);
    }
}
