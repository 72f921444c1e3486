package io.github.nieuweroute.sim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.doubles;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import java.util.EnumSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The mechanisms of the model: invariants that hold for any parameters, and the consequences the stated assumptions
 * must produce. Each consequence names the assumptions (the parameters and their defaults, docs/simulation-model.md)
 * it depends on: with other values it may rightly fail.
 */
class CaseModelTest {

    private static final Simulator SIMULATOR = Simulator.builder().threads(2).build();
    private static final Set<Metric> SHARES = EnumSet.of(Metric.NETWORK_INVOLVEMENT, Metric.OWNERSHIP,
            Metric.ACCEPTANCE, Metric.QUALITY, Metric.EFFECT, Metric.CARER_OVERLOADED, Metric.REGIE_VIOLATED);

    private static final org.assertj.core.data.Offset<Double> WITHIN = org.assertj.core.api.Assertions.within(1e-9);

    private static final java.util.Map<RoutePolicy, SimulationResult> YEARS =
            new java.util.concurrent.ConcurrentHashMap<>();

    /** A year of 4,000 cases under the default parameters, 4 replications; run once per policy. */
    private static SimulationResult year(RoutePolicy policy) {
        return YEARS.computeIfAbsent(policy, p -> SIMULATOR.run(Scenario.builder().name(p.name()).policy(p)
                .cohortSize(4000).horizonWeeks(52).replications(4).build(), 2026));
    }

    private static double horizon(SimulationResult r, Metric m) {
        return r.horizonMean(RouteGroup.ALL, m).mean();
    }

    @Test
    void hours_loads_and_costs_are_never_negative_and_shares_stay_within_zero_and_one() {
        // one case per run, so every weekly mean is one case-week's value
        qt().withExamples(60).forAll(longs().all(), integers().between(0, 4), doubles().between(0, 1),
                doubles().between(0, 0.1)).checkAssert((seed, policy, involvement, drift) -> {
                    Scenario s = Scenario.builder().policy(RoutePolicy.values()[policy]).cohortSize(1)
                            .horizonWeeks(120).replications(1)
                            .parameters(Parameters.defaults().with(Parameter.INITIAL_INVOLVEMENT, involvement)
                                    .with(Parameter.NEED_DRIFT, drift)
                                    .with(Parameter.NEED_VOLATILITY, 0.3)
                                    .with(Parameter.PLAN_PERIOD, 13))
                            .build();
                    SimulationResult r = Simulator.builder().threads(1).build().run(s, seed);
                    for (Metric m : Metric.values()) {
                        for (int w = 0; w < 120; w++) {
                            double x = r.weekly(RouteGroup.ALL, m, w).mean();
                            assertThat(x).as("%s in week %d", m, w).isGreaterThanOrEqualTo(0).isFinite();
                            if (SHARES.contains(m)) {
                                assertThat(x).as("%s in week %d", m, w).isLessThanOrEqualTo(1);
                            }
                        }
                    }
                });
    }

    /** Draws every parameter uniformly within its range, the smallest network not above the largest. */
    private static Parameters randomParameters(long seed) {
        java.util.SplittableRandom random = new java.util.SplittableRandom(seed);
        java.util.Map<Parameter, Double> values = new java.util.EnumMap<>(Parameter.class);
        for (Parameter p : Parameter.values()) {
            double x = p.min() + random.nextDouble() * (p.max() - p.min());
            values.put(p, p.integral() ? Math.floor(x) : x);
        }
        double low = Math.min(values.get(Parameter.NETWORK_SIZE_MIN), values.get(Parameter.NETWORK_SIZE_MAX));
        double high = Math.max(values.get(Parameter.NETWORK_SIZE_MIN), values.get(Parameter.NETWORK_SIZE_MAX));
        values.put(Parameter.NETWORK_SIZE_MIN, low);
        values.put(Parameter.NETWORK_SIZE_MAX, high);
        return Parameters.defaults().with(values);
    }

    @Test
    void invariants_hold_for_any_parameters_within_their_ranges() {
        qt().withExamples(80).forAll(longs().all(), longs().all(), integers().between(0, 4))
                .checkAssert((seed, parameterSeed, policy) -> {
                    Scenario s = Scenario.builder().policy(RoutePolicy.values()[policy]).cohortSize(1)
                            .horizonWeeks(120).replications(1).parameters(randomParameters(parameterSeed)).build();
                    SimulationResult r = Simulator.builder().threads(1).build().run(s, seed);
                    for (Metric m : Metric.values()) {
                        for (int w = 0; w < 120; w++) {
                            double x = r.weekly(RouteGroup.ALL, m, w).mean();
                            assertThat(x).as("%s in week %d with %s", m, w, s.parameters()).isNotNegative();
                            if (SHARES.contains(m)) {
                                assertThat(x).as("%s in week %d with %s", m, w, s.parameters())
                                        .isLessThanOrEqualTo(1);
                            }
                        }
                    }
                });
    }

