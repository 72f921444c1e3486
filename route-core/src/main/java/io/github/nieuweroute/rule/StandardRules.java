package io.github.nieuweroute.rule;

import io.github.nieuweroute.source.Grounding;
import java.util.List;

/**
 * The rules of the standard Nieuwe Route set (nl: standaardregels), each as checkable as the data allows. The ids
 * follow the consolidated rule list of the domain specification; cover the factors that
 * list leaves without an id, R-24 the consent to sharing information, R-25 the client's own wish, R-26 where a
 * plan is decided, R-27 the conditions of a safety frame and R-28 a carer's load. Factor 4 ("Doorbreken van de wederzijdse greep") and factor 8 ("Erkenning geven") have no
 * rule: no case data can check them (see {@code docs/rules.md}).
 *
 * <p>Every rule's {@link Rule#provenance()} says where it comes from: {@link Grounding#DEFINED} where Siegers states
 * the principle, {@link Grounding#TITLE_ONLY} where the rule is our interpretation of a factor she only names,
 * {@link Grounding#OTHER_SOURCE} for Buiting, the professionals' tips and the K2 report (R-16,
 *
 * Severity follows the policy of docs/rules.md: an error only for a direct check of a principle Siegers states or
 * names; a warning for a proxy and for every rule from another source. All rules are stateless and thread-safe; each is linear in the size of the situation.
 */
public final class StandardRules {

    /**
     * R-01, factor 1 "Regie en verantwoordelijkheid zijn gekoppeld" ({@code 000_003bca9ac70bd78f.txt:155}): every
     * focus-person or lifeworld performer of an agreement co-decided the decision that made it; a decision whose
     * deciders perform none of its agreements while focus-person or lifeworld non-deciders are made to (the dead-end
     * pattern, "Regie ligt bij de professional, verantwoordelijkheid voor uitvoering bij het sociaal netwerk",
     * {@code 003_e93a9ba200732857.txt:32}) is reported too; so is a request to help execute or to volunteer made to
     * someone of the focus person or lifeworld who had co-decided nothing by then (the De Vries daughter,
     * {@code 000_003bca9ac70bd78f.txt:207}).
     */
    public static final Rule REGIE_COUPLED_TO_RESPONSIBILITY = new RegieRule();

    /**
     * R-02, factor 10 "Samenbesluiten" ({@code 000_003bca9ac70bd78f.txt:167}): every decision is co-decided by a
     * focus person and by someone of the lifeworld. For a minor focus person, the co-decision of someone who holds parental
     * authority over them counts as the client's say ({@link io.github.nieuweroute.model.Participant#authorityHolders()};
     * a young person depends primarily on the parents, {@code 004_5944939a3c113dbb.txt:2937-2940}).
     */
    public static final Rule DECIDING_TOGETHER = new JointDecisionRule();

    /**
     * R-03, factor 11 "Alle betrokkenen rond de situatie" ({@code 000_003bca9ac70bd78f.txt:169}, interpretation): the
     * network question is not "who can help you?" ({@code 001_efdc3dbc7d93ff68.txt:9}); every plan meeting reaches
     * beyond the first circle of household and carers ({@code 003_e93a9ba200732857.txt:32}).
     */
    public static final Rule ALL_INVOLVED = new AllInvolvedRule();

    /**
     * R-04, factor 6 "Alle informatie met iedereen delen" ({@code 000_003bca9ac70bd78f.txt:163}, interpretation):
     * every plan-relevant information item is known to every participant who attended a plan meeting. Private by
     * default: an item about a person whose consent was never asked is only a prompt to ask it ({@link Severity#INFO});
     * refused consent and a covering safety frame are recorded exemptions.
     */
    public static final Rule INFORMATION_SHARED_WITH_ALL = new InformationSharedRule();

    /**
     * R-05, factor 12 "Herhaling en niet overnemen", not taking over ({@code 000_003bca9ac70bd78f.txt:170},
     * interpretation): no initiative of the focus person or lifeworld is taken over by a professional
     * ({@code 001_efdc3dbc7d93ff68.txt:51}); after the first decision someone of the focus person or lifeworld
     * co-decided, no later decision is made by professionals alone.
     */
    public static final Rule NOT_TAKING_OVER = new NoTakeOverRule();

