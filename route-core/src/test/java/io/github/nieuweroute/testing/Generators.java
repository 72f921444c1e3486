package io.github.nieuweroute.testing;

import static org.quicktheories.generators.SourceDSL.integers;

import io.github.nieuweroute.model.Agreement;
import io.github.nieuweroute.model.ConsentStatus;
import io.github.nieuweroute.model.Decision;
import io.github.nieuweroute.model.Evaluation;
import io.github.nieuweroute.model.Exchange;
import io.github.nieuweroute.model.Financier;
import io.github.nieuweroute.model.FacilitatorRole;
import io.github.nieuweroute.model.Frequency;
import io.github.nieuweroute.model.Handover;
import io.github.nieuweroute.model.HandoverKind;
import io.github.nieuweroute.model.Household;
import io.github.nieuweroute.model.InformationItem;
import io.github.nieuweroute.model.InformationKind;
import io.github.nieuweroute.model.Initiative;
import io.github.nieuweroute.model.KantelingResult;
import io.github.nieuweroute.model.LifeDomain;
import io.github.nieuweroute.model.MeetingKind;
import io.github.nieuweroute.model.MeetingPhase;
import io.github.nieuweroute.model.NetworkQuestionForm;
import io.github.nieuweroute.model.Offer;
import io.github.nieuweroute.model.OfferKind;
import io.github.nieuweroute.model.Outcome;
import io.github.nieuweroute.model.OutcomeAssessment;
import io.github.nieuweroute.model.OutcomeStatus;
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
import io.github.nieuweroute.model.AgeBand;
import io.github.nieuweroute.model.LoadAssessment;
import io.github.nieuweroute.model.LoadBalance;
import io.github.nieuweroute.model.SafetyCondition;
import io.github.nieuweroute.model.SafetyConditionKind;
import io.github.nieuweroute.model.SafetyFrame;
import io.github.nieuweroute.model.Scheme;
import io.github.nieuweroute.model.Situation;
import io.github.nieuweroute.model.Sphere;
import io.github.nieuweroute.model.Wish;
import io.github.nieuweroute.model.WishOutcome;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.quicktheories.core.Gen;
import org.quicktheories.core.RandomnessSource;

/**
 * The shared QuickTheories generators for the domain types: every module's property tests draw valid situations
 * from here (route-core publishes it in its test-jar).
 *
 * <p>A generated situation has one to three focus persons, lifeworld participants, professionals and sometimes a
 * participant of unknown sphere, and every kind of record with references that resolve and dates in order. Names
 * and free texts are filled in too, so that privacy properties (nothing personal in {@code toString} or messages)
 * can be tested. Draws use only the source QuickTheories passes in, so a failing case replays from its seed.
 */
public final class Generators {

    private static final LocalDate START = LocalDate.of(2015, 1, 1);
    private static final List<Relation> RELATIONS = Relation.predefined();

    private Generators() {}

    /**
     * Generates valid situations of modest size (up to about twenty participants).
     *
     * @return the generator, never null
     */
    public static Gen<Situation> situations() {
        return situations(12);
    }

    /**
     * Generates valid situations with up to {@code maxLifeworld} lifeworld participants.
     *
     * @param maxLifeworld the largest lifeworld, zero or more
     * @return the generator, never null
     */
    public static Gen<Situation> situations(int maxLifeworld) {
        return in -> new Draw(in, null).situation(maxLifeworld);
    }

    /**
     * Generates valid situations in which every free-text field is filled and contains a marker: names,
     * organisations, descriptions, subjects, topics, recorded needs, recurrence rules, questions, constraints,
     * sources and assumptions. A privacy property checks that the marker appears in nothing the library prints.
     *
     * @param marker the text to plant, not blank
     * @return the generator, never null
     */
    public static Gen<Situation> situationsWithFreeText(String marker) {
        return in -> new Draw(in, marker).situation(8);
    }

    /** Draws one situation from a randomness source. */
    private static final class Draw {
        private final RandomnessSource in;
        private final List<String> people = new ArrayList<>();
        private final List<String> professionals = new ArrayList<>();
        private final List<String> focus = new ArrayList<>();
        private final String marker;
        private int serial;

        Draw(RandomnessSource in, String marker) {
            this.in = in;
            this.marker = marker;
        }

        /** A free text: with a marker, always present and carrying it; otherwise as often as {@code percent}. */
        boolean freeText(int percent) {
            return marker != null || chance(percent);
        }

        String text(String prefix) {
            return marker == null ? prefix + " " + serial : prefix + " " + serial + " " + marker;
        }