    @Test
    void every_case_is_in_exactly_one_route_group_each_week() {
        SimulationResult r = SIMULATOR.run(Scenario.builder().policy(RoutePolicy.TRANSITION_FROM_OLD)
                .parameters(Parameters.defaults().with(Parameter.TRANSITION_WEEKS, 20))
                .cohortSize(2000).horizonWeeks(30).intakeWeeks(20).replications(2).build(), 4);

        for (int w = 0; w < 30; w++) {
            double byRoute = 0;
            for (RouteGroup g : EnumSet.complementOf(EnumSet.of(RouteGroup.ALL))) {
                byRoute += r.series(g, Metric.NEED_HOURS).cases(w);
            }
            assertThat(byRoute).isEqualTo(r.series(RouteGroup.ALL, Metric.NEED_HOURS).cases(w));
        }
        assertThat(r.series(RouteGroup.ALL, Metric.NEED_HOURS).cases(29)).isEqualTo(2000);
        assertThat(r.series(RouteGroup.ALL, Metric.NEED_HOURS).cases(0)).isEqualTo(100);
    }

    /**
     * Depends on: the network covers up to environmentInfluence (0.40) of the need once it owns the plan
     * (ownershipRatePerWeek 0.1, memberHoursPerWeek 1.5); professionals work "waar nodig" in the Nieuwe Route but
     * keep the care bought for planPeriodWeeks (52) in the old route, plus referrals (referralProbabilityPerWeek
     * 0.01) that widen the ring.
     */
    @Test
    void under_the_default_assumptions_the_new_route_lowers_professional_hours_compared_with_the_old() {
        SimulationResult old = year(RoutePolicy.OLD);
        SimulationResult nieuw = year(RoutePolicy.NEW);

        assertThat(nieuw.horizonMean(RouteGroup.ALL, Metric.PROFESSIONAL_HOURS).upper())
                .isLessThan(old.horizonMean(RouteGroup.ALL, Metric.PROFESSIONAL_HOURS).lower());
        assertThat(horizon(nieuw, Metric.COST)).isLessThan(horizon(old, Metric.COST));
        assertThat(nieuw.weekly(RouteGroup.ALL, Metric.PROFESSIONAL_HOURS, 51).mean())
                .isLessThan(old.weekly(RouteGroup.ALL, Metric.PROFESSIONAL_HOURS, 51).mean());
    }

    /**
     * Depends on: in the dead-end route professionals hand environmentInfluence (0.40) of the need to the first
     * circle regardless of its capacity, the primary carer takes primaryCarerWeight (3) shares; in the Nieuwe Route
     * those who co-decided do not take on more than they can carry.
     */
    @Test
    void under_the_default_assumptions_the_dead_end_route_raises_informal_carers_overload() {
        SimulationResult deadEnd = year(RoutePolicy.DEAD_END);

        double overloadDeadEnd = deadEnd.horizonMean(RouteGroup.DEAD_END, Metric.CARER_OVERLOADED).lower();
        assertThat(overloadDeadEnd)
                .isGreaterThan(year(RoutePolicy.OLD).horizonMean(RouteGroup.ALL, Metric.CARER_OVERLOADED).upper())
                .isGreaterThan(year(RoutePolicy.NEW).horizonMean(RouteGroup.ALL, Metric.CARER_OVERLOADED).upper());
    }

    /** Depends on: involvementDecayPerWeek (0.02) without co-decision, involvementGrowthPerWeek (0.04) with it. */
    @Test
    void the_network_drifts_away_in_the_old_route_and_comes_closer_in_the_new() {
        SimulationResult old = year(RoutePolicy.OLD);
        SimulationResult nieuw = year(RoutePolicy.NEW);

        assertThat(old.weekly(RouteGroup.ALL, Metric.NETWORK_INVOLVEMENT, 51).mean())
                .isLessThan(old.weekly(RouteGroup.ALL, Metric.NETWORK_INVOLVEMENT, 0).mean());
        assertThat(nieuw.weekly(RouteGroup.NEW, Metric.NETWORK_INVOLVEMENT, 51).mean())
                .isGreaterThan(nieuw.weekly(RouteGroup.NEW, Metric.NETWORK_INVOLVEMENT, 0).mean());
        assertThat(horizon(nieuw, Metric.OWNERSHIP)).isGreaterThan(0.3);
        assertThat(horizon(old, Metric.OWNERSHIP)).isZero();
    }

