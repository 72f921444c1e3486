package io.github.nieuweroute.sim;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CodesTest {

    @Test
    void every_policy_and_group_has_a_lower_case_hyphenated_code_that_finds_it_again() {
        assertThat(RoutePolicy.DEAD_END.code()).isEqualTo("dead-end");
        assertThat(RoutePolicy.TRANSITION_FROM_OLD.code()).isEqualTo("transition-from-old");
        assertThat(RouteGroup.ALL.code()).isEqualTo("all");
        for (RoutePolicy p : RoutePolicy.values()) {
            assertThat(p.code()).matches("[a-z]+(-[a-z]+)*");
            assertThat(RoutePolicy.byCode(p.code())).contains(p);
        }
        for (RouteGroup g : RouteGroup.values()) {
            assertThat(g.code()).matches("[a-z]+(-[a-z]+)*");
            assertThat(RouteGroup.byCode(g.code())).contains(g);
        }
        assertThat(RoutePolicy.byCode("DEAD_END")).isEmpty();
        assertThat(RoutePolicy.byCode("dead_end")).isEmpty();
    }

    @Test
    void the_library_knows_its_version() {
        assertThat(Library.version()).matches("\\d+\\.\\d+\\.\\d+.*");
    }
}
