/**
 * The Nieuwe Route JSON format for Jackson 2 applications: {@link io.github.nieuweroute.jackson2.RouteJackson2Module},
 * a Jackson 2 module that hands its tokens to route-json's reader, so that the format, its limits, its problems and
 * their pointers are defined once, in {@code io.github.nieuweroute.json}.
 */
module io.github.nieuweroute.jackson2 {
    requires transitive io.github.nieuweroute.json;
    requires transitive com.fasterxml.jackson.databind;

    exports io.github.nieuweroute.jackson2;

    provides com.fasterxml.jackson.databind.Module with io.github.nieuweroute.jackson2.RouteJackson2Module;
}