    /** Depends on: referralProbabilityPerWeek (0.01) and a ring that never shrinks outside the Nieuwe Route (D-1). */
    @Test
    void the_ring_of_professionals_widens_over_the_year_in_the_old_route() {
        SimulationResult old = year(RoutePolicy.OLD);

        assertThat(old.weekly(RouteGroup.ALL, Metric.RING_WIDTH, 51).mean())
                .isGreaterThan(old.weekly(RouteGroup.ALL, Metric.RING_WIDTH, 0).mean() + 0.3);
    }

    /** Depends on: the acceptance defaults (0.9 co-decided, 0.6 consulted, 0.5 passed by) and qualityJointPlan 0.75. */
    @Test
    void the_new_route_trades_a_little_quality_for_acceptance_and_gains_effect() {
        SimulationResult old = year(RoutePolicy.OLD);
        SimulationResult nieuw = year(RoutePolicy.NEW);

        assertThat(horizon(nieuw, Metric.QUALITY)).isLessThan(horizon(old, Metric.QUALITY));
        assertThat(horizon(nieuw, Metric.ACCEPTANCE)).isGreaterThan(horizon(old, Metric.ACCEPTANCE));
        assertThat(horizon(nieuw, Metric.EFFECT)).isGreaterThan(horizon(old, Metric.EFFECT));
    }

    /** Depends on: the linear growth of the share from transitionStartShare (0) to transitionEndShare (1). */
    @Test
    void in_a_transition_a_growing_share_of_new_cases_follows_the_new_route() {
        SimulationResult r = SIMULATOR.run(Scenario.builder().policy(RoutePolicy.TRANSITION_FROM_OLD)
                .parameters(Parameters.defaults().with(Parameter.TRANSITION_WEEKS, 100))
                .cohortSize(4000).horizonWeeks(101).intakeWeeks(100).replications(2).build(), 8);

        double earlyShare = r.series(RouteGroup.NEW, Metric.NEED_HOURS).cases(19)
                / r.series(RouteGroup.ALL, Metric.NEED_HOURS).cases(19);
        double lateShare = r.series(RouteGroup.NEW, Metric.NEED_HOURS).cases(100)
                / r.series(RouteGroup.ALL, Metric.NEED_HOURS).cases(100);
        assertThat(earlyShare).isBetween(0.02, 0.2);
        assertThat(lateShare).isBetween(0.4, 0.6);
    }

    /**
     * Depends on: the plan-decision shapes of docs/simulation-model.md §4 (on the dead-end route the first circle is
     * informed and carries out; on the Nieuwe Route whoever carries out co-decided). Holds for any other parameters:
     * the rules read the same shapes the classifier does.
     */
    @Test
    void every_dead_end_plan_breaks_regie_and_no_new_route_plan_does_whatever_the_week() {
        SimulationResult r = SIMULATOR.run(Scenario.builder().policy(RoutePolicy.TRANSITION_FROM_DEAD_END)
                .parameters(Parameters.defaults().with(Parameter.TRANSITION_WEEKS, 40)
                        .with(Parameter.PLAN_PERIOD, 13))
                .cohortSize(3000).horizonWeeks(60).intakeWeeks(40).replications(2).build(), 12);
        int seenNew = 0;
        int seenDeadEnd = 0;

        for (int w = 0; w < 60; w++) {
            if (r.series(RouteGroup.NEW, Metric.REGIE_VIOLATED).cases(w) > 0) {
                seenNew++;
                assertThat(r.weekly(RouteGroup.NEW, Metric.REGIE_VIOLATED, w).mean()).as("week %d", w).isZero();
                assertThat(r.weekly(RouteGroup.NEW, Metric.RULE_ERRORS, w).mean()).as("week %d", w).isZero();
            }
            if (r.series(RouteGroup.DEAD_END, Metric.REGIE_VIOLATED).cases(w) > 0) {
                seenDeadEnd++;
                assertThat(r.weekly(RouteGroup.DEAD_END, Metric.REGIE_VIOLATED, w).mean()).as("week %d", w)
                        .isEqualTo(1);
                assertThat(r.weekly(RouteGroup.DEAD_END, Metric.RULE_ERRORS, w).mean()).as("week %d", w)
                        .isEqualTo(2);
            }
        }
        assertThat(seenNew).isGreaterThan(40);
        assertThat(seenDeadEnd).isEqualTo(60);
    }

