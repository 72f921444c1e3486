package io.github.nieuweroute.rule;

import static io.github.nieuweroute.rule.RuleFixtures.AUNT;
import static io.github.nieuweroute.rule.RuleFixtures.COACH;
import static io.github.nieuweroute.rule.RuleFixtures.FOCUS;
import static io.github.nieuweroute.rule.RuleFixtures.NEIGHBOUR;
import static io.github.nieuweroute.rule.RuleFixtures.PARTNER;
import static io.github.nieuweroute.rule.RuleFixtures.WORKER;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.nieuweroute.model.ConsentStatus;
import io.github.nieuweroute.model.InformationItem;
import io.github.nieuweroute.model.Participant;
import io.github.nieuweroute.model.PlanMeeting;
import io.github.nieuweroute.model.Relation;
import io.github.nieuweroute.model.Situation;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class InformationSharedRuleTest {

    private static final Rule RULE = StandardRules.INFORMATION_SHARED_WITH_ALL;

    private static final InformationItem HALF_SHARED = halfShared(ConsentStatus.NOT_ASKED);

    private static InformationItem halfShared(ConsentStatus consent) {
        return InformationItem.builder().id("i2").addHolder(WORKER).concerns(FOCUS).addSharedWith(FOCUS)
                .addSharedWith(PARTNER).consent(consent).build();
    }

    @Test
    void item_known_to_every_meeting_participant_passes() {
        assertThat(RULE.check(RuleFixtures.clean()).violations()).isEmpty();
    }

    @Test
    void item_shared_with_consent_but_not_with_all_participants_names_who_lacks_it() {
        Situation s = RuleFixtures.builder().addInformationItem(halfShared(ConsentStatus.GIVEN)).build();

        assertThat(RULE.check(s).violations()).singleElement().satisfies(v -> {
            assertThat(v.messageKey()).isEqualTo("R-04.not-shared");
            assertThat(v.severity()).isEqualTo(Severity.ERROR);
            assertThat(v.arguments()).containsExactly("i2", "3", "6");
            assertThat(v.evidence().participants()).containsExactly(AUNT, COACH, NEIGHBOUR);
            assertThat(v.evidence().ids(EvidenceKind.INFORMATION_ITEM)).containsExactly("i2");
        });
    }

    @Test
    void item_about_a_person_never_asked_for_consent_is_only_a_prompt_to_ask_not_an_error() {
        // private by default: nobody asked the person it concerns, so not sharing it was right
        Situation s = RuleFixtures.builder().addInformationItem(HALF_SHARED).build();

        assertThat(RULE.check(s).violations()).singleElement().satisfies(v -> {
            assertThat(v.messageKey()).isEqualTo("R-04.ask-consent");
            assertThat(v.severity()).isEqualTo(Severity.INFO);
            assertThat(v.arguments()).containsExactly("i2", "3", "6");
            assertThat(v.evidence().participants()).containsExactly(AUNT, COACH, FOCUS, NEIGHBOUR);
        });
    }

    @Test
    void item_about_no_one_person_needs_no_consent_and_is_an_error_when_not_shared() {
        Situation s = RuleFixtures.builder().addInformationItem(InformationItem.builder().id("i2").addHolder(WORKER)
                .addSharedWith(FOCUS).build()).build();

        assertThat(RULE.check(s).violations()).singleElement().satisfies(v -> {
            assertThat(v.messageKey()).isEqualTo("R-04.not-shared");
            assertThat(v.severity()).isEqualTo(Severity.ERROR);
        });
    }

    @Test
    void item_not_relevant_to_the_plan_is_not_checked() {
        Situation s = RuleFixtures.builder().addInformationItem(InformationItem.builder().id("i2").addHolder(WORKER)
                .planRelevant(false).build()).build();

        assertThat(RULE.check(s).violations()).isEmpty();
    }

    @Test
    void refused_consent_is_a_recorded_exception_not_a_violation() {
        Situation s = RuleFixtures.builder().addInformationItem(halfShared(ConsentStatus.REFUSED)).build();

        RuleResult result = RULE.check(s);

        assertThat(result.violations()).isEmpty();
        assertThat(result.exemptions()).singleElement().satisfies(e -> {
            assertThat(e.basis()).isEqualTo(ExemptionBasis.CONSENT_REFUSED);
            assertThat(e.evidence().participants()).contains(FOCUS);
        });
    }

    @Test
    void safety_frame_over_the_item_is_a_recorded_exception() {
        Situation s = RuleFixtures.builder().addInformationItem(HALF_SHARED)
                .addSafetyFrame(RuleFixtures.frameOver("i2"))
                .build();

        RuleResult result = RULE.check(s);

        assertThat(result.violations()).isEmpty();
        assertThat(result.exemptions()).extracting(Exemption::basis).containsExactly(ExemptionBasis.SAFETY_FRAME);
    }

    @Test
    void evidence_lists_at_most_twenty_missing_participants_but_counts_them_all() {
        Situation.Builder b = RuleFixtures.builder();
        List<String> many = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            String id = String.format("friend%02d", i);
            many.add(id);
            b.addParticipant(Participant.lifeworld(id, Relation.FRIEND));
        }
        Situation s = b.addMeeting(PlanMeeting.builder().id("m2").date(RuleFixtures.DAY).addAllAttended(many).build())
                .build();

        assertThat(RULE.check(s).violations()).hasSize(2).allSatisfy(v -> {
            assertThat(v.severity()).isEqualTo(Severity.ERROR);
            assertThat(v.arguments().get(1)).isEqualTo("30");
            assertThat(v.evidence().participants()).hasSize(20).containsExactlyElementsOf(many.subList(0, 20));
        });
    }
}
