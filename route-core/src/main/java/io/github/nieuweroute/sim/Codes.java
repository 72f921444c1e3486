package io.github.nieuweroute.sim;

import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * The spelling of the simulation's enum constants in scenario files, CSV and JSON: the constant's name in lower case
 * with hyphens for underscores ({@code DEAD_END} is {@code dead-end}). route-json writes the same codes from a table
 * of its own, and a test there checks that the two agree.
 */
final class Codes {

    private Codes() {}

    static String of(Enum<?> constant) {
        return constant.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    static <E extends Enum<E>> Optional<E> byCode(Class<E> type, String code) {
        Objects.requireNonNull(code, "code");
        for (E constant : type.getEnumConstants()) {
            if (of(constant).equals(code)) {
                return Optional.of(constant);
            }
        }
        return Optional.empty();
    }
}