    /**
     * Depends on: the plan-decision shapes of §4. On the old route the focus person is only consulted yet carries out
     * her part, so every plan breaks regie; a case meant for the Nieuwe Route whose network does not take part is
     * classified as old, but its focus person co-decided what she carries out, so only R-02 (nobody of the lifeworld
     * co-decided) is broken.
     */
    @Test
    void every_old_route_plan_breaks_regie_and_no_plan_meant_for_the_new_route_does() {
        SimulationResult old = year(RoutePolicy.OLD);
        SimulationResult nieuw = year(RoutePolicy.NEW);

        for (int w = 0; w < 52; w++) {
            assertThat(old.weekly(RouteGroup.ALL, Metric.REGIE_VIOLATED, w).mean()).as("week %d", w).isEqualTo(1);
            assertThat(old.weekly(RouteGroup.ALL, Metric.RULE_ERRORS, w).mean()).as("week %d", w).isEqualTo(3);
            assertThat(nieuw.weekly(RouteGroup.ALL, Metric.REGIE_VIOLATED, w).mean()).as("week %d", w).isZero();
        }
        assertThat(nieuw.hasCases(RouteGroup.OLD)).isTrue();
        assertThat(nieuw.horizonMean(RouteGroup.OLD, Metric.RULE_ERRORS).mean()).isEqualTo(1);
        assertThat(nieuw.horizonMean(RouteGroup.NEW, Metric.RULE_ERRORS).mean()).isZero();
    }

    /**
     * Depends on: involvementDecayPerWeek (0.02) and initialInvolvement (0.3), so that within three yearly plan
     * decisions no dead-end network is involved enough to take part (§4); the rules then see a plan of focus person and
     * professional alone, which keeps R-01 and breaks R-02.
     */
    @Test
    void on_the_dead_end_route_regie_is_kept_only_once_the_network_has_left() {
        SimulationResult r = SIMULATOR.run(Scenario.builder().policy(RoutePolicy.DEAD_END).cohortSize(4000)
                .horizonWeeks(260).replications(2).build(), 8);

        assertThat(r.weekly(RouteGroup.ALL, Metric.REGIE_VIOLATED, 0).mean()).isGreaterThan(0.9);
        assertThat(r.weekly(RouteGroup.ALL, Metric.REGIE_VIOLATED, 156).mean()).isZero();
        assertThat(r.weekly(RouteGroup.ALL, Metric.RULE_ERRORS, 156).mean()).isEqualTo(1);
        assertThat(r.weekly(RouteGroup.ALL, Metric.NETWORK_INVOLVEMENT, 156).mean())
                .isLessThan(r.weekly(RouteGroup.ALL, Metric.NETWORK_INVOLVEMENT, 0).mean());
    }

    /** Depends on: the linear growth of the share from transitionStartShare (0) to transitionEndShare (1). */
    @Test
    void in_a_transition_the_share_of_plans_that_break_regie_falls() {
        SimulationResult r = SIMULATOR.run(Scenario.builder().policy(RoutePolicy.TRANSITION_FROM_OLD)
                .parameters(Parameters.defaults().with(Parameter.TRANSITION_WEEKS, 100))
                .cohortSize(4000).horizonWeeks(101).intakeWeeks(100).replications(2).build(), 8);

        double early = r.weekly(RouteGroup.ALL, Metric.REGIE_VIOLATED, 19).mean();
        double late = r.weekly(RouteGroup.ALL, Metric.REGIE_VIOLATED, 100).mean();
        assertThat(early).isBetween(0.8, 0.98);
        assertThat(late).isBetween(0.4, 0.75).isLessThan(early - 0.2);
    }

    @Test
    void effect_is_quality_times_acceptance_in_every_week_of_a_single_case() {
        SimulationResult r = Simulator.builder().threads(1).build().run(Scenario.builder().policy(RoutePolicy.NEW)
                .cohortSize(1).horizonWeeks(30).replications(1).build(), 3);

        for (int w = 0; w < 30; w++) {
            assertThat(r.weekly(RouteGroup.ALL, Metric.EFFECT, w).mean())
                    .isEqualTo(r.weekly(RouteGroup.ALL, Metric.QUALITY, w).mean()
                            * r.weekly(RouteGroup.ALL, Metric.ACCEPTANCE, w).mean());
        }
    }

