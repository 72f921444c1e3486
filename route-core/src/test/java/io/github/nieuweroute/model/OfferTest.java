package io.github.nieuweroute.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.nieuweroute.model.ModelValidationException.Problem;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class OfferTest {

    private static final LocalDate START = LocalDate.of(2016, 1, 1);
    private static final LocalDate END = LocalDate.of(2016, 12, 31);

    private static void assertInvalid(Offer.Builder builder, String field, Problem problem) {
        assertThatThrownBy(builder::build).isInstanceOfSatisfying(ModelValidationException.class, e -> {
            assertThat(e.objectType()).isEqualTo("Offer");
            assertThat(e.field()).isEqualTo(field);
            assertThat(e.problem()).isEqualTo(problem);
        });
    }

    @Test
    void a_purchased_offer_keeps_its_catalogue_item_and_contract_period() {
        Offer o = Offer.builder().kind(OfferKind.PURCHASED).catalogueItem("wmo-begeleiding").contractStart(START)
                .contractEnd(END).build();

        assertThat(o.kind()).isEqualTo(OfferKind.PURCHASED);
        assertThat(o.catalogueItem()).contains("wmo-begeleiding");
        assertThat(o.contractStart()).contains(START);
        assertThat(o.contractEnd()).contains(END);
        assertThat(Offer.of(OfferKind.INFORMAL).catalogueItem()).isEmpty();
    }

    @Test
    void a_contract_of_one_day_is_allowed_but_not_one_that_ends_before_it_starts() {
        assertThat(Offer.builder().kind(OfferKind.PURCHASED).contractStart(START).contractEnd(START).build()
                .contractEnd()).contains(START);
        assertInvalid(Offer.builder().kind(OfferKind.PURCHASED).contractStart(START).contractEnd(START.minusDays(1)),
                "contractEnd", Problem.DATE_ORDER);
    }

    @Test
    void only_a_purchased_offer_has_a_catalogue_item_or_contract_period() {
        for (OfferKind kind : new OfferKind[] {OfferKind.TAILOR_MADE, OfferKind.INFORMAL, OfferKind.COLLECTIVE}) {
            assertInvalid(Offer.builder().kind(kind).catalogueItem("p1"), "catalogueItem", Problem.INVALID_VALUE);
            assertInvalid(Offer.builder().kind(kind).contractStart(START), "contractStart", Problem.INVALID_VALUE);
            assertInvalid(Offer.builder().kind(kind).contractEnd(END), "contractStart", Problem.INVALID_VALUE);
        }
    }

    @Test
    void a_catalogue_item_has_the_form_of_an_id() {
        assertInvalid(Offer.builder().kind(OfferKind.PURCHASED).catalogueItem("bad id"), "catalogueItem",
                Problem.INVALID_ID);
    }

    @Test
    void an_agreement_carries_its_offer() {
        Agreement a = Agreement.builder().id("a").decision("d").addPerformer("p").offer(Offer.of(OfferKind.COLLECTIVE))
                .build();

        assertThat(a.offer()).contains(Offer.of(OfferKind.COLLECTIVE));
        assertThat(Agreement.builder().id("a").decision("d").addPerformer("p").build().offer()).isEmpty();
    }

    @Test
    void any_kind_of_offer_may_name_its_funder_as_an_id() {
        for (OfferKind kind : OfferKind.values()) {
            assertThat(Offer.builder().kind(kind).funder("municipality").build().funder()).contains("municipality");
        }
        assertThat(Offer.of(OfferKind.PURCHASED).funder()).isEmpty();
        assertInvalid(Offer.builder().kind(OfferKind.PURCHASED).funder("the municipality"), "funder",
                Problem.INVALID_ID);
    }
}
