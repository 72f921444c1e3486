package io.github.nieuweroute.examples;

import java.io.IOException;
import java.nio.file.Path;

/** Lets tests of other packages run the README's sweep script with a cohort of their choice. */
public final class SimulationScriptAccess {

    private SimulationScriptAccess() {}

    public static void run(Path csv, int cohortSize) throws IOException {
        SimulationScript.run(csv, cohortSize);
    }
}
