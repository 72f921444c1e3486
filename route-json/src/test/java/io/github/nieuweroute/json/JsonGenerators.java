package io.github.nieuweroute.json;

import static org.quicktheories.generators.SourceDSL.integers;

import io.github.nieuweroute.model.Agreement;
import io.github.nieuweroute.model.Exchange;
import io.github.nieuweroute.model.Frequency;
import io.github.nieuweroute.model.Plan;
import io.github.nieuweroute.model.Recurrence;
import io.github.nieuweroute.model.Situation;
import io.github.nieuweroute.testing.Generators;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;
import org.quicktheories.core.Gen;
import org.quicktheories.core.RandomnessSource;

/**
 * The generators of route-json's property tests: the core's shared valid situations, with free text that is hard
 * to encode (quotes, backslashes, control characters, non-ASCII, characters beyond the BMP) and the optional
 * fields the shared generator leaves out filled in at random.
 */
final class JsonGenerators {

    private static final List<String> FRAGMENTS = List.of("a", "Zoë", "\"", "\\", "\n", "\t", "\u0000", "\u001f",
            "€", "\uD83D\uDE00", "/", "</script>", "\u2028", " ", "ß", "'", "{}", "[1]", "null", "\u00a0");

    private JsonGenerators() {}

    /** @return valid situations with hard free text and more optional fields */
    static Gen<Situation> situations() {
        Gen<Situation> base = Generators.situations();
        return in -> enrich(base.generate(in), in);
    }

    private static Situation enrich(Situation s, RandomnessSource in) {
        Situation.Builder b = Situation.builder().id(s.id()).addAllSources(s.sources())
                .addAllAssumptions(s.assumptions()).addAllParticipants(s.participants())
                .addAllQuestions(s.questions()).addAllMeetings(s.meetings()).addAllDecisions(s.decisions())
                .addAllRequests(s.requests()).addAllInformationItems(s.informationItems())
                .addAllSafetyFrames(s.safetyFrames()).addAllEvaluations(s.evaluations())
                .addAllHandovers(s.handovers()).addAllInitiatives(s.initiatives()).addAllOutcomes(s.outcomes())
                .addAllHouseholds(s.households());
        if (chance(in, 50)) {
            b.description(text(in));
        }
        if (chance(in, 30)) {
            b.addSource(text(in));
        }
        b.addAllPlans(s.plans().stream().map(p -> plan(p, in)).collect(Collectors.toList()));
        b.addAllExchanges(s.exchanges().stream().map(e -> exchange(e, in)).collect(Collectors.toList()));
        return b.build();
    }

    private static Plan plan(Plan p, RandomnessSource in) {
        return Plan.builder().id(p.id()).addAllOwners(p.owners()).reviewDate(p.reviewDate())
                .addAllAgreements(p.agreements().stream().map(a -> agreement(a, in)).collect(Collectors.toList()))
                .build();
    }

    private static Agreement agreement(Agreement a, RandomnessSource in) {
        Agreement.Builder b = Agreement.builder().id(a.id()).decision(a.decision()).addAllPerformers(a.performers())
                .proposer(a.proposer()).recordedNeed(a.recordedNeed()).recurrence(a.recurrence())
                .description(a.description());
        if (chance(in, 40)) {
            Frequency[] frequencies = Frequency.values();
            b.recurrence(Recurrence.of(frequencies[between(in, 0, frequencies.length - 1)], text(in)));
        }
        if (chance(in, 40)) {
            b.description(text(in));
        }
        return b.build();
    }

    private static Exchange exchange(Exchange e, RandomnessSource in) {
        Exchange.Builder b = Exchange.builder().id(e.id()).giver(e.giver()).receiver(e.receiver()).what(e.what())
                .date(e.date());
        if (chance(in, 50)) {
            b.date(LocalDate.of(between(in, 1900, 2100), between(in, 1, 12), between(in, 1, 28)));
        }
        if (chance(in, 50)) {
            b.what(text(in));
        }
        return b.build();
    }

    private static String text(RandomnessSource in) {
        StringBuilder t = new StringBuilder("t");
        for (int i = between(in, 0, 8); i > 0; i--) {
            t.append(FRAGMENTS.get(between(in, 0, FRAGMENTS.size() - 1)));
        }
        return t.toString();
    }

    private static boolean chance(RandomnessSource in, int percent) {
        return between(in, 1, 100) <= percent;
    }

    private static int between(RandomnessSource in, int min, int max) {
        return integers().between(min, max).generate(in);
    }
}