    /**
     * R-06, factor 12 "Herhaling en niet overnemen", repetition read as joint evaluation
     * ({@code 000_003bca9ac70bd78f.txt:170}, {@code :272}, interpretation): every plan with agreements has an
     * evaluation in which the focus person or the lifeworld took part.
     */
    public static final Rule JOINT_EVALUATION = new JointEvaluationRule();

    /**
     * R-07, process rule: the facilitator of a plan meeting is independent ({@code 000_003bca9ac70bd78f.txt:266},
     * {@code 004_5944939a3c113dbb.txt:4439-4441}), performs no agreement and does not co-decide (our reading of the
     * heading "Blijf uit de inhoud", {@code 000_003bca9ac70bd78f.txt:179}). Independence is derived from the record
     * where it holds the facts: a facilitator whose {@link io.github.nieuweroute.model.Participant#employer()} carries
     * out agreements is not independent; the recorded {@link io.github.nieuweroute.model.FacilitatorRole} is the
     * fallback.
     */
    public static final Rule INDEPENDENT_FACILITATOR = new FacilitatorRule();

    /**
     * R-08, factor 5 "Georganiseerde tegenspraak" ({@code 000_003bca9ac70bd78f.txt:162}, interpretation): a plan
     * meeting that decides has a dissent phase, or someone the focus person objected to attended
     * ({@code 000_003bca9ac70bd78f.txt:268}).
     */
    public static final Rule ORGANISED_DISSENT = new OrganisedDissentRule();

    /**
     * R-09, factor 7 "Circulaire wederkerigheid" ({@code 000_003bca9ac70bd78f.txt:164}, interpretation): the focus
     * persons give as well as receive, and lie on a circle of giving through at least two others (A gives to B, B to
     * C, C to A). Giving and receiving only in direct pairs is reported apart: it is reciprocity, but not circular.
     */
    public static final Rule CIRCULAR_RECIPROCITY = new ReciprocityRule();

    /**
     * R-10 (another source: Buiting, not Siegers), Buiting's "trouwe hulpverlener die blijft meelopen en zo nodig aanvullende expertise [betrekt] in plaats
     * van doorverwijst" ({@code 002_296212247530a523.txt:38}): a handover transfers or refers instead of adding
     * expertise.
     */
    public static final Rule LOYAL_HELPER = new HandoverRule();

    /**
     * R-11, not offer-driven ("Aanbodgericht": "Het mogelijke aanbod is al vooraf bepaald",
     * {@code 000_003bca9ac70bd78f.txt:250}; Buiting's "filter van het bestaande aanbod",
     * {@code 002_296212247530a523.txt:58-60}): a plan whose agreements all record a purchased offer
     * ({@link io.github.nieuweroute.model.OfferKind#PURCHASED}), none tailor-made, informal or collective. That "all"
     * is the threshold is our interpretation (the sources set none). A plan with an agreement whose offer is not
     * recorded is not judged; a safety frame covering one of the plan's agreements or their decisions is a recorded
     * exemption.
     */
    public static final Rule NOT_OFFER_DRIVEN = new OfferDrivenRule();

    /**
     * R-12 (another source: Buiting, not Siegers), decisions "vanuit de bedoeling en níét vanuit
     * systeemwerklijkheden zoals financiële kaders, institutionele en stelselschotten en professionele standaarden"
     * ({@code 002_296212247530a523.txt:38}): a decision whose recorded reasons are all such system realities
     * ({@link io.github.nieuweroute.model.ReasonKind#isSystemReality()}). A decision without recorded reasons is not
     * judged here; a covering safety frame is a recorded exemption.
     */
    public static final Rule REASONS_FROM_THE_PURPOSE = new DecisionReasonsRule();

    /**
     * R-13, "Laat mensen zelf een oplossing aandragen" ({@code 001_efdc3dbc7d93ff68.txt:53}), one of the "Tips van
     * professionals zelf" quoted in the interview, not Siegers' own words: not every recorded
     * proposer of a plan's agreements is a professional.
     */
    public static final Rule OWN_SOLUTIONS = new OwnSolutionsRule();

