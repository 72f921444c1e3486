package io.github.nieuweroute.sim;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/**
 * The name and version of this library (nl: bibliotheekversie), which every result file carries so that it says
 * how to reproduce it: the same version, scenario, design and seed give the same numbers.
 *
 * <p>Stateless and thread-safe.
 */
public final class Library {

    /** The Maven coordinates of the module that simulates: {@value}. */
    public static final String NAME = "io.github.nieuweroute:route-core";

    private static final String VERSION = read();

    private Library() {}

    /** @return the version of route-core, such as {@code 0.1.0-SNAPSHOT}, never null */
    public static String version() {
        return VERSION;
    }

    private static String read() {
        try (InputStream in = Library.class.getResourceAsStream("library.properties")) {
            if (in == null) {
                throw new IllegalStateException("library.properties is missing from route-core");
            }
            Properties p = new Properties();
            p.load(in);
            String version = p.getProperty("version", "");
            if (version.isEmpty() || version.startsWith("${")) {
                throw new IllegalStateException("library.properties of route-core holds no version");
            }
            return version;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