    @Test
    void a_case_meant_for_the_new_route_without_a_network_is_classified_and_simulated_as_old() {
        Scenario noNetwork = Scenario.builder().policy(RoutePolicy.NEW).cohortSize(200).horizonWeeks(10)
                .replications(1)
                .parameters(Parameters.defaults().with(Parameter.NETWORK_SIZE_MIN, 0)
                        .with(Parameter.NETWORK_SIZE_MAX, 0))
                .build();

        SimulationResult r = SIMULATOR.run(noNetwork, 1);

        assertThat(r.hasCases(RouteGroup.NEW)).isFalse();
        assertThat(r.series(RouteGroup.OLD, Metric.NETWORK_HOURS).cases(0)).isEqualTo(200);
        assertThat(r.horizonMean(RouteGroup.OLD, Metric.NETWORK_HOURS).mean()).isZero();
        assertThat(r.horizonMean(RouteGroup.OLD, Metric.CARER_OVERLOADED).mean()).isZero();
    }

    @Test
    void cases_enter_evenly_over_the_intake_period() {
        CaseModel model = new CaseModel(
                Scenario.builder().cohortSize(10).horizonWeeks(30).intakeWeeks(20).build(), true);

        assertThat(model.entryWeek(0)).isZero();
        assertThat(model.entryWeek(5)).isEqualTo(10);
        assertThat(model.entryWeek(9)).isEqualTo(18);
        assertThat(model.chunks()).isEqualTo(1);
    }

    /**
     * One case without chance: every spread, the need's volatility and referrals are zero, the network has exactly
     * ten members, so the equations of docs/simulation-model.md can be followed by hand for the first two weeks.
     */
    private static SimulationResult oneCaseWithoutChance(RoutePolicy policy) {
        return oneCaseWithoutChance(policy, Parameters.defaults());
    }

    private static SimulationResult oneCaseWithoutChance(RoutePolicy policy, Parameters parameters) {
        Parameters p = parameters
                .with(Parameter.NETWORK_SIZE_MIN, 10).with(Parameter.NETWORK_SIZE_MAX, 10)
                .with(Parameter.NETWORK_BREADTH_SPREAD, 0).with(Parameter.NEED_SPREAD, 0)
                .with(Parameter.CARER_SPREAD, 0).with(Parameter.NEED_VOLATILITY, 0)
                .with(Parameter.REFERRAL_PROBABILITY, 0);
        return Simulator.builder().threads(1).build().run(Scenario.builder().policy(policy).cohortSize(1)
                .horizonWeeks(2).replications(1).parameters(p).build(), 11);
    }

    private static void assertWeek(SimulationResult r, int week, Metric metric, double expected) {
        assertThat(r.weekly(RouteGroup.ALL, metric, week).mean()).as("%s in week %d", metric, week)
                .isCloseTo(expected, org.assertj.core.api.Assertions.within(1e-9));
    }

    @Test
    void an_old_route_case_without_chance_follows_the_equations_by_hand() {
        SimulationResult r = oneCaseWithoutChance(RoutePolicy.OLD);
        // week 0, a plan week: the professionals decide, the focus person is consulted, the network not involved
        double acceptance = 0.6 * 0.6 + 0.4 * 0.5;
        assertWeek(r, 0, Metric.ACCEPTANCE, acceptance);
        assertWeek(r, 0, Metric.QUALITY, 0.8);
        assertWeek(r, 0, Metric.EFFECT, 0.8 * acceptance);
        assertWeek(r, 0, Metric.NEED_HOURS, 8);
        assertWeek(r, 0, Metric.NETWORK_HOURS, 0);
        assertWeek(r, 0, Metric.RING_WIDTH, 2);                        // ceil(8 / 4)
        assertWeek(r, 0, Metric.PROFESSIONAL_HOURS, 8 + 2 * 0.5 + 4);  // care, coordination, the plan
        assertWeek(r, 0, Metric.COST, (8 + 2 * 0.5 + 4) * 80);
        assertWeek(r, 0, Metric.CARER_LOAD, 6);                        // the base load only
        assertWeek(r, 0, Metric.CARER_LOAD_RATIO, 6.0 / 12);
        assertWeek(r, 0, Metric.CARER_OVERLOADED, 0);
        assertWeek(r, 0, Metric.NETWORK_INVOLVEMENT, 0.3);
        assertWeek(r, 0, Metric.OWNERSHIP, 0);
        // week 1: the network drifts away, the need follows drift and relief, the locked care stays
        double need = 8 * (1 + 0.004 - 0.008 * 0.8 * acceptance);
        assertWeek(r, 1, Metric.NETWORK_INVOLVEMENT, 0.3 * (1 - 0.02));
        assertWeek(r, 1, Metric.NEED_HOURS, need);
        assertWeek(r, 1, Metric.RING_WIDTH, 3);                        // ceil(need / 4), need just above 8
        assertWeek(r, 1, Metric.PROFESSIONAL_HOURS, need + 3 * 0.5);
        assertWeek(r, 1, Metric.QUALITY, 0.8);
    }

