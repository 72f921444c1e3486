package io.github.nieuweroute.bench.rules;

import io.github.nieuweroute.model.Agreement;
import io.github.nieuweroute.model.ConsentStatus;
import io.github.nieuweroute.model.Decision;
import io.github.nieuweroute.model.Evaluation;
import io.github.nieuweroute.model.Exchange;
import io.github.nieuweroute.model.FacilitatorRole;
import io.github.nieuweroute.model.Financier;
import io.github.nieuweroute.model.Household;
import io.github.nieuweroute.model.KantelingResult;
import io.github.nieuweroute.model.LifeDomain;
import io.github.nieuweroute.model.LoadAssessment;
import io.github.nieuweroute.model.LoadBalance;
import io.github.nieuweroute.model.Offer;
import io.github.nieuweroute.model.OfferKind;
import io.github.nieuweroute.model.Outcome;
import io.github.nieuweroute.model.OutcomeAssessment;
import io.github.nieuweroute.model.OutcomeStatus;
import io.github.nieuweroute.model.QuestionKind;
import io.github.nieuweroute.model.SafetyCondition;
import io.github.nieuweroute.model.Scheme;
import io.github.nieuweroute.model.Handover;
import io.github.nieuweroute.model.HandoverKind;
import io.github.nieuweroute.model.InformationItem;
import io.github.nieuweroute.model.InformationKind;
import io.github.nieuweroute.model.Initiative;
import io.github.nieuweroute.model.MeetingKind;
import io.github.nieuweroute.model.MeetingPhase;
import io.github.nieuweroute.model.NetworkQuestionForm;
import io.github.nieuweroute.model.Participant;
import io.github.nieuweroute.model.ParticipationLevel;
import io.github.nieuweroute.model.Plan;
import io.github.nieuweroute.model.PlanMeeting;
import io.github.nieuweroute.model.Question;
import io.github.nieuweroute.model.Reason;
import io.github.nieuweroute.model.ReasonKind;
import io.github.nieuweroute.model.Relation;
import io.github.nieuweroute.model.Request;
import io.github.nieuweroute.model.RequestKind;
import io.github.nieuweroute.model.SafetyFrame;
import io.github.nieuweroute.model.Situation;
import io.github.nieuweroute.model.Sphere;
import io.github.nieuweroute.model.Wish;
import io.github.nieuweroute.model.WishOutcome;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Deterministic synthetic situations of a given number of participants for the benchmarks: every kind of record
 * grows in proportion to the participants (a plan meeting per twenty people, an agreement per five, an information
 * item per ten, about one and a half exchanges per person with giving circles among them), so that the cost per
 * participant can be compared across sizes. The concepts of format version 2 are there too: wishes, reasons, owners,
 * review dates and meeting kinds; offers (with their funders) and outcomes of agreements, the household's questions at their loketten,
 * employers of professionals, carers' load assessments and the safety frame's conditions. Synthetic: no seed case
 * is this large.
 */
public final class GeneratedSituations {

    private static final LocalDate START = LocalDate.of(2020, 1, 1);
    private static final List<Relation> RELATIONS = Relation.predefined();

    private GeneratedSituations() {}

