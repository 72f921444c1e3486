package io.github.nieuweroute.sim;

/**
 * What the simulation measures for every case in every week (nl: maat), with its unit.
 *
 * <p>Results average each metric over the cases of a route in a week. A 0/1 metric such as
 * {@link #CARER_OVERLOADED} therefore reads as the share of cases. docs/simulation-model.md gives each equation.
 * New metrics are added at the end, so the order of existing ones (and of CSV rows) does not change.
 */
public enum Metric {
    /** Share of the lifeworld network involved in the situation (D-1, D-3, D-5). */
    NETWORK_INVOLVEMENT("networkInvolvement", "share"),
    /** Ownership of the network: the share that takes responsibility for the plan (D-3, D-4). */
    OWNERSHIP("ownership", "share"),
    /** Acceptance A of the plan (nl: acceptatie), weighted over focus person and network. */
    ACCEPTANCE("acceptance", "share"),
    /** Quality K of the plan as carried out (nl: kwaliteit). */
    QUALITY("quality", "share"),
    /** Effect E = K x A (nl: effect; an interpretation, the sources only name the formula). */
    EFFECT("effect", "share"),
    /** Weekly need for support. */
    NEED_HOURS("needHours", "hours/week"),
    /** Professional hours spent on the case, coordination and plan meetings included. */
    PROFESSIONAL_HOURS("professionalHours", "hours/week"),
    /** Hours the lifeworld network gives. */
    NETWORK_HOURS("networkHours", "hours/week"),
    /** Width of the ring of professionals: how many professionals work on the case (D-1). */
    RING_WIDTH("ringWidth", "professionals"),
    /** Load (draaglast) of the primary informal carer. */
    CARER_LOAD("carerLoad", "hours/week"),
    /** Load of the primary informal carer divided by their capacity (draagkracht). */
    CARER_LOAD_RATIO("carerLoadRatio", "ratio"),
    /** 1 if the primary informal carer is overloaded, load above capacity ({@code 004_5944939a3c113dbb.txt:1143}). */
    CARER_OVERLOADED("carerOverloaded", "share"),
    /** Cost of professional hours to the municipality. */
    COST("cost", "euro/week"),
    /**
     * 1 if the case's latest plan decision violates rule R-01 of the standard rule set, regie coupled to
     * responsibility (nl: regie en verantwoordelijkheid zijn gekoppeld, {@code 000_003bca9ac70bd78f.txt:155}):
     * someone of the focus person's side carries out a plan they did not co-decide. Its mean is the share of cases.
     */
    REGIE_VIOLATED("regieViolated", "share"),
    /** Violations of severity error the standard rule set finds in the case's latest plan decision. */
    RULE_ERRORS("ruleErrors", "violations");

    private final String key;
    private final String unit;

    Metric(String key, String unit) {
        this.key = key;
        this.unit = unit;
    }

    /** @return the key used in CSV and JSON, such as {@code "professionalHours"}, never null */
    public String key() {
        return key;
    }

    /**
     * Finds a metric by its key.
     *
     * @param key the key, such as {@code "effect"}, not null
     * @return the metric, empty if no metric has this key
     */
    public static java.util.Optional<Metric> byKey(String key) {
        java.util.Objects.requireNonNull(key, "key");
        for (Metric m : values()) {
            if (m.key.equals(key)) {
                return java.util.Optional.of(m);
            }
        }
        return java.util.Optional.empty();
    }

    /** @return the unit, such as {@code "hours/week"}, never null */
    public String unit() {
        return unit;
    }
}