    @Test
    void a_new_route_case_without_chance_follows_the_equations_by_hand() {
        SimulationResult r = oneCaseWithoutChance(RoutePolicy.NEW);
        // week 0: focus person and network co-decide; nobody owns the plan yet, so the network gives no hours
        assertWeek(r, 0, Metric.ACCEPTANCE, 0.9);
        assertWeek(r, 0, Metric.QUALITY, 0.75);
        assertWeek(r, 0, Metric.EFFECT, 0.75 * 0.9);
        assertWeek(r, 0, Metric.NETWORK_HOURS, 0);
        assertWeek(r, 0, Metric.RING_WIDTH, 2);
        assertWeek(r, 0, Metric.PROFESSIONAL_HOURS, 8 + 2 * 0.5 + 24);
        assertWeek(r, 0, Metric.CARER_LOAD, 6);
        // week 1: involvement grows, ownership follows it, the network carries what it owns
        double involvement = 0.3 + 0.04 * (1 - 0.3);
        double ownership = 0.1 * involvement;
        double need = 8 * (1 + 0.004 - 0.008 * 0.75 * 0.9);
        double networkHours = Math.min(0.4 * need, ownership * 10 * 1.5);
        double executors = involvement * 10;
        double primaryShare = 3 / (3 + executors - 1);
        assertWeek(r, 1, Metric.NETWORK_INVOLVEMENT, involvement);
        assertWeek(r, 1, Metric.OWNERSHIP, ownership);
        assertWeek(r, 1, Metric.NEED_HOURS, need);
        assertWeek(r, 1, Metric.NETWORK_HOURS, networkHours);
        assertWeek(r, 1, Metric.CARER_LOAD, 6 + primaryShare * networkHours);
        assertWeek(r, 1, Metric.PROFESSIONAL_HOURS, need - networkHours + 2 * 0.5);
        assertWeek(r, 1, Metric.RING_WIDTH, 2);
    }

    @Test
    void a_dead_end_case_without_chance_follows_the_equations_by_hand() {
        SimulationResult r = oneCaseWithoutChance(RoutePolicy.DEAD_END);
        // week 0: the network is assigned its share of the need and carries it through the first circle of five
        double assigned = 0.4 * 8;
        double primaryShare = 3 / (3 + 0.3 * 5 - 1);
        assertWeek(r, 0, Metric.NETWORK_HOURS, assigned);
        assertWeek(r, 0, Metric.CARER_LOAD, 6 + primaryShare * assigned);
        assertWeek(r, 0, Metric.PROFESSIONAL_HOURS, (8 - assigned) + 2 * 0.5 + 4);
        assertWeek(r, 0, Metric.RING_WIDTH, 2);                        // ceil(4.8 / 4)
        assertWeek(r, 0, Metric.QUALITY, 0.8);
        // week 1: the network drifts away and carries less of what it was assigned
        double involvement = 0.3 * (1 - 0.02);
        assertWeek(r, 1, Metric.NETWORK_HOURS, assigned * involvement / 0.3);
        assertWeek(r, 1, Metric.NETWORK_INVOLVEMENT, involvement);
    }

    @Test
    void an_overloaded_carer_on_the_dead_end_route_withdraws_the_next_week() {
        SimulationResult r = oneCaseWithoutChance(RoutePolicy.DEAD_END,
                Parameters.defaults().with(Parameter.CARER_CAPACITY_MEAN, 7));
        double load = 6 + 3 / (3 + 0.3 * 5 - 1) * 0.4 * 8;

        assertWeek(r, 0, Metric.CARER_LOAD, load);
        assertWeek(r, 0, Metric.CARER_LOAD_RATIO, load / 7);
        assertWeek(r, 0, Metric.CARER_OVERLOADED, 1);
        assertWeek(r, 1, Metric.NETWORK_INVOLVEMENT, 0.3 * (1 - 0.02) * (1 - 0.05));
    }