        int between(int min, int max) {
            return integers().between(min, max).generate(in);
        }

        boolean chance(int percent) {
            return between(1, 100) <= percent;
        }

        <T> T oneOf(List<T> values) {
            return values.get(between(0, values.size() - 1));
        }

        <E extends Enum<E>> E oneOf(Class<E> type) {
            E[] values = type.getEnumConstants();
            return values[between(0, values.length - 1)];
        }

        String id(String prefix) {
            return prefix + "-" + (++serial);
        }

        Set<String> someOf(List<String> ids, int min) {
            Set<String> chosen = new LinkedHashSet<>();
            for (String id : ids) {
                if (chance(50)) {
                    chosen.add(id);
                }
            }
            while (chosen.size() < min && chosen.size() < ids.size()) {
                chosen.add(oneOf(ids));
            }
            return chosen;
        }

        LocalDate date(LocalDate from) {
            return from.plusDays(between(0, 60));
        }

        Situation situation(int maxLifeworld) {
            Situation.Builder b = Situation.builder().id(id("situation"));
            if (freeText(30)) {
                b.description(text("beschrijving"));
            }
            if (marker != null) {
                b.addSource(text("dossier")).addAssumption(text("aanname"));
            }
            int focusCount = between(1, 3);
            for (int i = 0; i < focusCount; i++) {
                String id = id("focus");
                focus.add(id);
                people.add(id);
                b.addParticipant(ageAndAuthority(loadAssessments(Participant.builder().id(id)
                        .sphere(Sphere.FOCUS_PERSON).name(text("Naam " + id)), id), id).build());
            }
            int lifeworld = between(0, maxLifeworld);
            for (int i = 0; i < lifeworld; i++) {
                String id = id("lifeworld");
                people.add(id);
                b.addParticipant(loadAssessments(Participant.builder().id(id).sphere(Sphere.LIFEWORLD)
                        .name(text("Naam " + id))
                        .relation(chance(80) ? java.util.Optional.of(oneOf(RELATIONS)) : java.util.Optional.empty())
                        .collective(chance(10)), id).build());
            }
            int pros = between(0, 5);
            for (int i = 0; i < pros; i++) {
                String id = id("pro");
                people.add(id);
                professionals.add(id);
                Participant.Builder p = Participant.builder().id(id).sphere(Sphere.SYSTEM_WORLD)
                        .organisation(marker == null ? "organisatie " + between(1, 3) : text("organisatie"));
                if (marker != null) {
                    p.name(text("Naam " + id));
                }
                if (chance(20)) {
                    p.facilitator(oneOf(FacilitatorRole.class));
                }
                employer(p, id);
                b.addParticipant(p.build());
            }
            if (chance(20)) {
                String id = id("unknown");
                people.add(id);
                Participant.Builder p = Participant.builder().id(id).sphere(Sphere.UNKNOWN).name(text("Naam " + id));
                employer(p, id);
                b.addParticipant(p.build());
            }
            List<String> questions = questions(b);
            households(b);
            LocalDate day = START;
            List<String> meetings = new ArrayList<>();
            List<LocalDate> meetingDates = new ArrayList<>();
            int meetingCount = between(0, 2);
            for (int i = 0; i < meetingCount; i++) {
                day = date(day);
                String id = id("meeting");
                meetings.add(id);
                meetingDates.add(day);
                PlanMeeting.Builder m = PlanMeeting.builder().id(id).date(day)
                        .addAllInvited(someOf(people, 0)).addAllAttended(someOf(people, 1))
                        .unrecordedAttendees(between(0, 3));
                if (chance(50)) {
                    m.organiser(oneOf(people));
                }
                if (chance(40)) {
                    m.facilitator(oneOf(people));
                }
                if (chance(30)) {
                    m.addObjectedTo(oneOf(people));
                }
                for (int k = between(0, 3); k > 0; k--) {
                    m.addPhase(oneOf(MeetingPhase.class));
                }
                if (chance(25)) {
                    m.kind(MeetingKind.MULTIDISCIPLINARY_CONSULTATION);
                }
                b.addMeeting(m.build());
            }
            List<String> decisions = new ArrayList<>();
            int decisionCount = between(0, 3);
            for (int i = 0; i < decisionCount; i++) {
                Decision.Builder d = Decision.builder().id(id("decision"));
                if (!meetings.isEmpty() && chance(60)) {
                    int k = between(0, meetings.size() - 1);
                    d.meeting(meetings.get(k));
                    day = meetingDates.get(k).isAfter(day) ? meetingDates.get(k) : day;
                }
                day = date(day);
                d.date(day);
                for (String p : someOf(people, 0)) {
                    d.putParticipation(p, oneOf(ParticipationLevel.class));
                }
                if (freeText(30)) {
                    d.subject(text("onderwerp"));
                }
                for (int k = between(0, 2); k > 0; k--) {
                    String holder = chance(70) ? oneOf(focus) : oneOf(people);
                    Wish.Builder w = Wish.builder().holder(holder).conveyedBy(chance(50) ? holder : oneOf(people))
                            .outcome(oneOf(WishOutcome.class));
                    if (freeText(30)) {
                        w.text(text("wens"));
                    }
                    d.addWish(w.build());
                }
                for (int k = between(0, 2); k > 0; k--) {
                    Reason.Builder r = Reason.builder().kind(oneOf(ReasonKind.class)).givenBy(oneOf(people));
                    if (freeText(30)) {
                        r.text(text("reden"));
                    }
                    d.addReason(r.build());
                }
                Decision decision = d.build();
                decisions.add(decision.id());
                b.addDecision(decision);
            }
            List<String> outcomes = outcomes(b, day);
            List<String> plans = new ArrayList<>();
            List<String> agreements = new ArrayList<>();
            if (!decisions.isEmpty()) {
                int planCount = between(1, 2);
                for (int i = 0; i < planCount; i++) {
                    Plan.Builder p = Plan.builder().id(id("plan"));
                    if (chance(50)) {
                        p.owner(oneOf(focus));
                    }
                    if (chance(30)) {
                        p.addAllOwners(someOf(chance(50) ? professionals : people, 1));
                    }
                    if (chance(40)) {
                        p.reviewDate(day.plusDays(between(-30, 120)));
                    }
                    for (int k = between(0, 3); k > 0; k--) {
                        String agreementId = id("agreement");
                        Agreement.Builder a = Agreement.builder().id(agreementId).decision(oneOf(decisions))
                                .addAllPerformers(someOf(people, 1));
                        if (chance(50)) {
                            a.proposer(oneOf(people));
                        }
                        if (marker != null) {
                            a.recurrence(Recurrence.of(oneOf(Frequency.class), text("elke vrijdag")));
                        } else if (chance(30)) {
                            a.recurrence(Recurrence.of(oneOf(Frequency.class)));
                        }
                        if (freeText(30)) {
                            a.recordedNeed(text("nodig omdat"));
                        }
                        if (freeText(50)) {
                            a.description(text("afspraak"));
                        }
                        if (chance(60)) {
                            a.offer(offer(day, agreementId));
                        }
                        if (!outcomes.isEmpty() && chance(50)) {
                            a.addAllOutcomes(someOf(outcomes, 1));
                        }
                        Agreement agreement = a.build();
                        agreements.add(agreement.id());
                        p.addAgreement(agreement);
                    }
                    Plan plan = p.build();
                    plans.add(plan.id());
                    b.addPlan(plan);
                }
            }
            List<String> items = new ArrayList<>();
            for (int i = between(0, 3); i > 0; i--) {
                InformationItem.Builder item = InformationItem.builder().id(id("info"))
                        .kind(oneOf(InformationKind.class)).addAllHolders(someOf(people, 1))
                        .addAllSharedWith(someOf(people, 0)).consent(oneOf(ConsentStatus.class))
                        .planRelevant(chance(80));
                if (chance(70)) {
                    item.concerns(oneOf(people));
                }
                if (freeText(50)) {
                    item.topic(text("onderwerp"));
                }
                InformationItem built = item.build();
                items.add(built.id());
                b.addInformationItem(built);
            }
            if (people.size() >= 2) {
                for (int i = between(0, 4); i > 0; i--) {
                    String giver = oneOf(people);
                    String receiver = oneOf(people);
                    if (!giver.equals(receiver)) {
                        b.addExchange(Exchange.builder().id(id("exchange")).giver(giver).receiver(receiver)
                                .what(text("hulp")).build());
                    }
                }
                for (int i = between(0, 2); i > 0; i--) {
                    String from = oneOf(people);
                    String to = oneOf(people);
                    if (!from.equals(to)) {
                        Request.Builder r = Request.builder().id(id("request")).date(date(day)).from(from).to(to)
                                .kind(oneOf(RequestKind.class));
                        if (marker != null) {
                            r.description(text("verzoek"));
                        }
                        b.addRequest(r.build());
                    }
                }
            }
            if (professionals.size() >= 2 && chance(40)) {
                String from = professionals.get(0);
                String to = professionals.get(1);
                Handover.Builder h = Handover.builder().id(id("handover")).date(date(day)).from(from).to(to)
                        .kind(oneOf(HandoverKind.class));
                if (chance(50)) {
                    h.consent(oneOf(ConsentStatus.class));
                }
                b.addHandover(h.build());
            }
            List<String> coverable = new ArrayList<>(decisions);
            coverable.addAll(agreements);
            coverable.addAll(items);
            coverable.addAll(outcomes);
            coverable.addAll(questions);
            SafetyFrame.Builder frame = null;
            if (chance(30)) {
                frame = SafetyFrame.builder().id(id("frame")).setBy(oneOf(people)).addConstraint(text("kader"));
                if (!coverable.isEmpty()) {
                    frame.addAllCoveredIds(someOf(coverable, 1));
                }
            }
            if (!plans.isEmpty() && chance(50)) {
                b.addEvaluation(Evaluation.builder().id(id("evaluation")).date(day.plusDays(between(0, 90)))
                        .plan(oneOf(plans)).addAllParticipants(someOf(people, 1)).build());
            }
            if (chance(40)) {
                String owner = oneOf(people);
                Initiative.Builder i = Initiative.builder().id(id("initiative")).owner(owner)
                        .date(START.plusDays(between(0, 30)));
                if (marker != null) {
                    i.description(text("initiatief"));
                }
                String other = oneOf(people);
                if (chance(50) && !other.equals(owner)) {
                    i.takenOverBy(other).takenOverOn(START.plusDays(between(31, 90)));
                }
                b.addInitiative(i.build());
            }
            if (frame != null) {
                // conditions come from their own stream, seeded by what was drawn, so that drawing them leaves the
                // draws of every later situation (and the examples docs/messages.md shows) as they were
                java.util.SplittableRandom own = new java.util.SplittableRandom(31L * serial + people.size());
                for (int c = own.nextInt(3); c > 0; c--) {
                    frame.addCondition(safetyCondition(own));
                }
                b.addSafetyFrame(frame.build());
            }
            return b.build();
        }

