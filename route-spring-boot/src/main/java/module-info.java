/**
 * Spring Boot 3.5 and 4 support of the Nieuwe Route library: auto-configuration of the JSON module, the standard rule
 * set as a bean, and problem details for invalid input. Spring's jars are automatic modules.
 */
module io.github.nieuweroute.spring {
    requires transitive io.github.nieuweroute.json;
    requires static io.github.nieuweroute.jackson2;
    requires org.slf4j;
    requires spring.beans;
    requires spring.boot.autoconfigure;
    requires spring.context;
    requires spring.core;
    requires spring.web;

    exports io.github.nieuweroute.spring;

    // Spring creates the configuration and the handler reflectively
    opens io.github.nieuweroute.spring to spring.core, spring.beans, spring.context;
}
