package io.github.nieuweroute.sim;

import io.github.nieuweroute.route.DecisionClassification;
import io.github.nieuweroute.route.Route;
import java.util.SplittableRandom;

/**
 * The mechanisms of the simulation for one case, week by week. Every equation here is stated, with the claim it
 * implements, in docs/simulation-model.md (section numbers in the comments refer to it).
 *
 * <p>Immutable and thread-safe: the state of a case lives in local variables of {@link #simulate}.
 */
final class CaseModel {

    static final int CHUNK_SIZE = 1024;

    private static final int M = ChunkAccumulator.METRICS;
    private static final int INVOLVEMENT = Metric.NETWORK_INVOLVEMENT.ordinal();
    private static final int OWNERSHIP = Metric.OWNERSHIP.ordinal();
    private static final int ACCEPTANCE = Metric.ACCEPTANCE.ordinal();
    private static final int QUALITY = Metric.QUALITY.ordinal();
    private static final int EFFECT = Metric.EFFECT.ordinal();
    private static final int NEED = Metric.NEED_HOURS.ordinal();
    private static final int PROFESSIONAL_HOURS = Metric.PROFESSIONAL_HOURS.ordinal();
    private static final int NETWORK_HOURS = Metric.NETWORK_HOURS.ordinal();
    private static final int RING = Metric.RING_WIDTH.ordinal();
    private static final int CARER_LOAD = Metric.CARER_LOAD.ordinal();
    private static final int CARER_RATIO = Metric.CARER_LOAD_RATIO.ordinal();
    private static final int OVERLOADED = Metric.CARER_OVERLOADED.ordinal();
    private static final int COST = Metric.COST.ordinal();
    private static final int REGIE_VIOLATED = Metric.REGIE_VIOLATED.ordinal();
    private static final int RULE_ERRORS = Metric.RULE_ERRORS.ordinal();

    private final Scenario scenario;
    private final int cohort;
    private final int horizon;
    private final int intake;
    private final PlanDecisions planDecisions;
    private final RoutePolicy policy;

    private final int networkMin;
    private final int networkMax;
    private final double breadth;
    private final double breadthSpread;
    private final double needMean;
    private final double needSpread;
    private final double capacityMean;
    private final double baseLoadMean;
    private final double carerSpread;
    private final double hoursPerProfessional;
    private final double environment;
    private final double initialInvolvement;
    private final double growth;
    private final double decay;
    private final double withdrawal;
    private final double ownershipRate;
    private final double memberHours;
    private final double primaryWeight;
    private final double acceptanceCoDecided;
    private final double acceptanceConsulted;
    private final double acceptanceExecutorOnly;
    private final double acceptanceNotInvolved;
    private final double qualityProfessional;
    private final double qualityJoint;
    private final double drift;
    private final double relief;
    private final double volatility;
    private final double referral;
    private final double coordination;
    private final int planPeriod;
    private final double jointPlanHours;
    private final double professionalPlanHours;
    private final double hourlyCost;

