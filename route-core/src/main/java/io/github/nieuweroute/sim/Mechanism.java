package io.github.nieuweroute.sim;

import io.github.nieuweroute.source.Grounding;
import io.github.nieuweroute.source.Provenance;
import java.util.Objects;
import java.util.Optional;

/**
 * A mechanism of the cohort simulation (nl: mechanisme): one step of docs/simulation-model.md, with where it comes
 * from. The list is the model's own account of what it assumes: a mechanism that implements a claim of the sources
 * cites the lines (SPEC §6's D-ids are in the docs beside it), and every functional form the sources do not give is
 * labelled {@link Grounding#ASSUMPTION}, even where the direction it encodes is a source's claim.
 *
 * <p>Each constant's {@link #section()} names the section of docs/simulation-model.md that gives its equation.
 */
public enum Mechanism {

    /** Cases enter evenly over the intake period. */
    INTAKE("intake", "§1", Provenance.assumption(), "cases enter evenly over the intake period"),
    /** Network size, breadth, need, carers' capacity and base load are drawn once per case. */
    POPULATION("population", "§2", Provenance.assumption("003_e93a9ba200732857.txt:32", "003_e93a9ba200732857.txt:36"),
            "uniform and log-normal draws of network size, breadth, need, capacity and load"),
    /** The share of new cases meant for the Nieuwe Route grows linearly over the transition. */
    TRANSITION_SHARE("transitionShare", "§3", Provenance.assumption("002_296212247530a523.txt:30",
            "002_296212247530a523.txt:68"), "linear growth of the share of cases meant for the Nieuwe Route"),
    /** A case keeps the route it was meant for, for life. */
    ROUTE_FOR_LIFE("routeForLife", "§3", Provenance.assumption(),
            "a case keeps its intended route; the sources say nothing of cases changing route midway"),
    /** Who decides and who performs at a plan decision, by route: the decision/execution matrix. */
    DECISION_MATRIX("decisionMatrix", "§4", Provenance.of(Grounding.DEFINED, "001_efdc3dbc7d93ff68.txt:24",
            "003_e93a9ba200732857.txt:32"), "the routes' deciders and performers at a plan decision"),
    /** The network takes part in a plan decision when at least one member is involved in expectation. */
    NETWORK_TAKES_PART("networkTakesPart", "§4", Provenance.assumption(),
            "the network takes part when involvement times network size is at least 0.5"),
    /** Acceptance is read from who co-decided, weighted between the focus person and the network. */
    ACCEPTANCE("acceptance", "§4", Provenance.assumption("000_003bca9ac70bd78f.txt:43", "003_e93a9ba200732857.txt:32",
            "001_efdc3dbc7d93ff68.txt:12"),
            "acceptance from the classification; people who co-decide accept more (the direction is D-3), the levels "
                    + "and the weighting are ours"),
    /** A jointly decided plan has a different quality than a professional one. */
    PLAN_QUALITY("planQuality", "§4", Provenance.assumption("001_efdc3dbc7d93ff68.txt:36"),
            "a plan quality per route; that a joint plan scores lower is our reading of 'minder veilig'"),
    /** On the dead-end route the network is assigned a part of the need. */
    DEAD_END_ASSIGNMENT("deadEndAssignment", "§4", Provenance.assumption("001_efdc3dbc7d93ff68.txt:24"),
            "the network is 'ingezet als uitvoerder' for a share of the need equal to environmentInfluence"),
    /** Care bought at a plan decision stays bought until the next one. */
    BOUGHT_CARE("boughtCare", "§4", Provenance.assumption("000_003bca9ac70bd78f.txt:250"),
            "bought care is locked until the next plan decision, after the purchasing year"),
    /** A joint plan meeting costs more professional hours than a plan professionals draw up. */
    PLAN_HOURS("planHours", "§4", Provenance.assumption("002_296212247530a523.txt:56"),
            "professional hours of a plan decision by route"),
    /** The rules are checked at every plan decision and reported, not fed back. */
    RULES_AT_PLAN_DECISION("rulesAtPlanDecision", "§4", Provenance.assumption(),
            "the standard rules check each plan decision; the results are reported and change nothing else"),
    /** How many hours the network gives, by route. */
    NETWORK_HOURS("networkHours", "§5", Provenance.assumption("001_efdc3dbc7d93ff68.txt:27",
            "004_5944939a3c113dbb.txt:2632-2648"),
            "network hours: owners act on the Nieuwe Route, the assignment on the dead-end route, none on the old"),
    /** The primary carer takes a weighted share of the network's hours. */
    CARER_SHARE("carerShare", "§5", Provenance.assumption(), "the primary carer's weighted share of network hours"),
    /** On the Nieuwe Route, those who co-decided do not take on more than they can carry. */
    CARER_CAP("carerCap", "§5", Provenance.assumption("000_003bca9ac70bd78f.txt:43"),
            "on the Nieuwe Route the carer's load is capped at capacity"),
    /** Overload: load greater than capacity. */
    OVERLOAD("overload", "§5", Provenance.of(Grounding.OTHER_SOURCE, "004_5944939a3c113dbb.txt:1143-1145"),
            "the carer is overloaded when draaglast exceeds draagkracht (K2's definition)"),
    /** Professional care fills what the network does not carry; the ring is as wide as the care needs. */
    PROFESSIONAL_CARE("professionalCare", "§6", Provenance.assumption("001_efdc3dbc7d93ff68.txt:24",
            "002_296212247530a523.txt:20"), "professional care and the width of the ring by route"),
    /** Outside the Nieuwe Route the ring of professionals widens by referral and never narrows. */
    RING_WIDENS("ringWidens", "§6", Provenance.assumption("000_003bca9ac70bd78f.txt:252",
            "004_5944939a3c113dbb.txt:619-625"), "a weekly chance of one more professional; the ring never narrows"),
    /** Professional hours and their cost. */
    PROFESSIONAL_HOURS("professionalHours", "§6", Provenance.assumption("003_e93a9ba200732857.txt:8"),
            "care, coordination per professional in the ring and plan hours; cost at an hourly rate"),
    /** Quality falls with the share of the need left uncovered. */
    COVERAGE("coverage", "§7", Provenance.assumption(), "K is the plan's quality times the share of need covered"),
    /** Effect is quality times acceptance. */
    EFFECT("effect", "§7", Provenance.of(Grounding.TITLE_ONLY, "000_003bca9ac70bd78f.txt:146-148"),
            "E = K x A with K and A in [0, 1]: our reading of a heading"),
    /** Involvement and ownership grow while the network co-decides and decay while it does not. */
    INVOLVEMENT("involvement", "§8", Provenance.assumption("000_003bca9ac70bd78f.txt:233",
            "000_003bca9ac70bd78f.txt:235", "000_003bca9ac70bd78f.txt:252"),
            "exponential growth and decay of involvement and ownership; the directions are claims of the sources"),
    /** An overloaded carer withdraws. */
    OVERLOAD_WITHDRAWAL("overloadWithdrawal", "§8", Provenance.assumption("000_003bca9ac70bd78f.txt:203-205"),
            "extra withdrawal of involvement while the carer is overloaded"),
    /** Need drifts upward and is relieved in proportion to effect. */
    NEED("need", "§8", Provenance.assumption("004_5944939a3c113dbb.txt:619-625", "004_5944939a3c113dbb.txt:811-814",
            "000_003bca9ac70bd78f.txt:45"), "multiplicative drift, relief by effect and a log-normal shock");

    private final String key;
    private final String section;
    private final Provenance provenance;
    private final String description;

    Mechanism(String key, String section, Provenance provenance, String description) {
        this.key = key;
        this.section = section;
        this.provenance = provenance;
        this.description = description;
    }

    /**
     * Returns the key used in documentation.
     *
     * @return the key in lower camel case, such as {@code "deadEndAssignment"}, never null
     */
    public String key() {
        return key;
    }

    /**
     * Returns the section of docs/simulation-model.md that gives the mechanism's equation.
     *
     * @return the section, such as {@code "§4"}, never null
     */
    public String section() {
        return section;
    }

    /**
     * Returns where the mechanism comes from.
     *
     * @return the provenance, never null
     */
    public Provenance provenance() {
        return provenance;
    }

    /** @return what the mechanism does, in one line, never null */
    public String description() {
        return description;
    }

    /**
     * Finds a mechanism by its key.
     *
     * @param key the key, not null
     * @return the mechanism, empty if none has this key
     */
    public static Optional<Mechanism> byKey(String key) {
        Objects.requireNonNull(key, "key");
        for (Mechanism m : values()) {
            if (m.key.equals(key)) {
                return Optional.of(m);
            }
        }
        return Optional.empty();
    }
}