        /**
         * An offer, purchased half of the time (so that plans of purchased offers only occur), with or without its
         * catalogue item and contract period; half of the time with a funder, one of the three organisations that
         * employ participants, drawn from a stream of its own seeded by the agreement's id (the other draws stay as
         * they were).
         */
        Offer offer(LocalDate day, String agreement) {
            Offer.Builder o;
            if (chance(50)) {
                o = Offer.builder().kind(oneOf(OfferKind.class));
            } else {
                o = Offer.builder().kind(OfferKind.PURCHASED);
                if (chance(50)) {
                    o.catalogueItem(id("product"));
                }
                if (chance(50)) {
                    LocalDate start = day.minusDays(between(0, 365));
                    o.contractStart(start).contractEnd(start.plusDays(between(0, 730)));
                }
            }
            java.util.SplittableRandom own = new java.util.SplittableRandom(31L * agreement.hashCode() + 7);
            if (own.nextBoolean()) {
                o.funder("org-" + (1 + own.nextInt(3)));
            }
            return o.build();
        }

        /** Outcomes for the focus persons (or no one recorded), some assessed, some more than once on one day. */
        List<String> outcomes(Situation.Builder b, LocalDate day) {
            List<String> ids = new ArrayList<>();
            for (int i = between(0, 3); i > 0; i--) {
                Outcome.Builder o = Outcome.builder().id(id("outcome"));
                if (chance(70)) {
                    o.person(oneOf(focus));
                }
                if (chance(50)) {
                    o.kantelingResult(oneOf(KantelingResult.class));
                }
                if (freeText(40)) {
                    o.description(text("resultaat"));
                }
                LocalDate assessed = day;
                for (int k = between(0, 3); k > 0; k--) {
                    assessed = assessed.plusDays(between(0, 1) * between(1, 60));
                    o.addAssessment(OutcomeAssessment.builder().date(assessed).status(oneOf(OutcomeStatus.class))
                            .addAllAssessedWith(someOf(people, 0)).build());
                }
                Outcome outcome = o.build();
                ids.add(outcome.id());
                b.addOutcome(outcome);
            }
            return ids;
        }