    CaseModel(Scenario scenario, boolean reusePlanDecisions) {
        this.scenario = scenario;
        this.cohort = scenario.cohortSize();
        this.horizon = scenario.horizonWeeks();
        this.intake = scenario.intakeWeeks();
        this.planDecisions = new PlanDecisions(scenario.startDate(), horizon, reusePlanDecisions);
        this.policy = scenario.policy();
        Parameters p = scenario.parameters();
        networkMin = (int) p.get(Parameter.NETWORK_SIZE_MIN);
        networkMax = (int) p.get(Parameter.NETWORK_SIZE_MAX);
        breadth = p.get(Parameter.NETWORK_BREADTH);
        breadthSpread = p.get(Parameter.NETWORK_BREADTH_SPREAD);
        needMean = p.get(Parameter.NEED_HOURS_MEAN);
        needSpread = p.get(Parameter.NEED_SPREAD);
        capacityMean = p.get(Parameter.CARER_CAPACITY_MEAN);
        baseLoadMean = p.get(Parameter.CARER_BASE_LOAD_MEAN);
        carerSpread = p.get(Parameter.CARER_SPREAD);
        hoursPerProfessional = p.get(Parameter.PROFESSIONAL_HOURS_PER_CASE);
        environment = p.get(Parameter.ENVIRONMENT_INFLUENCE);
        initialInvolvement = p.get(Parameter.INITIAL_INVOLVEMENT);
        growth = p.get(Parameter.INVOLVEMENT_GROWTH);
        decay = p.get(Parameter.INVOLVEMENT_DECAY);
        withdrawal = p.get(Parameter.OVERLOAD_WITHDRAWAL);
        ownershipRate = p.get(Parameter.OWNERSHIP_RATE);
        memberHours = p.get(Parameter.MEMBER_HOURS);
        primaryWeight = p.get(Parameter.PRIMARY_CARER_WEIGHT);
        acceptanceCoDecided = p.get(Parameter.ACCEPTANCE_CO_DECIDED);
        acceptanceConsulted = p.get(Parameter.ACCEPTANCE_CONSULTED);
        acceptanceExecutorOnly = p.get(Parameter.ACCEPTANCE_EXECUTOR_ONLY);
        acceptanceNotInvolved = p.get(Parameter.ACCEPTANCE_NOT_INVOLVED);
        qualityProfessional = p.get(Parameter.QUALITY_PROFESSIONAL_PLAN);
        qualityJoint = p.get(Parameter.QUALITY_JOINT_PLAN);
        drift = p.get(Parameter.NEED_DRIFT);
        relief = p.get(Parameter.NEED_RELIEF);
        volatility = p.get(Parameter.NEED_VOLATILITY);
        referral = p.get(Parameter.REFERRAL_PROBABILITY);
        coordination = p.get(Parameter.COORDINATION_HOURS);
        planPeriod = (int) p.get(Parameter.PLAN_PERIOD);
        jointPlanHours = p.get(Parameter.JOINT_PLAN_HOURS);
        professionalPlanHours = p.get(Parameter.PROFESSIONAL_PLAN_HOURS);
        hourlyCost = p.get(Parameter.HOURLY_COST);
    }

    Scenario scenario() {
        return scenario;
    }

    int chunks() {
        return (cohort + CHUNK_SIZE - 1) / CHUNK_SIZE;
    }

    /** Simulates the cases of one chunk, in case order, into the accumulator. */
    void simulateChunk(long replicationSeed, int chunk, ChunkAccumulator into) {
        int end = Math.min(cohort, (chunk + 1) * CHUNK_SIZE);
        for (int i = chunk * CHUNK_SIZE; i < end; i++) {
            simulate(i, Seeds.forCase(replicationSeed, i), into);
        }
    }

    /** §1: case i of n enters at week floor(i * intakeWeeks / n). */
    int entryWeek(int caseIndex) {
        return intake == 0 ? 0 : (int) ((long) caseIndex * intake / cohort);
    }

