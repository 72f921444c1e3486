package io.github.nieuweroute.sim;

/**
 * How far a run is (nl: voortgang): cases simulated so far over all replications.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class Progress {

    private final String scenario;
    private final long casesDone;
    private final long casesTotal;

    Progress(String scenario, long casesDone, long casesTotal) {
        this.scenario = scenario;
        this.casesDone = casesDone;
        this.casesTotal = casesTotal;
    }

    /** @return the name of the scenario being run, never null */
    public String scenario() {
        return scenario;
    }

    /** @return the cases simulated and aggregated so far, over all replications */
    public long casesDone() {
        return casesDone;
    }

    /** @return the cases of the run: cohort size times replications */
    public long casesTotal() {
        return casesTotal;
    }

    /** @return the share done, in [0, 1] */
    public double fraction() {
        return (double) casesDone / casesTotal;
    }

    @Override
    public String toString() {
        return scenario + ": " + casesDone + "/" + casesTotal;
    }
}