    /**
     * R-14, process rule "waar nodig" ({@code 001_efdc3dbc7d93ff68.txt:24}): every agreement a professional performs
     * has a recorded need.
     */
    public static final Rule PROFESSIONAL_TASK_HAS_NEED = new RecordedNeedRule();

    /**
     * R-15, owners of the problem and the plan: "de betrokkenen zijn samen eigenaar van het plan in plaats van de
     * hulpverlening" ({@code 001_efdc3dbc7d93ff68.txt:27}): a plan owned by the system world only is an error, a plan
     * with agreements and no recorded owner a warning; a question (problem) whose owners include no client is a
     * warning (the K2 report: the client "de probleemeigenaar is en blijft", {@code 004_5944939a3c113dbb.txt:4207}).
     * A safety frame covering one of the plan's agreements or their decisions is a recorded exemption.
     */
    public static final Rule OWNERS_OF_PROBLEM_AND_PLAN = new OwnershipRule();

    /**
     * R-16, one loket for a household's related questions (another source: the K2 report's picture after the
     * transitions, "de loketmedewerkers van de gemeente [zien en pakken] de verschillende problematieken binnen het
     * gezin in samenhang", Saskia "niet bij twee verschillende loketten hoeft te zijn",
     * {@code 004_5944939a3c113dbb.txt:4283-4290}; table 10, {@code :4328}, {@code :4368-4369}; a warning by the
     * severity policy): the questions about the members of one household were applied for at more than one loket.
     * Reading all questions about one household as related is our interpretation. A safety frame covering one of the
     * questions is a recorded exemption.
     */
    public static final Rule ONE_LOKET_FOR_A_HOUSEHOLD = new OneLoketRule();

    /**
     * R-17, an unmet result has a plan item (another source: the K2 report's "denken in resultaten" with the eight
     * results of the Kanteling, {@code 004_5944939a3c113dbb.txt:2724-2751}, and results "waarover achteraf
     * verantwoording wordt afgelegd", {@code :4280-4281}; a warning by the severity policy): an outcome whose latest
     * assessment finds it not or only partly met, and that no agreement of any plan is meant to achieve. An outcome
     * never assessed is not judged; a safety frame covering the outcome is a recorded exemption.
     */
    public static final Rule UNMET_RESULT_HAS_AGREEMENT = new UnmetOutcomeRule();

    /**
     * R-19, a referral "met toestemming van de cliënt" ({@code 004_5944939a3c113dbb.txt:4412}, the K2 report's pilot,
     * not Siegers; a warning by the severity policy): every referral has recorded consent.
     */
    public static final Rule REFERRAL_WITH_CONSENT = new ReferralConsentRule();

    /**
     * R-20, process rule: a safety frame overrides the ownership and sharing rules where it applies
     * ({@code 000_003bca9ac70bd78f.txt:266}). The rules it overrides record exemptions; this rule checks that every
     * frame names what it covers and records its constraints.
     */
    public static final Rule SAFETY_FRAME_OVERRIDES = new SafetyFrameRule();

    /**
     * R-21, factor 2 "Een meer gelijkwaardig overleg" ({@code 000_003bca9ac70bd78f.txt:158}, interpretation): no plan
     * meeting is attended by professionals only, and nobody of the focus person or lifeworld attends a meeting
     * without co-deciding the decisions taken there.
     */
    public static final Rule MORE_EQUAL_CONSULTATION = new EqualConsultationRule();

    /**
     * R-22, factor 3 "Doorbreken van geheimhouding" ({@code 000_003bca9ac70bd78f.txt:159}, interpretation): no
     * plan-relevant information item is known only inside the system world; with the consent handling of R-04.
     */
    public static final Rule BREAKING_SECRECY = new SecrecyRule();

    /**
     * R-23, factor 9 "Informatie en kennis delen" ({@code 000_003bca9ac70bd78f.txt:166}, interpretation): every
     * plan-relevant knowledge item is known to every focus-person or lifeworld performer of an agreement; with the
     * consent handling of R-04.
     */
    public static final Rule KNOWLEDGE_SHARED = new KnowledgeSharedRule();