    void simulate(int caseIndex, long seed, ChunkAccumulator into) {
        SplittableRandom random = new SplittableRandom(seed);
        int entry = entryWeek(caseIndex);
        // §2 population draws
        int network = networkMin + random.nextInt(networkMax - networkMin + 1);
        double caseBreadth = clamp(breadth + breadthSpread * (2 * random.nextDouble() - 1));
        int firstCircle = network == 0 ? 0 : Math.max(1, (int) Math.round(network * (1 - caseBreadth)));
        double need = needMean * logNormal(random, needSpread);
        double capacity = capacityMean * logNormal(random, carerSpread);
        double baseLoad = baseLoadMean * logNormal(random, carerSpread);
        // §3 route policy
        Route intended = random.nextDouble() < policy.newRouteShare(entry, scenario.parameters()) ? Route.NEW
                : policy.baseRoute();

        double involvement = initialInvolvement;
        double ownership = 0;
        Route route = Route.UNCLASSIFIED;
        double acceptance = 0;
        double planQuality = 0;
        double lockedCare = 0;
        double assignedNetwork = 0;
        double involvementAtPlan = 0;
        int ring = 0;
        double regieViolated = 0;
        double ruleErrors = 0;
        double[] sums = into.sums;
        long[] counts = into.counts;

        for (int week = entry; week < horizon; week++) {
            double planHours = 0;
            if ((week - entry) % planPeriod == 0) {
                // §4 plan decision: a real Situation, classified by the real classifier, checked by the real rules
                boolean networkTakesPart = involvement * network >= 0.5;
                PlanDecision decision = planDecisions.at(intended, networkTakesPart, week);
                DecisionClassification c = decision.classification();
                route = c.route();
                regieViolated = decision.regieViolated() ? 1 : 0;
                ruleErrors = decision.ruleErrors();
                double focusAcceptance = c.focusDeciders().isEmpty() ? acceptanceConsulted : acceptanceCoDecided;
                double networkAcceptance = !c.lifeworldDeciders().isEmpty() ? acceptanceCoDecided
                        : !c.lifeworldPerformers().isEmpty() ? acceptanceExecutorOnly : acceptanceNotInvolved;
                acceptance = (1 - environment) * focusAcceptance + environment * networkAcceptance;
                planQuality = route == Route.NEW ? qualityJoint : qualityProfessional;
                assignedNetwork = route == Route.DEAD_END ? environment * need : 0;
                involvementAtPlan = involvement;
                lockedCare = route == Route.NEW ? 0 : Math.max(0, need - assignedNetwork);
                planHours = route == Route.NEW ? jointPlanHours : professionalPlanHours;
            }

            // §5 network hours and the primary carer's load
            double networkHours;
            double executors;
            if (route == Route.NEW) {
                networkHours = Math.min(environment * need, ownership * network * memberHours);
                executors = involvement * network;
            } else if (route == Route.DEAD_END) {
                networkHours = involvementAtPlan > 0
                        ? assignedNetwork * Math.min(1, involvement / involvementAtPlan) : 0;
                executors = involvement * firstCircle;
            } else {
                networkHours = 0;
                executors = 0;
            }
            double primaryShare = executors <= 1 ? 1 : primaryWeight / (primaryWeight + executors - 1);
            double carerLoad = network == 0 ? 0 : baseLoad + primaryShare * networkHours;
            if (route == Route.NEW && carerLoad > capacity) {
                // those who co-decided do not agree to carry more than they can (§5, assumption)
                networkHours = Math.min(networkHours, Math.max(0, capacity - baseLoad) / primaryShare);
                carerLoad = Math.max(capacity, baseLoad);
            }
            boolean overloaded = network > 0 && carerLoad > capacity;

            // §6 professional care, the ring of professionals
            double care;
            if (route == Route.NEW) {
                care = Math.max(0, need - networkHours);
            } else {
                if (random.nextDouble() < referral) {
                    ring++;
                }
                care = Math.max(lockedCare, need - assignedNetwork);
            }
            int needed = care > 0 ? (int) Math.ceil(care / hoursPerProfessional) : 0;
            ring = route == Route.NEW ? needed : Math.max(ring, needed);
            double professionalHours = care + ring * coordination + planHours;

            // §7 quality, acceptance, effect
            double coverage = need > 0 ? Math.min(1, (care + networkHours) / need) : 1;
            double quality = planQuality * coverage;
            double effect = EffectFormula.effect(quality, acceptance);

            int cell = route.ordinal() * horizon + week;
            counts[cell]++;
            int at = cell * M;
            sums[at + INVOLVEMENT] += involvement;
            sums[at + OWNERSHIP] += ownership;
            sums[at + ACCEPTANCE] += acceptance;
            sums[at + QUALITY] += quality;
            sums[at + EFFECT] += effect;
            sums[at + NEED] += need;
            sums[at + PROFESSIONAL_HOURS] += professionalHours;
            sums[at + NETWORK_HOURS] += networkHours;
            sums[at + RING] += ring;
            sums[at + CARER_LOAD] += carerLoad;
            sums[at + CARER_RATIO] += network == 0 ? 0 : carerLoad / capacity;
            sums[at + OVERLOADED] += overloaded ? 1 : 0;
            sums[at + COST] += professionalHours * hourlyCost;
            sums[at + REGIE_VIOLATED] += regieViolated;
            sums[at + RULE_ERRORS] += ruleErrors;

            // §8 next week's involvement, ownership and need
            if (route == Route.NEW) {
                involvement += growth * (1 - involvement);
                ownership += ownershipRate * (involvement - ownership);
            } else {
                involvement -= decay * involvement;
                ownership -= decay * ownership;
            }
            if (overloaded) {
                involvement -= withdrawal * involvement;
            }
            need *= Math.max(0, 1 + drift - relief * effect) * logNormal(random, volatility);
        }
    }

    /** A log-normal factor with mean 1: exp(sigma * z - sigma^2 / 2). */
    private static double logNormal(SplittableRandom random, double sigma) {
        return sigma == 0 ? 1 : Math.exp(sigma * random.nextGaussian() - 0.5 * sigma * sigma);
    }

    private static double clamp(double x) {
        return x < 0 ? 0 : x > 1 ? 1 : x;
    }
}
