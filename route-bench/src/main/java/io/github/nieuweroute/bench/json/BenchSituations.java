package io.github.nieuweroute.bench.json;

import io.github.nieuweroute.model.Agreement;
import io.github.nieuweroute.model.AgeBand;
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
import io.github.nieuweroute.model.SafetyCondition;
import io.github.nieuweroute.model.SafetyConditionKind;
import io.github.nieuweroute.model.SafetyFrame;
import io.github.nieuweroute.model.Scheme;
import io.github.nieuweroute.model.ConsentStatus;
import io.github.nieuweroute.model.Decision;
import io.github.nieuweroute.model.Evaluation;
import io.github.nieuweroute.model.Exchange;
import io.github.nieuweroute.model.Frequency;
import io.github.nieuweroute.model.InformationItem;
import io.github.nieuweroute.model.MeetingKind;
import io.github.nieuweroute.model.NetworkQuestionForm;
import io.github.nieuweroute.model.Participant;
import io.github.nieuweroute.model.ParticipationLevel;
import io.github.nieuweroute.model.Plan;
import io.github.nieuweroute.model.PlanMeeting;
import io.github.nieuweroute.model.Question;
import io.github.nieuweroute.model.QuestionKind;
import io.github.nieuweroute.model.Reason;
import io.github.nieuweroute.model.ReasonKind;
import io.github.nieuweroute.model.Recurrence;
import io.github.nieuweroute.model.Relation;
import io.github.nieuweroute.model.Request;
import io.github.nieuweroute.model.RequestKind;
import io.github.nieuweroute.model.Situation;
import io.github.nieuweroute.model.Sphere;
import io.github.nieuweroute.model.Wish;
import io.github.nieuweroute.model.WishOutcome;
import io.github.nieuweroute.seed.SeedCases;
import java.time.LocalDate;
import java.util.List;
import java.util.Random;

/** The situations the JSON benchmarks read and write, made deterministically. */
public final class BenchSituations {

    private BenchSituations() {}

    /**
     * Returns a benchmark situation by name.
     *
     * @param name {@code esther-and-jeffrey} (the seed case) or {@code generated-1000} (1,000 participants)
     * @return the situation, never null
     */
    public static Situation byName(String name) {
        switch (name) {
            case "esther-and-jeffrey":
                return SeedCases.estherAndJeffrey().situation();
            case "generated-1000":
                return large(1000, 42);
            default:
                throw new IllegalArgumentException("no benchmark situation " + name);
        }
    }

