/**
 * The seed cases as runnable programs and the {@code route} command-line tool.
 */
module io.github.nieuweroute.examples {
    requires io.github.nieuweroute.core;
    requires info.picocli;
    requires java.xml;

    exports io.github.nieuweroute.examples;
    exports io.github.nieuweroute.examples.cases;
    exports io.github.nieuweroute.examples.cli;
    exports io.github.nieuweroute.examples.render;
    opens io.github.nieuweroute.examples.cli to info.picocli;
}