    /**
     * Generates a situation.
     *
     * @param participants the number of participants, at least 10
     * @param seed the random seed
     * @return the situation, never null
     */
    public static Situation generate(int participants, long seed) {
        Random random = new Random(seed);
        // the concepts of format version 2 draw from their own stream, so the records above stay as they were
        Random extra = new Random(seed ^ 0x13L);
        // and the concepts of its second part from a third
        Random more = new Random(seed ^ 0x2BL);
        Situation.Builder b = Situation.builder().id("generated-" + participants);
        List<String> ownSide = new ArrayList<>();
        List<String> pros = new ArrayList<>();
        List<String> all = new ArrayList<>();
        for (int i = 0; i < participants; i++) {
            String id = "p" + i;
            all.add(id);
            if (i < 2) {
                b.addParticipant(Participant.focusPerson(id));
                ownSide.add(id);
            } else if (i % 5 < 3) {
                Relation relation = RELATIONS.get(random.nextInt(RELATIONS.size()));
                if (i % 10 == 2) {
                    // a carer whose load was assessed
                    b.addParticipant(Participant.builder().id(id).sphere(Sphere.LIFEWORLD).relation(relation)
                            .addLoadAssessment(LoadAssessment.of(START.plusDays(more.nextInt(300)),
                                    LoadBalance.values()[more.nextInt(LoadBalance.values().length)])).build());
                } else {
                    b.addParticipant(Participant.lifeworld(id, relation));
                }
                ownSide.add(id);
            } else {
                Participant.Builder p = Participant.builder().id(id).sphere(Sphere.SYSTEM_WORLD).organisation("org")
                        .employer("org-" + more.nextInt(3));
                if (i % 20 == 3) {
                    p.facilitator(random.nextBoolean() ? FacilitatorRole.INDEPENDENT : FacilitatorRole.NOT_INDEPENDENT);
                }
                b.addParticipant(p.build());
                pros.add(id);
            }
        }
        b.addQuestion(Question.network("q0", random.nextBoolean() ? NetworkQuestionForm.WHO_CAN_HELP
                : NetworkQuestionForm.WHO_FINDS_IT_IMPORTANT));
        // the household of the two focus persons and its questions, each at one of a few loketten
        b.addHousehold(Household.of("household", "p0", "p1"));
        for (int q = 1; q <= Math.max(2, participants / 50); q++) {
            b.addQuestion(Question.builder().id("q" + q).kind(QuestionKind.CENTRAL).addAbout("p" + (q % 2))
                    .lifeDomain(LifeDomain.values()[more.nextInt(LifeDomain.values().length)])
                    .scheme(Scheme.values()[more.nextInt(Scheme.values().length)])
                    .financier(Financier.values()[more.nextInt(Financier.values().length)])
                    .loket("loket-" + more.nextInt(3)).build());
        }
        int groups = Math.max(1, participants / 20);
        List<String> decisions = new ArrayList<>();
        List<String> agreements = new ArrayList<>();
        List<String> plans = new ArrayList<>();
        for (int g = 0; g < groups; g++) {
            List<String> members = all.subList(g * participants / groups, (g + 1) * participants / groups);
            LocalDate day = START.plusDays(g % 300);
            String meeting = "m" + g;
            PlanMeeting.Builder m = PlanMeeting.builder().id(meeting).date(day).addAllInvited(members)
                    .addAllAttended(members).addPhase(MeetingPhase.PREPARATION).addPhase(MeetingPhase.DECISION);
            if (g % 2 == 0) {
                m.addPhase(MeetingPhase.DISSENT);
            }
            if (random.nextInt(3) == 0) {
                m.facilitator(pros.get(random.nextInt(pros.size())));
            }
            if (g % 5 == 4) {
                m.kind(MeetingKind.MULTIDISCIPLINARY_CONSULTATION);
            }
            b.addMeeting(m.build());
            String decision = "d" + g;
            Decision.Builder d = Decision.builder().id(decision).date(day).meeting(meeting);
            for (String p : members) {
                d.putParticipation(p, random.nextInt(4) == 0 ? ParticipationLevel.CONSENTED
                        : ParticipationLevel.CO_DECIDED);
            }
            String holder = ownSide.get(extra.nextInt(ownSide.size()));
            d.addWish(Wish.of(holder, members.get(extra.nextInt(members.size())),
                    WishOutcome.values()[extra.nextInt(WishOutcome.values().length)]));
            for (int n = extra.nextInt(3); n > 0; n--) {
                d.addReason(Reason.of(ReasonKind.values()[extra.nextInt(ReasonKind.values().length)],
                        members.get(extra.nextInt(members.size()))));
            }
            b.addDecision(d.build());
            decisions.add(decision);
            Plan.Builder plan = Plan.builder().id("plan" + g).owner("p0").reviewDate(day.plusDays(extra.nextInt(90)));
            if (extra.nextInt(4) == 0) {
                plan.addOwner(pros.get(extra.nextInt(pros.size())));
            }
            String outcome = "o" + g;
            Outcome.Builder o = Outcome.builder().id(outcome).person("p" + more.nextInt(2))
                    .kantelingResult(KantelingResult.values()[more.nextInt(KantelingResult.values().length)]);
            if (more.nextBoolean()) {
                o.addAssessment(OutcomeAssessment.of(day.plusDays(60),
                        OutcomeStatus.values()[more.nextInt(OutcomeStatus.values().length)], "p0"));
            }
            b.addOutcome(o.build());
            for (int k = 0; k < members.size() / 5; k++) {
                String id = "a" + g + "_" + k;
                Agreement.Builder a = Agreement.builder().id(id).decision(decision)
                        .proposer(members.get(random.nextInt(members.size())))
                        .offer(Offer.builder().kind(OfferKind.values()[more.nextInt(OfferKind.values().length)])
                                .funder("org-" + (g + k) % 3).build());
                if (more.nextInt(3) > 0) {
                    a.addOutcome(outcome);
                }
                for (int n = 1 + random.nextInt(3); n > 0; n--) {
                    a.addPerformer(members.get(random.nextInt(members.size())));
                }
                if (random.nextBoolean()) {
                    a.recordedNeed("need");
                }
                plan.addAgreement(a.build());
                agreements.add(id);
            }
            b.addPlan(plan.build());
            plans.add("plan" + g);
            b.addEvaluation(Evaluation.builder().id("e" + g).date(day.plusDays(30)).plan("plan" + g)
                    .addParticipant(members.get(random.nextInt(members.size()))).build());
        }
        for (int i = 0; i < participants / 10; i++) {
            InformationItem.Builder item = InformationItem.builder().id("i" + i)
                    .kind(i % 3 == 0 ? InformationKind.KNOWLEDGE : InformationKind.INFORMATION)
                    .addHolder(pros.get(random.nextInt(pros.size())))
                    .consent(i % 7 == 0 ? ConsentStatus.REFUSED : ConsentStatus.GIVEN)
                    .concerns(ownSide.get(random.nextInt(ownSide.size())));
            for (int k = 0; k < 10; k++) {
                item.addSharedWith(all.get(random.nextInt(participants)));
            }
            b.addInformationItem(item.build());
        }
        int exchanges = 0;
        for (int i = 0; i < participants; i++) {
            int target = (i + 1 + random.nextInt(participants - 1)) % participants;
            b.addExchange(Exchange.of("x" + exchanges++, all.get(i), all.get(target)));
            if (i % 2 == 0) {
                // short giving circles: i gives to i+1, which gives back
                int next = (i + 1) % participants;
                b.addExchange(Exchange.of("x" + exchanges++, all.get(next), all.get(i)));
            }
        }
        for (int i = 0; i < participants / 20; i++) {
            String to = ownSide.get(random.nextInt(ownSide.size()));
            String from = pros.get(random.nextInt(pros.size()));
            b.addRequest(Request.builder().id("r" + i).date(START.plusDays(random.nextInt(400))).from(from).to(to)
                    .kind(RequestKind.values()[random.nextInt(RequestKind.values().length)]).build());
        }
        for (int i = 0; i + 1 < pros.size() && i < participants / 50; i++) {
            b.addHandover(Handover.builder().id("h" + i).date(START.plusDays(i)).from(pros.get(i))
                    .to(pros.get(i + 1)).kind(HandoverKind.values()[i % 3]).build());
            b.addInitiative(Initiative.builder().id("in" + i).owner(ownSide.get(i))
                    .takenOverBy(i % 2 == 0 ? pros.get(i) : ownSide.get(i + 1)).build());
        }
        SafetyFrame.Builder frame = SafetyFrame.builder().id("frame").setBy(pros.get(0)).addConstraint("c")
                .addCondition(SafetyCondition.notAloneWith("p0", pros.get(pros.size() - 1)))
                .addCondition(SafetyCondition.decidedWithFrameOwner("p1"));
        for (int i = 0; i < decisions.size(); i += 10) {
            frame.addCoveredId(decisions.get(i));
        }
        b.addSafetyFrame(frame.build());
        return b.build();
    }
}
