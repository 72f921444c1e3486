package io.github.nieuweroute.model;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;

/**
 * A meeting in which the involved discuss and decide a plan (nl: planbijeenkomst; also netwerkgesprek,
 * kringgesprek). "Deze bijeenkomsten zijn het startpunt van de nieuwe werkwijze"
 * ({@code 003_e93a9ba200732857.txt:36}); Esther &amp; Jeffrey's had 32 people ({@code 000_003bca9ac70bd78f.txt:266}),
 * a "kringgesprek met twintig mensen" is the interview's example ({@code 001_efdc3dbc7d93ff68.txt:33}).
 *
 * <p>Records the organiser, the facilitator, who was invited, who attended, whom the focus person objected to (Esther
 * would have left out her ex and the foster parents, {@code 000_003bca9ac70bd78f.txt:268}) and the phases it went
 * through. When the source gives a head count but not every person, {@link #unrecordedAttendees()} holds the rest,
 * so that nobody is invented.
 *
 * <p>Its {@link #kind()} tells a plan meeting of the network from a multidisciplinary consultation of professionals
 * ({@code 000_003bca9ac70bd78f.txt:133}, title only).
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class PlanMeeting {

    PlanMeeting() {}

    /** @return the id, unique in the situation, never null */
    public abstract String id();

    /** @return the date of the meeting, never null */
    public abstract LocalDate date();

    /**
     * Returns the kind of meeting.
     *
     * @return the kind, {@link MeetingKind#PLAN_MEETING} unless recorded otherwise; never null
     */
    @Value.Default
    public MeetingKind kind() {
        return MeetingKind.PLAN_MEETING;
    }

    /** @return the participant who organised it, empty if not recorded */
    public abstract Optional<String> organiser();

    /** @return the participant who facilitated it, empty if none or not recorded */
    public abstract Optional<String> facilitator();

    /** @return the participants invited, never null */
    public abstract Set<String> invited();

    /** @return the participants who attended, never null */
    public abstract Set<String> attended();

    /** @return the participants the focus person objected to having in the meeting, never null */
    public abstract Set<String> objectedTo();

    /** @return the phases the meeting went through, in order, never null */
    public abstract List<MeetingPhase> phases();

    /**
     * Returns how many people attended beyond those in {@link #attended()}: the source counts them but does not
     * describe them.
     *
     * @return zero or more, zero by default
     */
    @Value.Default
    public int unrecordedAttendees() {
        return 0;
    }

    /**
     * Returns the head count: recorded attendees plus unrecorded ones.
     *
     * @return the number of people who attended
     */
    public final int headCount() {
        return attended().size() + unrecordedAttendees();
    }

    /** @return a new builder, never null */
    public static Builder builder() {
        return ImmutablePlanMeeting.builder();
    }

    /** Builds a {@link PlanMeeting}. Not thread-safe. */
    public interface Builder {
        /**
         * @param id not null
         * @return this builder
         */
        Builder id(String id);

        /**
         * @param date not null
         * @return this builder
         */
        Builder date(LocalDate date);

        /**
         * @param kind not null
         * @return this builder
         */
        Builder kind(MeetingKind kind);

        /**
         * @param organiser a participant id, not null
         * @return this builder
         */
        Builder organiser(String organiser);

        /**
         * @param organiser a participant id, not null
         * @return this builder
         */
        Builder organiser(Optional<String> organiser);

        /**
         * @param facilitator a participant id, not null
         * @return this builder
         */
        Builder facilitator(String facilitator);

        /**
         * @param facilitator a participant id, not null
         * @return this builder
         */
        Builder facilitator(Optional<String> facilitator);

        /**
         * @param participant a participant id, not null
         * @return this builder
         */
        Builder addInvited(String participant);

        /**
         * @param participants participant ids, not null
         * @return this builder
         */
        Builder addAllInvited(Iterable<String> participants);

        /**
         * @param participant a participant id, not null
         * @return this builder
         */
        Builder addAttended(String participant);

        /**
         * @param participants participant ids, not null
         * @return this builder
         */
        Builder addAllAttended(Iterable<String> participants);

        /**
         * @param participant a participant id, not null
         * @return this builder
         */
        Builder addObjectedTo(String participant);

        /**
         * @param participants participant ids, not null
         * @return this builder
         */
        Builder addAllObjectedTo(Iterable<String> participants);

        /**
         * @param phase not null
         * @return this builder
         */
        Builder addPhase(MeetingPhase phase);

        /**
         * @param phases not null
         * @return this builder
         */
        Builder addAllPhases(Iterable<? extends MeetingPhase> phases);

        /**
         * @param count zero or more
         * @return this builder
         */
        Builder unrecordedAttendees(int count);

        /**
         * @return the meeting, never null
         * @throws ModelValidationException if a field is missing or malformed
         */
        PlanMeeting build();
    }

    @Value.Check
    void check() {
        String type = "PlanMeeting";
        Checks.id(type, null, "id", id());
        Checks.id(type, id(), "organiser", organiser());
        Checks.id(type, id(), "facilitator", facilitator());
        Checks.ids(type, id(), "invited", invited());
        Checks.ids(type, id(), "attended", attended());
        Checks.ids(type, id(), "objectedTo", objectedTo());
        Checks.value(unrecordedAttendees() >= 0, type, id(), "unrecordedAttendees", "must be zero or more");
    }
}