    /**
     * R-24, sharing with consent (another source: the one consent passage of the sources is the K2 report's direct
     * referral "met toestemming van de cliënt", {@code 004_5944939a3c113dbb.txt:4412}; reading it for all information,
     * as the AVG asks a basis before sharing, is ours): an information item about a person is not shared with others
     * unless that person's consent is recorded as given. An item only its subject held is theirs to share; a covering
     * safety frame is a recorded exemption.
     */
    public static final Rule SHARING_WITH_CONSENT = new SharingConsentRule();

    /**
     * R-25, the client's own wish (another source for the principle: the K2 report's "mensen eigen keuzes mogen
     * maken", {@code 004_5944939a3c113dbb.txt:2913-2914}; the De Vries case shows a wish set aside with reasons,
     * {@code 000_003bca9ac70bd78f.txt:201}): a decision that does not, or only in part, follow a client's recorded
     * wish records a reason. A covering safety frame is a recorded exemption.
     */
    public static final Rule OWN_WISH_WEIGHED = new OwnWishRule();

    /**
     * R-26, the plan is decided in the plan meeting (interpretation of the heading "Het multidisciplinair overleg",
     * {@code 000_003bca9ac70bd78f.txt:133}, with the K2 report's before-picture "Professionals werken
     * multidisciplinair samen", {@code 004_5944939a3c113dbb.txt:4336-4337}): a decision taken in a multidisciplinary
     * consultation of professionals that makes agreements of a plan. A covering safety frame is a recorded exemption.
     */
    public static final Rule PLAN_DECIDED_IN_PLAN_MEETING = new ConsultationDecisionRule();

    /**
     * R-27, the conditions of a safety frame are kept ({@code 000_003bca9ac70bd78f.txt:266}: Veilig Thuis set limits
     * "zodat iedereen precies wist waar hij aan toe was"; {@code 004_5944939a3c113dbb.txt:2937-2942}; the kinds of
     * condition are our interpretation): no agreement leaves a subject alone with the persons they may not be alone
     * with, or brings them together without a named supervisor, and no decision concerning a subject is taken
     * without the frame's owner where the frame says so. A breach is an error that no coverage exempts: safety
     * outranks ownership, and a frame does not exempt breaking itself.
     */
    public static final Rule SAFETY_FRAME_KEPT = new SafetyConditionRule();

    /**
     * R-28 (another source: the K2 report's "Draaglast en zelfredzaamheid?", {@code 004_5944939a3c113dbb.txt:1131-1150};
     * overload is "de draaglast van iemand groter ... dan de draagkracht"): no agreement is put on a client or a member
     * of the network whose load was last recorded, on or before the agreement's decision, as at or above their
     * capacity ({@link io.github.nieuweroute.model.LoadAssessment}). A covering safety frame is a recorded exemption.
     */
    public static final Rule CARER_NOT_OVERLOADED = new CarerLoadRule();

    private static final List<Rule> ALL = List.of(REGIE_COUPLED_TO_RESPONSIBILITY, DECIDING_TOGETHER, ALL_INVOLVED,
            INFORMATION_SHARED_WITH_ALL, NOT_TAKING_OVER, JOINT_EVALUATION, INDEPENDENT_FACILITATOR,
            ORGANISED_DISSENT, CIRCULAR_RECIPROCITY, LOYAL_HELPER, NOT_OFFER_DRIVEN, REASONS_FROM_THE_PURPOSE,
            OWN_SOLUTIONS, PROFESSIONAL_TASK_HAS_NEED, OWNERS_OF_PROBLEM_AND_PLAN, ONE_LOKET_FOR_A_HOUSEHOLD,
            UNMET_RESULT_HAS_AGREEMENT, REFERRAL_WITH_CONSENT, SAFETY_FRAME_OVERRIDES, MORE_EQUAL_CONSULTATION,
            BREAKING_SECRECY, KNOWLEDGE_SHARED, SHARING_WITH_CONSENT, OWN_WISH_WEIGHED, PLAN_DECIDED_IN_PLAN_MEETING,
            SAFETY_FRAME_KEPT, CARER_NOT_OVERLOADED);

    private StandardRules() {}

    /**
     * Returns every standard rule.
     *
     * @return the rules in id order, never null
     */
    public static List<Rule> all() {
        return ALL;
    }
}