    @Test
    void on_the_new_route_the_network_carries_no_more_than_the_carer_can() {
        SimulationResult r = oneCaseWithoutChance(RoutePolicy.NEW,
                Parameters.defaults().with(Parameter.CARER_CAPACITY_MEAN, 6.1));
        double involvement = 0.3 + 0.04 * (1 - 0.3);
        double primaryShare = 3 / (3 + involvement * 10 - 1);
        double need = 8 * (1 + 0.004 - 0.008 * 0.75 * 0.9);
        double networkHours = (6.1 - 6) / primaryShare;   // less than the 0.492 hours the network owns

        assertWeek(r, 1, Metric.NETWORK_HOURS, networkHours);
        assertWeek(r, 1, Metric.CARER_LOAD, 6.1);
        assertWeek(r, 1, Metric.CARER_OVERLOADED, 0);
        assertWeek(r, 1, Metric.PROFESSIONAL_HOURS, need - networkHours + 2 * 0.5);
    }
    /** One case of one replication, week by week, with the given parameters as they are. */
    private static SimulationResult oneCase(RoutePolicy policy, Parameters p) {
        return Simulator.builder().threads(1).build().run(Scenario.builder().policy(policy).cohortSize(1)
                .horizonWeeks(2).replications(1).parameters(p).build(), 11);
    }

    @Test
    void a_case_follows_its_own_random_draws_in_the_documented_order() {
        // breadth 0.1 +- 0.3 falls below zero for about one case in six, where it is clamped; the need has no spread,
        // so it takes no draw, and the carer's capacity and load take the first two normal draws
        Parameters p = Parameters.defaults().with(Parameter.NETWORK_SIZE_MIN, 2).with(Parameter.NETWORK_SIZE_MAX, 12)
                .with(Parameter.NETWORK_BREADTH, 0.1).with(Parameter.NETWORK_BREADTH_SPREAD, 0.3)
                .with(Parameter.NEED_SPREAD, 0).with(Parameter.CARER_SPREAD, 0.3);
        CaseModel model = new CaseModel(Scenario.builder().policy(RoutePolicy.DEAD_END).cohortSize(1)
                .horizonWeeks(1).parameters(p).build(), true);
        // one week: the case's cell is its route's
        int cell = ChunkAccumulator.METRICS * io.github.nieuweroute.route.Route.DEAD_END.ordinal();
        int clamped = 0;
        int singleExecutor = 0;
        for (long seed = 1; seed <= 60; seed++) {
            java.util.SplittableRandom random = new java.util.SplittableRandom(seed);
            int network = 2 + random.nextInt(11);
            double breadth = 0.1 + 0.3 * (2 * random.nextDouble() - 1);
            clamped += breadth < 0 ? 1 : 0;
            int firstCircle = Math.max(1, (int) Math.round(network * (1 - Math.max(0, breadth))));
            double capacity = 12 * Math.exp(0.3 * random.nextGaussian() - 0.045);
            double baseLoad = 6 * Math.exp(0.3 * random.nextGaussian() - 0.045);
            random.nextDouble(); // the intended route: the dead-end policy sends no case to the new route
            // the focus person co-decides (0.9), the network only executes (0.4)
            double executors = 0.3 * firstCircle;
            singleExecutor += executors <= 1 ? 1 : 0;
            double primaryShare = executors <= 1 ? 1 : 3 / (3 + executors - 1);
            double assigned = 0.4 * 8;
            double load = baseLoad + primaryShare * assigned;
            int ring = 2;                                  // ceil(4.8 / 4), whether or not a referral is drawn
            ChunkAccumulator into = new ChunkAccumulator(1);

            model.simulate(0, seed, into);

            String as = "seed " + seed;
            assertThat(into.counts[io.github.nieuweroute.route.Route.DEAD_END.ordinal()]).as(as).isEqualTo(1);
            assertThat(into.sums[cell + Metric.ACCEPTANCE.ordinal()]).as(as).isCloseTo(0.6 * 0.9 + 0.4 * 0.4, WITHIN);
            assertThat(into.sums[cell + Metric.NETWORK_HOURS.ordinal()]).as(as).isCloseTo(assigned, WITHIN);
            assertThat(into.sums[cell + Metric.CARER_LOAD.ordinal()]).as(as).isCloseTo(load, WITHIN);
            assertThat(into.sums[cell + Metric.CARER_LOAD_RATIO.ordinal()]).as(as).isCloseTo(load / capacity, WITHIN);
            assertThat(into.sums[cell + Metric.CARER_OVERLOADED.ordinal()]).as(as).isEqualTo(load > capacity ? 1 : 0);
            assertThat(into.sums[cell + Metric.RING_WIDTH.ordinal()]).as(as).isEqualTo(ring);
            assertThat(into.sums[cell + Metric.PROFESSIONAL_HOURS.ordinal()]).as(as)
                    .isCloseTo(8 - assigned + ring * 0.5 + 4, WITHIN);
        }
        assertThat(clamped).as("cases whose breadth is clamped at zero").isPositive();
        assertThat(singleExecutor).as("cases with at most one executor").isPositive().isLessThan(60);
    }

