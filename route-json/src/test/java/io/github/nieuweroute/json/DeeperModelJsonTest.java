package io.github.nieuweroute.json;

import static io.github.nieuweroute.json.JsonFixtures.JSON;
import static io.github.nieuweroute.json.JsonFixtures.json;
import static io.github.nieuweroute.json.JsonFixtures.schemaErrors;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.nieuweroute.json.RouteJsonException.Problem;
import io.github.nieuweroute.model.Offer;
import io.github.nieuweroute.model.OfferKind;
import io.github.nieuweroute.model.Situation;
import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/**
 * The fields of format version 2 for offers, outcomes, and life domains, schemes, loketten and
 * households: read, written back, refused with a pointer, and described by the schema.
 */
class DeeperModelJsonTest {

    private static final String PARTICIPANTS = "'participants':[{'id':'p1','sphere':'focus-person'},"
            + "{'id':'p2','sphere':'lifeworld'}]";
    private static final String DECISION = "'decisions':[{'id':'d','date':'2026-01-05'}]";

    private static String withAgreement(int version, String agreementFields) {
        return json("{'formatVersion':" + version + ",'id':'s1'," + PARTICIPANTS + "," + DECISION
                + ",'plans':[{'id':'plan','agreements':[{'id':'a','decision':'d','performers':['p2']"
                + agreementFields + "}]}]}");
    }

    private static void assertRefused(String document, Problem problem, String pointer) {
        assertThatThrownBy(() -> JSON.readSituation(document)).isInstanceOfSatisfying(RouteJsonException.class,
                e -> {
                    assertThat(e.problem()).isEqualTo(problem);
                    assertThat(e.pointer()).isEqualTo(pointer);
                });
    }

    // -- offers

    @Test
    void a_contract_ending_before_it_starts_is_refused_at_the_offer_though_the_schema_cannot_tell() {
        String document = withAgreement(2,
                ",'offer':{'kind':'purchased','contractStart':'2026-02-01','contractEnd':'2026-01-31'}");

        assertRefused(document, Problem.INVALID_MODEL, "/plans/0/agreements/0/offer/contractEnd");
        assertThat(schemaErrors(document)).isEmpty();
    }

    @Test
    void an_offer_reads_with_its_catalogue_item_and_contract_period_and_writes_back() {
        String document = withAgreement(2, ",'offer':{'kind':'purchased','catalogueItem':'wmo-hh',"
                + "'contractStart':'2026-01-01','contractEnd':'2026-12-31'}");

        Situation s = JSON.readSituation(document);

        assertThat(s.plans().get(0).agreements().get(0).offer()).contains(Offer.builder().kind(OfferKind.PURCHASED)
                .catalogueItem("wmo-hh").contractStart(LocalDate.of(2026, 1, 1))
                .contractEnd(LocalDate.of(2026, 12, 31)).build());
        assertThat(JSON.readSituation(JSON.writeSituation(s))).isEqualTo(s);
        assertThat(schemaErrors(document)).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"purchased", "tailor-made", "informal", "collective"})
    void every_offer_kind_reads_and_is_valid_by_the_schema(String kind) {
        String document = withAgreement(2, ",'offer':{'kind':'" + kind + "'}");

        assertThat(JSON.readSituation(document).plans().get(0).agreements().get(0).offer()).isPresent();
        assertThat(schemaErrors(document)).isEmpty();
    }

    @Test
    void an_offer_in_a_version_1_document_is_an_unknown_field_with_its_pointer() {
        assertRefused(withAgreement(1, ",'offer':{'kind':'informal'}"), Problem.UNKNOWN_FIELD,
                "/plans/0/agreements/0/offer");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "catalogue item of an informal offer | {'kind':'informal','catalogueItem':'p'} | INVALID_MODEL",
        "contract period of a collective offer | {'kind':'collective','contractStart':'2026-01-01'} | INVALID_MODEL",
        "unknown kind | {'kind':'bought'} | INVALID_VALUE",
        "no kind | {'catalogueItem':'p'} | MISSING_FIELD",
        "unknown field | {'kind':'purchased','price':3} | UNKNOWN_FIELD",
    })
    void a_malformed_offer_is_refused_by_reader_and_schema_at_the_offer(String label, String offer, String problem) {
        String document = withAgreement(2, ",'offer':" + offer);

        assertThatThrownBy(() -> JSON.readSituation(document)).isInstanceOfSatisfying(RouteJsonException.class,
                e -> {
                    assertThat(e.problem()).isEqualTo(Problem.valueOf(problem));
                    assertThat(e.pointer()).startsWith("/plans/0/agreements/0/offer");
                });
        assertThat(schemaErrors(document)).as(label).isNotEmpty();
    }
}
