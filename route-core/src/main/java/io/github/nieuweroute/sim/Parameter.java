package io.github.nieuweroute.sim;

import io.github.nieuweroute.source.Grounding;
import io.github.nieuweroute.source.Provenance;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * A named parameter of the cohort simulation (nl: parameter), with its unit, default, allowed range and where the
 * default comes from.
 *
 * <p>The sources give no rates, so every default is an assumption ({@link Grounding#ASSUMPTION}): it is there to be
 * varied in a {@link Sweep}, never to be quoted as a finding. A few defaults are taken from numbers in the sources that
 * say something else, and their {@link #provenance()} cites the line the number comes from: the 40% influence of the
 * social environment ({@code 001_efdc3dbc7d93ff68.txt:12}, which does not say what it is an influence on), the plan
 * group of 32 people ({@code 000_003bca9ac70bd78f.txt:266}), the municipality's purchasing year
 * ({@code 000_003bca9ac70bd78f.txt:250}, not a plan period) and Buiting's rough "eerder vijftien dan vijf jaar"
 * ({@code 002_296212247530a523.txt:30}). docs/simulation-model.md gives the equation each parameter enters.
 *
 * <p>Example:
 * <pre>{@code
 * Parameters p = Parameters.defaults().with(Parameter.INVOLVEMENT_GROWTH, 0.02);
 * }</pre>
 */
public enum Parameter {

    // Population: from which the cohort of cases is drawn.

    /** Smallest lifeworld network of a case. */
    NETWORK_SIZE_MIN("networkSizeMin", "persons", 1, 0, 200, true, Provenance.assumption(), "",
            "smallest lifeworld network of a case (uniform draw between min and max)"),
    /** Largest lifeworld network of a case: the largest plan group in the sources. */
    NETWORK_SIZE_MAX("networkSizeMax", "persons", 32, 0, 200, true,
            Provenance.assumption("000_003bca9ac70bd78f.txt:266"), "",
            "largest lifeworld network of a case; 32 is the size of Esther and Jeffrey's plan group, taken as a bound"),
    /** Mean breadth of a network: the share of its members outside the first circle. */
    NETWORK_BREADTH("networkBreadth", "share", 0.5, 0, 1, false, Provenance.assumption(), "",
            "mean share of the network outside the first circle (household, carers)"),
    /** Half-width of the uniform spread of breadth around its mean. */
    NETWORK_BREADTH_SPREAD("networkBreadthSpread", "share", 0.25, 0, 0.5, false, Provenance.assumption(), "",
            "half-width of the uniform spread of breadth around its mean"),
    /** Mean weekly need for support at intake. */
    NEED_HOURS_MEAN("needHoursMean", "hours/week", 8, 0, 168, false, Provenance.assumption(), "",
            "mean weekly need for support at intake (log-normal across cases)"),
    /** Spread of the need across cases. */
    NEED_SPREAD("needSpread", "log-sd", 0.5, 0, 3, false, Provenance.assumption(), "",
            "standard deviation of the log of the need across cases"),
    /** Mean capacity (draagkracht) of the primary informal carer. */
    CARER_CAPACITY_MEAN("carerCapacityHoursMean", "hours/week", 12, 0.1, 168, false, Provenance.assumption(),
            "", "mean capacity (draagkracht) of the primary informal carer, in hours of load a week"),
    /** Mean load (draaglast) the primary informal carer already carries from the rest of life. */
    CARER_BASE_LOAD_MEAN("carerBaseLoadHoursMean", "hours/week", 6, 0, 168, false, Provenance.assumption(), "",
            "mean load (draaglast) the primary carer carries before caring for this case"),
    /** Spread of carers' capacity and base load across cases. */
    CARER_SPREAD("carerSpread", "log-sd", 0.3, 0, 3, false, Provenance.assumption(), "",
            "standard deviation of the log of carers' capacity and base load"),
    /** Hours one professional gives one case a week: the unit that sets the width of the ring. */
    PROFESSIONAL_HOURS_PER_CASE("professionalHoursPerCase", "hours/week", 4, 0.1, 40, false,
            Provenance.assumption(), "D-1",
            "hours one professional gives one case a week; the ring holds at least care hours / this"),

    // Mechanisms: the causal claims of SPEC §6, as rates.

    /** Influence of the social environment: its weight in acceptance and the most of the need it can carry. */
    ENVIRONMENT_INFLUENCE("environmentInfluence", "share", 0.40, 0, 1, false,
            Provenance.assumption("001_efdc3dbc7d93ff68.txt:12"), "D-11, D-33",
            "the network's weight in acceptance, the most of the need it carries and the dead-end assignment; "
                    + "the source's 40% does not say what it is an influence on"),
    /** Share of the network involved at intake. */
    INITIAL_INVOLVEMENT("initialInvolvement", "share", 0.3, 0, 1, false, Provenance.assumption(), "",
            "share of the network involved at intake"),
    /** Weekly growth of involvement while the network co-decides. */
    INVOLVEMENT_GROWTH("involvementGrowthPerWeek", "1/week", 0.04, 0, 1, false, Provenance.assumption(),
            "D-3, D-5, D-7", "weekly growth of involvement towards 1 while the network co-decides"),
    /** Weekly decay of involvement while the network does not co-decide. */
    INVOLVEMENT_DECAY("involvementDecayPerWeek", "1/week", 0.02, 0, 1, false, Provenance.assumption(),
            "D-1, D-4, D-6", "weekly decay of involvement and ownership while the network does not co-decide"),
    /** Extra weekly withdrawal of the network while the primary carer is overloaded. */
    OVERLOAD_WITHDRAWAL("overloadWithdrawalPerWeek", "1/week", 0.05, 0, 1, false, Provenance.assumption(),
            "D-14, D-18", "extra weekly withdrawal of involvement while the primary carer is overloaded"),
    /** Weekly rate at which ownership follows involvement for a network that co-decides. */
    OWNERSHIP_RATE("ownershipRatePerWeek", "1/week", 0.1, 0, 1, false, Provenance.assumption(), "D-3",
            "weekly rate at which ownership moves towards involvement while the network co-decides"),
    /** Hours a week an owning network member is willing to give. */
    MEMBER_HOURS("memberHoursPerWeek", "hours/week", 1.5, 0, 40, false, Provenance.assumption(), "D-5, D-38",
            "hours a week one owning network member is willing to give"),
    /** How many times an ordinary member's part the primary carer takes. */
    PRIMARY_CARER_WEIGHT("primaryCarerWeight", "ratio", 3, 1, 100, false, Provenance.assumption(), "",
            "how many times an ordinary executor's part the primary carer takes"),
    /** Acceptance of a plan by someone who co-decided it. */
    ACCEPTANCE_CO_DECIDED("acceptanceCoDecided", "share", 0.9, 0, 1, false, Provenance.assumption(),
            "D-3", "acceptance of the plan by someone who co-decided it"),
    /** Acceptance of a plan by a focus person who was only consulted. */
    ACCEPTANCE_CONSULTED("acceptanceConsulted", "share", 0.6, 0, 1, false, Provenance.assumption(), "D-10",
            "acceptance of the plan by a focus person who was only consulted (old route)"),
    /** Acceptance of a plan by a network made to execute it without a say. */
    ACCEPTANCE_EXECUTOR_ONLY("acceptanceExecutorOnly", "share", 0.4, 0, 1, false, Provenance.assumption(),
            "D-4", "acceptance of the plan by a network made to execute it without a say (dead-end route)"),
    /** Acceptance of a plan by a network that was not involved. */
    ACCEPTANCE_NOT_INVOLVED("acceptanceNotInvolved", "share", 0.5, 0, 1, false, Provenance.assumption(),
            "D-1", "acceptance of the plan by a network that was passed by (old route)"),
    /** Quality a professional assessment gives a plan professionals drew up. */
    QUALITY_PROFESSIONAL_PLAN("qualityProfessionalPlan", "share", 0.8, 0, 1, false, Provenance.assumption(), "",
            "quality K of a plan professionals drew up, as professionals assess it"),
    /** Quality a professional assessment gives a plan everyone decided together. */
    QUALITY_JOINT_PLAN("qualityJointPlan", "share", 0.75, 0, 1, false,
            Provenance.assumption("001_efdc3dbc7d93ff68.txt:36"), "",
            "quality K of a jointly decided plan; lower than a professional plan's after 'een plan dat je misschien "
                    + "minder veilig vindt' (the number is in no source)"),
    /** Weekly drift of need when the effect of the plan is nil. */
    NEED_DRIFT("needDriftPerWeek", "1/week", 0.004, -0.1, 0.1, false, Provenance.assumption(), "D-27, D-17",
            "weekly relative growth of need when the plan has no effect"),
    /** Weekly relief of need at full effect. */
    NEED_RELIEF("needReliefPerWeek", "1/week", 0.008, 0, 0.1, false, Provenance.assumption(), "D-8, D-28",
            "weekly relative relief of need at effect E = 1"),
    /** Week-to-week volatility of need. */
    NEED_VOLATILITY("needVolatility", "log-sd", 0.05, 0, 1, false, Provenance.assumption(), "",
            "standard deviation of the weekly log shock to need"),
    /** Weekly chance that a case outside the Nieuwe Route is referred to one more professional. */
    REFERRAL_PROBABILITY("referralProbabilityPerWeek", "1/week", 0.01, 0, 1, false, Provenance.assumption(),
            "D-1, D-27", "weekly chance that an old or dead-end case is referred to one more professional"),
    /** Weekly coordination hours each professional in the ring costs. */
    COORDINATION_HOURS("coordinationHoursPerProfessional", "hours/week", 0.5, 0, 40, false,
            Provenance.assumption(), "D-2", "weekly coordination hours each professional in the ring adds"),
    /** Weeks between plan decisions; professional care bought at a decision is locked this long. */
    PLAN_PERIOD("planPeriodWeeks", "weeks", 52, 1, 520, true, Provenance.assumption("000_003bca9ac70bd78f.txt:250"),
            "D-15", "weeks between plan decisions; 52 after the municipality's purchasing year ('daar moeten ze het "
                    + "een jaar mee doen'), which the source does not call a plan period"),
    /** Professional hours of a joint plan meeting (preparation by the plan coach, the meeting of 20 to 32). */
    JOINT_PLAN_HOURS("jointPlanMeetingHours", "hours", 24, 0, 1000, false, Provenance.assumption(), "D-21",
            "professional hours of a joint plan meeting of 20 to 32 people, preparation included"),
    /** Professional hours of drawing up a plan without the network. */
    PROFESSIONAL_PLAN_HOURS("professionalPlanHours", "hours", 4, 0, 1000, false, Provenance.assumption(), "",
            "professional hours of drawing up a plan without the network"),
    /** Cost of one professional hour to the municipality. */
    HOURLY_COST("professionalHourlyCost", "euro/hour", 80, 0, 10_000, false, Provenance.assumption(), "D-2",
            "cost of one professional hour; informal hours are not priced"),

    // Route policy of a transition scenario.

    /** Share of new cases on the Nieuwe Route when the transition starts. */
    TRANSITION_START_SHARE("transitionStartShare", "share", 0, 0, 1, false, Provenance.assumption(), "",
            "share of new cases following the Nieuwe Route at week 0 of a transition"),
    /** Share of new cases on the Nieuwe Route when the transition is complete. */
    TRANSITION_END_SHARE("transitionEndShare", "share", 1, 0, 1, false, Provenance.assumption(), "",
            "share of new cases following the Nieuwe Route once the transition is complete"),
    /** Length of the transition: fifteen years rather than five. */
    TRANSITION_WEEKS("transitionWeeks", "weeks", 780, 1, 5200, true,
            Provenance.assumption("002_296212247530a523.txt:30"), "D-24",
            "weeks over which the share grows linearly; 780 after Buiting's rough remark that a real transformation "
                    + "takes 'eerder vijftien dan vijf jaar'");

    private final String key;
    private final String unit;
    private final double defaultValue;
    private final double min;
    private final double max;
    private final boolean integral;
    private final Provenance provenance;
    private final String claims;
    private final String description;

    Parameter(String key, String unit, double defaultValue, double min, double max, boolean integral,
            Provenance provenance, String claims, String description) {
        this.key = key;
        this.unit = unit;
        this.defaultValue = defaultValue;
        this.min = min;
        this.max = max;
        this.integral = integral;
        this.provenance = provenance;
        this.claims = claims;
        this.description = description;
    }

    /**
     * Returns the key used in CSV columns, documentation and error messages.
     *
     * @return the key in lower camel case, such as {@code "networkSizeMax"}, never null
     */
    public String key() {
        return key;
    }

    /**
     * Returns the unit.
     *
     * @return the unit, such as {@code "hours/week"} or {@code "share"}, never null
     */
    public String unit() {
        return unit;
    }

    /** @return the default value, within {@link #min()} and {@link #max()} */
    public double defaultValue() {
        return defaultValue;
    }

    /** @return the smallest allowed value */
    public double min() {
        return min;
    }

    /** @return the largest allowed value */
    public double max() {
        return max;
    }

    /** @return true if only whole numbers are allowed */
    public boolean integral() {
        return integral;
    }

    /**
     * Returns where the default comes from: always {@link Grounding#ASSUMPTION}, citing the line a default was taken
     * from where there is one.
     *
     * @return the provenance, never null
     */
    public Provenance provenance() {
        return provenance;
    }

    /**
     * Returns the causal claims of SPEC §6 the parameter puts a rate on.
     *
     * @return the claim ids, such as {@code "D-3, D-5"}, empty if none; never null
     */
    public String claims() {
        return claims;
    }

    /** @return what the parameter means, in one line, never null */
    public String description() {
        return description;
    }

    /**
     * Returns the allowed range in words, as error messages give it.
     *
     * @return the range, such as {@code "[0, 1]"} or {@code "whole number in [1, 520]"}, never null
     */
    public String allowedRange() {
        String range = "[" + SimulationParameterException.format(min) + ", "
                + SimulationParameterException.format(max) + "]";
        return integral ? "whole number in " + range : range;
    }

    /**
     * Checks a value against the allowed range.
     *
     * @param value the value
     * @return the value
     * @throws SimulationParameterException naming this parameter and its range, if the value is outside the range,
     *     NaN, or not whole where a whole number is needed
     */
    public double check(double value) {
        if (!(value >= min && value <= max) || (integral && value != Math.rint(value))) {
            throw new SimulationParameterException(key, value, allowedRange());
        }
        return value;
    }

    /**
     * Finds a parameter by its key.
     *
     * @param key the key, such as {@code "networkSizeMax"}, not null
     * @return the parameter, empty if no parameter has this key
     */
    public static Optional<Parameter> byKey(String key) {
        Objects.requireNonNull(key, "key");
        for (Parameter p : values()) {
            if (p.key.equals(key)) {
                return Optional.of(p);
            }
        }
        return Optional.empty();
    }

    @Override
    public String toString() {
        return key + " (" + unit + ", default " + SimulationParameterException.format(defaultValue) + ", "
                + provenance.grounding().name().toLowerCase(Locale.ROOT) + ")";
    }
}