    @Test
    void a_case_without_a_network_puts_no_load_on_a_carer() {
        SimulationResult r = oneCase(RoutePolicy.OLD, Parameters.defaults().with(Parameter.NETWORK_SIZE_MIN, 0)
                .with(Parameter.NETWORK_SIZE_MAX, 0));

        assertWeek(r, 0, Metric.CARER_LOAD, 0);
        assertWeek(r, 0, Metric.CARER_LOAD_RATIO, 0);
        assertWeek(r, 0, Metric.CARER_OVERLOADED, 0);
    }

    @Test
    void the_network_takes_part_from_an_involvement_times_size_of_exactly_one_half() {
        SimulationResult half = oneCaseWithoutChance(RoutePolicy.NEW,
                Parameters.defaults().with(Parameter.INITIAL_INVOLVEMENT, 0.05));
        SimulationResult less = oneCaseWithoutChance(RoutePolicy.NEW,
                Parameters.defaults().with(Parameter.INITIAL_INVOLVEMENT, 0.04));

        assertThat(half.hasCases(RouteGroup.NEW)).isTrue();
        assertThat(less.hasCases(RouteGroup.NEW)).isFalse();
        assertThat(less.hasCases(RouteGroup.OLD)).isTrue();
    }

    @Test
    void on_the_new_route_the_ring_narrows_when_the_network_carries_the_need() {
        // the whole environment's influence, full ownership at once and 40 hours a member: the network carries all
        SimulationResult r = oneCaseWithoutChance(RoutePolicy.NEW, Parameters.defaults()
                .with(Parameter.ENVIRONMENT_INFLUENCE, 1).with(Parameter.OWNERSHIP_RATE, 1)
                .with(Parameter.MEMBER_HOURS, 40).with(Parameter.CARER_CAPACITY_MEAN, 168));
        double need = r.weekly(RouteGroup.ALL, Metric.NEED_HOURS, 1).mean();

        assertWeek(r, 0, Metric.RING_WIDTH, 2);
        assertWeek(r, 1, Metric.NETWORK_HOURS, need);
        assertWeek(r, 1, Metric.RING_WIDTH, 0);
        assertWeek(r, 1, Metric.PROFESSIONAL_HOURS, 0);
    }

    @Test
    void on_the_dead_end_route_the_quality_falls_with_the_share_of_need_the_leaving_network_no_longer_covers() {
        SimulationResult r = oneCaseWithoutChance(RoutePolicy.DEAD_END);
        double need = r.weekly(RouteGroup.ALL, Metric.NEED_HOURS, 1).mean();
        double assigned = 0.4 * 8;
        double care = 8 - assigned;                   // the care bought at the plan stays while the need falls a little
        double networkHours = assigned * (1 - 0.02);  // involvement fell from 0.3 to 0.3 * 0.98

        assertThat(need).isLessThan(8);
        assertWeek(r, 1, Metric.NETWORK_HOURS, networkHours);
        assertWeek(r, 1, Metric.QUALITY, 0.8 * (care + networkHours) / need);
    }

    @Test
    void a_case_without_need_is_fully_covered() {
        SimulationResult r = oneCaseWithoutChance(RoutePolicy.OLD,
                Parameters.defaults().with(Parameter.NEED_HOURS_MEAN, 0));

        assertWeek(r, 0, Metric.QUALITY, 0.8);
        assertWeek(r, 0, Metric.RING_WIDTH, 0);
        assertWeek(r, 0, Metric.PROFESSIONAL_HOURS, 4);
    }
}
