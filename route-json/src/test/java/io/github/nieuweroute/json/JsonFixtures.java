package io.github.nieuweroute.json;

import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import io.github.nieuweroute.model.Agreement;
import io.github.nieuweroute.model.Decision;
import io.github.nieuweroute.model.Participant;
import io.github.nieuweroute.model.Plan;
import io.github.nieuweroute.model.PlanMeeting;
import io.github.nieuweroute.model.Question;
import io.github.nieuweroute.model.SafetyFrame;
import io.github.nieuweroute.model.Situation;
import io.github.nieuweroute.seed.SeedCase;
import io.github.nieuweroute.seed.SeedCases;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Shared fixtures of the JSON tests: the golden files, the schemas, single-quoted JSON. Public for the tests of
 * {@code route-jackson2}, which run route-json's golden files and malformed-input suite against the Jackson 2 module.
 */
public final class JsonFixtures {

    static final RouteJson JSON = RouteJson.create();

    private static final Schema SCHEMA = loadSchema(RouteJson.openSchema());
    private static final Schema SCHEMA_V1 = loadSchema(RouteJson.openSchema(1));
    private static final Schema REPORT_SCHEMA = loadSchema(RouteJson.openReportSchema());
    private static final Schema RESULT_SCHEMA = loadSchema(RouteJson.openResultSchema());

    private JsonFixtures() {}

    /** @return the seed cases, one golden file each */
    public static List<SeedCase> seedCases() {
        return SeedCases.all();
    }

    /** @return the golden file of a seed case, as text */
    public static String golden(String key) {
        return new String(goldenBytes(key), StandardCharsets.UTF_8);
    }

    /** @return the golden file of a seed case, as bytes */
    public static byte[] goldenBytes(String key) {
        return resource("/golden/" + key + ".json");
    }

    /** @return the format version 1 golden file of a seed case, as text: version 1 is still read */
    public static String goldenV1(String key) {
        return new String(resource("/golden/v1/" + key + ".json"), StandardCharsets.UTF_8);
    }

    /**
     * Returns what a version 1 document can hold of a situation: the situation without the concepts of version 2
     * (meeting kinds, wishes, reasons, question owners, review dates, offers, safety-frame conditions, a participant's
     * employer, load assessments, age band and authority holders; a plan keeps its owner only if it has one).
     *
     * @param s the situation, not null
     * @param assumptions the assumptions to keep, not null
     * @return the situation as version 1 records it, never null
     */
    public static Situation asVersion1(Situation s, List<String> assumptions) {
        List<Question> questions = s.questions().stream().map(q -> Question.builder().id(q.id()).kind(q.kind())
                .form(q.form()).text(q.text()).askedBy(q.askedBy()).date(q.date()).build()).toList();
        List<PlanMeeting> meetings = s.meetings().stream().map(m -> PlanMeeting.builder().id(m.id()).date(m.date())
                .organiser(m.organiser()).facilitator(m.facilitator()).addAllInvited(m.invited())
                .addAllAttended(m.attended()).addAllObjectedTo(m.objectedTo()).addAllPhases(m.phases())
                .unrecordedAttendees(m.unrecordedAttendees()).build()).toList();
        List<Decision> decisions = s.decisions().stream().map(d -> Decision.builder().id(d.id()).date(d.date())
                .subject(d.subject()).meeting(d.meeting()).putAllParticipation(d.participation()).build()).toList();
        List<Plan> plans = s.plans().stream().map(p -> Plan.builder().id(p.id()).owner(p.owner())
                .addAllAgreements(p.agreements().stream().map(JsonFixtures::agreementAsVersion1).toList()).build())
                .toList();
        List<Participant> participants = s.participants().stream().map(p -> Participant.builder().id(p.id())
                .sphere(p.sphere()).name(p.name()).relation(p.relation()).organisation(p.organisation())
                .facilitator(p.facilitator()).collective(p.collective()).build()).toList();
        List<SafetyFrame> frames = s.safetyFrames().stream().map(f -> SafetyFrame.builder().id(f.id())
                .setBy(f.setBy()).date(f.date()).addAllConstraints(f.constraints()).addAllCoveredIds(f.coveredIds())
                .build()).toList();
        return Situation.builder().id(s.id()).description(s.description()).addAllSources(s.sources())
                .addAllAssumptions(assumptions).addAllParticipants(participants).addAllQuestions(questions)
                .addAllMeetings(meetings).addAllDecisions(decisions).addAllPlans(plans)
                .addAllRequests(s.requests()).addAllInformationItems(s.informationItems())
                .addAllExchanges(s.exchanges()).addAllSafetyFrames(frames)
                .addAllEvaluations(s.evaluations()).addAllHandovers(s.handovers())
                .addAllInitiatives(s.initiatives()).build();
    }

    /** Returns an agreement without the fields of version 2 (its offer). */
    private static Agreement agreementAsVersion1(Agreement a) {
        return Agreement.builder().id(a.id()).description(a.description()).decision(a.decision())
                .addAllPerformers(a.performers()).proposer(a.proposer()).recurrence(a.recurrence())
                .recordedNeed(a.recordedNeed()).build();
    }

    /** @return the golden report of a seed case (the standard rule set's), as text */
    public static String goldenReport(String key) {
        return new String(resource("/golden/reports/" + key + ".json"), StandardCharsets.UTF_8);
    }

    private static byte[] resource(String resource) {
        try (InputStream in = JsonFixtures.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("no golden file " + resource);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** @return single-quoted JSON with double quotes, for readable test data */
    public static String json(String singleQuoted) {
        return singleQuoted.replace('\'', '"');
    }

    /** @return the schema errors of a document, empty if it is valid */
    static List<String> schemaErrors(String document) {
        List<Error> errors = SCHEMA.validate(document, InputFormat.JSON);
        return errors.stream().map(Error::toString).collect(Collectors.toList());
    }

    /** @return the format version 1 schema's errors of a document, empty if it is a valid version 1 situation */
    static List<String> schemaErrorsV1(String document) {
        List<Error> errors = SCHEMA_V1.validate(document, InputFormat.JSON);
        return errors.stream().map(Error::toString).collect(Collectors.toList());
    }

    /** @return the report schema's errors of a document, empty if it is a valid report */
    static List<String> reportSchemaErrors(String document) {
        List<Error> errors = REPORT_SCHEMA.validate(document, InputFormat.JSON);
        return errors.stream().map(Error::toString).collect(Collectors.toList());
    }

    /** @return the result schema's errors of a document, empty if it is a valid simulation or sweep result */
    static List<String> resultSchemaErrors(String document) {
        List<Error> errors = RESULT_SCHEMA.validate(document, InputFormat.JSON);
        return errors.stream().map(Error::toString).collect(Collectors.toList());
    }

    private static Schema loadSchema(InputStream schema) {
        try (InputStream in = schema) {
            return SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12).getSchema(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
