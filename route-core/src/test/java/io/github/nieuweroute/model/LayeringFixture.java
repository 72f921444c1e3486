package io.github.nieuweroute.model;

import io.github.nieuweroute.rule.RuleSet;

/** A class in {@code model} that uses {@code rule}: what {@code LayeringTest} must refuse. Test sources only. */
public final class LayeringFixture {

    private LayeringFixture() {}

    /** @return the standard rules, which a model class must not know */
    public static RuleSet reachUp() {
        return RuleSet.standard();
    }
}
