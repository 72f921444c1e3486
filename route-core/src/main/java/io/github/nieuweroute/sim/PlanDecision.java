package io.github.nieuweroute.sim;

import io.github.nieuweroute.model.Agreement;
import io.github.nieuweroute.model.Circle;
import io.github.nieuweroute.model.Decision;
import io.github.nieuweroute.model.Participant;
import io.github.nieuweroute.model.ParticipationLevel;
import io.github.nieuweroute.model.Plan;
import io.github.nieuweroute.model.Relation;
import io.github.nieuweroute.model.Situation;
import io.github.nieuweroute.model.Sphere;
import io.github.nieuweroute.route.DecisionClassification;
import io.github.nieuweroute.route.Route;
import io.github.nieuweroute.route.RouteClassifier;
import io.github.nieuweroute.rule.Report;
import io.github.nieuweroute.rule.RuleSet;
import io.github.nieuweroute.rule.Severity;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The plan decision of a simulated case (nl: planbesluit), as a real {@link Situation} classified by the real
 * {@link RouteClassifier} and checked by the standard rules ({@link RuleSet#standard()}): the simulation asks the
 * model what route a case is on and which principles its plan breaks, so the simulation, the classifier and the
 * rules cannot disagree.
 *
 * <p>The situation is the smallest record that shows who decided and who executes, following the decision/execution
 * matrix of {@code 001_efdc3dbc7d93ff68.txt:24} (SPEC §2.2): a focus person, one professional and, when the network
 * takes part, one collective lifeworld participant standing for the network members involved (a group the model
 * neither counts nor names, see {@link Participant#collective()}).
 *
 * <ul>
 *   <li>meant as {@link Route#OLD}: the professional co-decides, the focus person is consulted; professional and
 *       focus person carry out the plan ("hulpverlening maakt plan en voert dat samen met zorgvrager uit");
 *   <li>meant as {@link Route#DEAD_END}: professional and focus person co-decide; the first circle is informed and
 *       carries out its part ("de omgeving wordt ingezet als uitvoerder");
 *   <li>meant as {@link Route#NEW}: focus person, network and professional co-decide; focus person and network carry
 *       out the plan, the professional "waar nodig".
 * </ul>
 *
 * <p>Without a network taking part, the classifier puts a case meant for the dead-end or Nieuwe Route on the old
 * route, and the simulation follows it. A case makes a plan decision at intake and then every
 * {@link Parameter#PLAN_PERIOD} weeks. Building, classifying and checking one costs about 7 µs, 4.5 of them the
 * rules, where a weekly step costs about 40 ns (route-bench measures it; see docs/benchmarks.md), so a run shares each
 * distinct decision between the cases that make it in the same week unless
 * {@link Simulator.Builder#reusePlanDecisions(boolean)} says otherwise.
 *
 * <p>The rules' {@link #report()} feeds two metrics: {@link Metric#REGIE_VIOLATED}, whether the plan breaks rule
 * R-01 (regie coupled to responsibility: whoever of the focus person's side carries out the plan co-decided it,
 * {@code 000_003bca9ac70bd78f.txt:45}), and {@link Metric#RULE_ERRORS}, how many violations of severity
 * {@link Severity#ERROR} the standard rules find. The old-route shape breaks R-01 (the focus person carries out a
 * plan she was only consulted on), so does the dead-end shape (the first circle carries out a plan it was only
 * informed of); the Nieuwe Route shape does not. That these shapes are the routes is our reading of the matrix
 * (docs/simulation-model.md §4); the rules' verdicts follow from it.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class PlanDecision {

    /** The id of the rule "regie en verantwoordelijkheid zijn gekoppeld" in the standard rule set. */
    static final String REGIE_RULE = "R-01";

    private static final String SITUATION_ID = "simulated-case";
    private static final String DECISION_ID = "plan-decision";
    private static final String ASSUMPTION = "synthetic case of the cohort simulation";
    private static final Participant FOCUS_PERSON = Participant.focusPerson("focus-person");
    private static final Participant PROFESSIONAL = Participant.professional("professional", "simulated");
    private static final Participant FIRST_CIRCLE = Participant.builder().id("first-circle")
            .sphere(Sphere.LIFEWORLD).relation(Relation.INFORMAL_CARER)
            .collective(true).build();
    private static final Participant NETWORK = Participant.builder().id("network")
            .sphere(Sphere.LIFEWORLD).relation(Relation.of("network", Circle.WIDER))
            .collective(true).build();

    /*
     * The parts of a plan decision that do not change with its date, built once: who takes part at what level, and
     * the plan with its agreements and performers, per intended route and whether the network takes part.
     */
    private static final List<Map<String, ParticipationLevel>> PARTICIPATION = new ArrayList<>();
    private static final List<List<Participant>> PARTICIPANTS = new ArrayList<>();
    private static final List<Plan> PLANS = new ArrayList<>();

    static {
        // in the order of shape(): OLD, DEAD_END, NEW (Route's order), without then with the network
        for (Route intended : new Route[] {Route.OLD, Route.DEAD_END, Route.NEW}) {
            for (boolean networkTakesPart : new boolean[] {false, true}) {
                addShape(intended, networkTakesPart);
            }
        }
    }

    private final Situation situation;
    private final Decision decision;
    private final DecisionClassification classification;
    private final Report report;
    private final boolean regieViolated;
    private final int ruleErrors;

    private PlanDecision(Situation situation, Decision decision) {
        this.situation = situation;
        this.decision = decision;
        this.report = RuleSet.standard().check(situation);
        // the situation has this one decision, which the report has classified already
        this.classification = report.classification().decisions().get(0);
        // read once here, so the weekly loop takes two fields instead of filtering the report
        this.regieViolated = !report.violations(REGIE_RULE).isEmpty();
        this.ruleErrors = report.violations(Severity.ERROR).size();
    }

    /**
     * Builds the plan decision of a simulated case, classifies it and checks it against the standard rules.
     *
     * @param intended the route the case is meant to follow: OLD, DEAD_END or NEW; not null
     * @param networkTakesPart whether any lifeworld member is involved enough to take part
     * @param date the date of the decision, not null
     * @return the decision with its situation, classification and rule report, never null
     * @throws IllegalArgumentException if {@code intended} is {@link Route#UNCLASSIFIED}
     */
    public static PlanDecision make(Route intended, boolean networkTakesPart, LocalDate date) {
        Objects.requireNonNull(intended, "intended");
        Objects.requireNonNull(date, "date");
        if (intended == Route.UNCLASSIFIED) {
            throw new IllegalArgumentException("A simulated case is meant for OLD, DEAD_END or NEW, not " + intended);
        }
        int shape = shape(intended, networkTakesPart);
        Decision decision = Decision.builder().id(DECISION_ID).date(date).putAllParticipation(PARTICIPATION.get(shape))
                .build();
        Situation situation = Situation.builder().id(SITUATION_ID).addAssumption(ASSUMPTION)
                .addAllParticipants(PARTICIPANTS.get(shape)).addDecision(decision).addPlan(PLANS.get(shape)).build();
        return new PlanDecision(situation, decision);
    }

    private static int shape(Route intended, boolean networkTakesPart) {
        return intended.ordinal() * 2 + (networkTakesPart ? 1 : 0);
    }

    private static void addShape(Route intended, boolean networkTakesPart) {
        Map<String, ParticipationLevel> levels = new LinkedHashMap<>();
        levels.put(PROFESSIONAL.id(), ParticipationLevel.CO_DECIDED);
        List<Participant> participants = new ArrayList<>(List.of(FOCUS_PERSON, PROFESSIONAL));
        Agreement.Builder focusPart = Agreement.builder().id("focus-part").decision(DECISION_ID)
                .addPerformer(FOCUS_PERSON.id());
        Participant network = intended == Route.NEW ? NETWORK : FIRST_CIRCLE;
        if (intended == Route.OLD) {
            levels.put(FOCUS_PERSON.id(), ParticipationLevel.CONSULTED);
        } else {
            levels.put(FOCUS_PERSON.id(), ParticipationLevel.CO_DECIDED);
            if (networkTakesPart) {
                participants.add(network);
                levels.put(network.id(),
                        intended == Route.NEW ? ParticipationLevel.CO_DECIDED : ParticipationLevel.INFORMED);
                focusPart.addPerformer(network.id());
            }
        }
        Agreement professionalPart = Agreement.builder().id("professional-part").decision(DECISION_ID)
                .addPerformer(PROFESSIONAL.id()).recordedNeed("need the network does not cover").build();
        PARTICIPATION.add(Collections.unmodifiableMap(levels));
        PARTICIPANTS.add(List.copyOf(participants));
        PLANS.add(Plan.builder().id("plan").owner(FOCUS_PERSON.id())
                .addAgreements(focusPart.build(), professionalPart).build());
    }

    /** @return the situation of the case at this decision, never null */
    public Situation situation() {
        return situation;
    }

    /** @return the decision, never null */
    public Decision decision() {
        return decision;
    }

    /** @return what the classifier says of the decision, never null */
    public DecisionClassification classification() {
        return classification;
    }

    /** @return the classified route, never null */
    public Route route() {
        return classification.route();
    }

    /**
     * Returns what the standard rule set says of the situation at this decision. Its route is the classification's:
     * both come from the same {@link RouteClassifier}.
     *
     * <pre>{@code
     * PlanDecision d = PlanDecision.make(Route.OLD, true, LocalDate.of(2026, 1, 5));
     * d.report().violations("R-01");   // the focus person carries out a plan she was only consulted on
     * }</pre>
     *
     * @return the report of {@link RuleSet#standard()}, never null
     */
    public Report report() {
        return report;
    }

    /** @return whether the report holds a violation of rule R-01 */
    boolean regieViolated() {
        return regieViolated;
    }

    /** @return the number of violations of severity {@link Severity#ERROR} in the report */
    int ruleErrors() {
        return ruleErrors;
    }

    @Override
    public String toString() {
        return "PlanDecision{" + classification + ", " + report + "}";
    }
}