    /**
     * Makes a large situation: one focus person, lifeworld participants and professionals, meetings (every fifth a
     * multidisciplinary consultation), decisions with a participation level for ten participants each, the focus
     * person's wish and up to two reasons, plans with owners, a review date and agreements, a network question with
     * its owners, requests, information items and exchanges, all in proportion to the number of participants: the
     * records of format version 2 included.
     *
     * @param participants the number of participants, at least 10
     * @param seed the random seed
     * @return the situation, never null
     */
    public static Situation large(int participants, long seed) {
        Random random = new Random(seed);
        // the records of format version 2 draw from their own stream, so the records above stay as they were
        Random extra = new Random(seed ^ 0x13L);
        LocalDate day = LocalDate.of(2020, 1, 6);
        Situation.Builder b = Situation.builder().id("generated-" + participants)
                .description("Een gegenereerde situatie met " + participants + " betrokkenen")
                .addSource("generated").addAssumption("All records are synthetic.");
        String[] ids = new String[participants];
        List<Relation> relations = Relation.predefined();
        for (int i = 0; i < participants; i++) {
            ids[i] = "p-" + i;
            Participant.Builder p = Participant.builder().id(ids[i]).name("Persoon " + i);
            if (i == 0) {
                p.sphere(Sphere.FOCUS_PERSON);
            } else if (i % 10 < 7) {
                p.sphere(Sphere.LIFEWORLD).relation(relations.get(random.nextInt(relations.size())));
            } else {
                p.sphere(Sphere.SYSTEM_WORLD).organisation("organisatie " + (i % 7)).name(java.util.Optional.empty())
                        .employer("org-" + (i % 7));
            }
            if (i % 10 == 3) {
                p.addLoadAssessment(LoadAssessment.builder().date(day.plusDays(i % 90))
                        .balance(LoadBalance.values()[i % LoadBalance.values().length]).assessedBy(ids[i]).build());
            }
            if (i == 1) {
                p.ageBand(AgeBand.MINOR).addAuthorityHolders(ids[0]);
            }
            b.addParticipant(p.build());
        }
        b.addQuestion(Question.builder().id("q-0").kind(QuestionKind.NETWORK)
                .form(NetworkQuestionForm.WHO_FINDS_IT_IMPORTANT).text("Wie vindt het belangrijk dat deze situatie"
                        + " verbetert?").addOwner(ids[0]).addOwner(ids[1]).build());
        for (int q = 1; q <= participants / 100; q++) {
            b.addQuestion(Question.builder().id("q-" + q).kind(QuestionKind.CENTRAL).addAbout(ids[q % 2])
                    .lifeDomain(LifeDomain.values()[q % LifeDomain.values().length])
                    .scheme(Scheme.values()[q % Scheme.values().length])
                    .financier(Financier.values()[q % Financier.values().length]).loket("loket-" + (q % 3)).build());
        }
        b.addHousehold(Household.of("household", ids[0], ids[1]));
        int outcomes = participants / 50;
        for (int o = 0; o < outcomes; o++) {
            b.addOutcome(Outcome.builder().id("o-" + o).person(ids[0])
                    .kantelingResult(KantelingResult.values()[o % KantelingResult.values().length])
                    .description("resultaat " + o).addAssessment(OutcomeAssessment.builder().date(day.plusDays(o))
                            .status(OutcomeStatus.values()[o % OutcomeStatus.values().length])
                            .addAssessedWith(ids[0], ids[1 + o]).build()).build());
        }
        int meetings = participants / 20;
        for (int m = 0; m < meetings; m++) {
            PlanMeeting.Builder meeting = PlanMeeting.builder().id("m-" + m).date(day.plusDays(7L * m))
                    .organiser(ids[7]).facilitator(ids[8]);
            if (m % 5 == 4) {
                meeting.kind(MeetingKind.MULTIDISCIPLINARY_CONSULTATION);
            }
            for (int k = 0; k < 8; k++) {
                String id = ids[random.nextInt(participants)];
                meeting.addInvited(id).addAttended(id);
            }
            b.addMeeting(meeting.build());
        }
        int decisions = participants / 5;
        ParticipationLevel[] levels = ParticipationLevel.values();
        for (int d = 0; d < decisions; d++) {
            Decision.Builder decision = Decision.builder().id("d-" + d).date(day.plusDays(7L * meetings + d))
                    .subject("besluit " + d).putParticipation(ids[0], ParticipationLevel.CO_DECIDED);
            if (meetings > 0) {
                decision.meeting("m-" + (d % meetings));
            }
            for (int k = 0; k < 9; k++) {
                decision.putParticipation(ids[1 + random.nextInt(participants - 1)],
                        levels[random.nextInt(levels.length)]);
            }
            decision.addWish(Wish.builder().holder(ids[0]).conveyedBy(ids[1 + extra.nextInt(participants - 1)])
                    .outcome(WishOutcome.values()[extra.nextInt(WishOutcome.values().length)])
                    .text("wens " + d).build());
            for (int n = extra.nextInt(3); n > 0; n--) {
                decision.addReason(Reason.builder().kind(ReasonKind.values()[extra.nextInt(ReasonKind.values().length)])
                        .givenBy(ids[extra.nextInt(participants)]).text("reden " + d).build());
            }
            b.addDecision(decision.build());
        }
        int plans = participants / 20;
        for (int p = 0; p < plans; p++) {
            Plan.Builder plan = Plan.builder().id("plan-" + p).addOwner(ids[0])
                    .reviewDate(day.plusDays(7L * meetings + extra.nextInt(365)));
            if (extra.nextInt(4) == 0) {
                plan.addOwner(ids[1 + extra.nextInt(participants - 1)]);
            }
            for (int a = 0; a < 4; a++) {
                Agreement.Builder agreement = Agreement.builder().id("a-" + p + "-" + a)
                        .decision("d-" + random.nextInt(decisions)).addPerformers(ids[random.nextInt(participants)])
                        .proposer(ids[0]).description("afspraak " + a).recurrence(Recurrence.of(Frequency.WEEKLY));
                if (a == 0) {
                    agreement.offer(Offer.builder().kind(OfferKind.PURCHASED).catalogueItem("product-" + p)
                            .contractStart(day).contractEnd(day.plusYears(1)).funder("org-" + (p % 7)).build());
                } else {
                    agreement.offer(Offer.of(OfferKind.values()[a % OfferKind.values().length]));
                }
                if (outcomes > 0) {
                    agreement.addOutcome("o-" + (p % outcomes));
                }
                plan.addAgreement(agreement.build());
            }
            b.addPlan(plan.build());
        }
        for (int r = 0; r < participants / 10; r++) {
            b.addRequest(Request.builder().id("r-" + r).date(day.plusDays(r)).from(ids[0]).to(ids[1 + r])
                    .kind(RequestKind.values()[r % RequestKind.values().length]).build());
        }
        for (int i = 0; i < participants / 10; i++) {
            b.addInformationItem(InformationItem.builder().id("i-" + i).topic("onderwerp " + i).concerns(ids[0])
                    .addHolders(ids[1 + i]).addSharedWith(ids[0]).consent(ConsentStatus.GIVEN).build());
        }
        for (int e = 0; e < participants / 2; e++) {
            b.addExchange(Exchange.builder().id("e-" + e).giver(ids[1 + e]).receiver(ids[0]).what("hulp " + e)
                    .date(day.plusDays(e)).build());
        }
        b.addSafetyFrame(SafetyFrame.builder().id("frame").setBy(ids[7]).addConstraint("afspraken met Veilig Thuis")
                .addCoveredId("d-0").addCondition(SafetyCondition.notAloneWith(ids[0], ids[2]))
                .addCondition(SafetyCondition.decidedWithFrameOwner(ids[0]))
                .addCondition(SafetyCondition.builder().kind(SafetyConditionKind.SUPERVISED_CONTACT).subject(ids[1])
                        .addPersons(ids[3]).addSupervisors(ids[4]).build()).build());
        if (plans > 0) {
            b.addEvaluation(Evaluation.builder().id("ev-0").date(day.plusYears(2)).plan("plan-0")
                    .addParticipants(ids[0], ids[1]).build());
        }
        return b.build();
    }
}
