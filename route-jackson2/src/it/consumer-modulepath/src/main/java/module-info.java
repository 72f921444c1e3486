/** The consumer as a named module: its test is patched into it and runs on the module path. */
module consumer {
    requires io.github.nieuweroute.json;
    requires io.github.nieuweroute.jackson2;
}
