/**
 * The Nieuwe Route domain core: immutable value types for a situation and everyone in it, the route classifier,
 * and the seed cases from the sources. Its only runtime dependency is slf4j-api.
 */
module io.github.nieuweroute.core {
    requires static org.immutables.value.annotations;
    requires org.slf4j;

    exports io.github.nieuweroute.model;
    exports io.github.nieuweroute.route;
    exports io.github.nieuweroute.rule;
    exports io.github.nieuweroute.effect;
    exports io.github.nieuweroute.seed;
    exports io.github.nieuweroute.sim;
    exports io.github.nieuweroute.source;
    exports io.github.nieuweroute.design;
}