        /** A household of some of the focus persons, sometimes with lifeworld members, half of the time. */
        void households(Situation.Builder b) {
            if (chance(50)) {
                Set<String> members = someOf(focus, 1);
                if (chance(30)) {
                    members.addAll(someOf(people, 0));
                }
                b.addHousehold(Household.builder().id(id("household")).addAllMembers(members).build());
            }
        }

        /**
         * Gives a participant an employer half of the time, one of three organisations, from a stream of its own
         * seeded by the id, so that the draws of everything else stay as they were.
         */
        void employer(Participant.Builder p, String id) {
            java.util.SplittableRandom own = new java.util.SplittableRandom(id.hashCode());
            if (own.nextBoolean()) {
                p.employer("org-" + (1 + own.nextInt(3)));
            }
        }

        /**
         * Gives a client or network member up to two load assessments a third of the time, around the first dates of
         * the situation's decisions, from a stream of its own seeded by the id (the other draws stay as they were);
         * the assessor, when there is one, is the person themself, since the participants after them are not drawn yet.
         */
        Participant.Builder loadAssessments(Participant.Builder p, String id) {
            java.util.SplittableRandom own = new java.util.SplittableRandom(31L * id.hashCode() + 7);
            if (own.nextInt(3) == 0) {
                LoadBalance[] balances = LoadBalance.values();
                for (int k = 1 + own.nextInt(2); k > 0; k--) {
                    LoadAssessment.Builder a = LoadAssessment.builder().date(START.plusDays(own.nextInt(90)))
                            .balance(balances[own.nextInt(balances.length)]);
                    if (own.nextBoolean()) {
                        a.assessedBy(id); // their own assessment
                    }
                    p.addLoadAssessment(a.build());
                }
            }
            return p;
        }

