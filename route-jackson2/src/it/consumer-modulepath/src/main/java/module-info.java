module consumer {
    requires io.github.nieuweroute.json;
    requires io.github.nieuweroute.jackson2;

    exports consumer;
}
