package io.github.nieuweroute.route;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RouteTest {

    @Test
    void every_route_has_its_dutch_term() {
        assertThat(Route.OLD.dutchTerm()).isEqualTo("oude route");
        assertThat(Route.DEAD_END.dutchTerm()).isEqualTo("doodlopende route");
        assertThat(Route.NEW.dutchTerm()).isEqualTo("nieuwe route");
        assertThat(Route.UNCLASSIFIED.dutchTerm()).isEqualTo("niet ingedeeld");
    }
}