        /**
         * Gives a client an age band half of the time and, when a minor, sometimes the clients drawn before as
         * holders of parental authority (a household's parent), from a stream of its own seeded by the id.
         */
        Participant.Builder ageAndAuthority(Participant.Builder p, String id) {
            java.util.SplittableRandom own = new java.util.SplittableRandom(17L * id.hashCode() + 3);
            if (own.nextBoolean()) {
                AgeBand band = own.nextBoolean() ? AgeBand.MINOR : AgeBand.ADULT;
                p.ageBand(band);
                for (String earlier : focus) {
                    if (band == AgeBand.MINOR && !earlier.equals(id) && own.nextBoolean()) {
                        p.addAuthorityHolders(earlier);
                    }
                }
            }
            return p;
        }

        /** A safety condition of any kind over the people drawn so far; supervisors and persons never overlap. */
        SafetyCondition safetyCondition(java.util.SplittableRandom own) {
            String subject = people.get(own.nextInt(people.size()));
            List<String> others = new ArrayList<>(people);
            others.remove(subject);
            SafetyConditionKind[] kinds = SafetyConditionKind.values();
            SafetyConditionKind kind = others.isEmpty() ? SafetyConditionKind.DECIDED_WITH_FRAME_OWNER
                    : kinds[own.nextInt(kinds.length)];
            SafetyCondition.Builder c = SafetyCondition.builder().kind(kind).subject(subject);
            if (kind == SafetyConditionKind.DECIDED_WITH_FRAME_OWNER) {
                return c.build();
            }
            if (kind == SafetyConditionKind.SUPERVISED_CONTACT && others.size() >= 2) {
                c.addSupervisors(others.remove(own.nextInt(others.size())));
            } else {
                c.kind(SafetyConditionKind.NOT_ALONE_WITH);
            }
            c.addPersons(others.remove(own.nextInt(others.size())));
            for (String other : others) {
                if (own.nextInt(4) == 0) {
                    c.addPersons(other);
                }
            }
            return c.build();
        }

        List<String> questions(Situation.Builder b) {
            List<String> ids = new ArrayList<>();
            for (int i = between(0, 3); i > 0; i--) {
                QuestionKind kind = oneOf(QuestionKind.class);
                Question.Builder q = Question.builder().id(id("question")).kind(kind);
                if (kind == QuestionKind.NETWORK) {
                    q.form(oneOf(NetworkQuestionForm.class));
                }
                if (freeText(50)) {
                    q.text(text("vraag"));
                }
                if (chance(50)) {
                    q.askedBy(oneOf(people));
                }
                if (chance(40)) {
                    q.addAllOwners(someOf(people, 1));
                }
                if (chance(60)) {
                    q.addAllAbout(someOf(focus, 1));
                }
                if (chance(40)) {
                    q.lifeDomain(oneOf(LifeDomain.class));
                }
                if (chance(40)) {
                    q.scheme(oneOf(Scheme.class));
                }
                if (chance(30)) {
                    q.financier(oneOf(Financier.class));
                }
                if (chance(60)) {
                    q.loket("loket-" + between(1, 3));
                }
                Question question = q.build();
                ids.add(question.id());
                b.addQuestion(question);
            }
            return ids;
        }
    }
}
