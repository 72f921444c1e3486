package io.github.nieuweroute.bench.sim;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;

/**
 * Compares builds of the simulation on a shared machine: loads each given {@code benchmarks.jar} in its own class
 * loader, in one JVM, and runs 100,000 cases over 52 weeks on one simulator thread with each build in turn, round
 * after round (the order rotates), timing each run by the CPU time of the calling thread. Other processes then slow
 * all builds alike and take no CPU time from the measured thread, so a difference of a few per cent shows where
 * separate JMH runs on a busy machine disagree by tens of per cent. Prints, per build, the median and quartiles of
 * the case-weeks per CPU-second.
 *
 * <p>Run: {@code java -Xms1g -Xmx1g -cp route-bench/target/benchmarks.jar
 * io.github.nieuweroute.bench.sim.AbProbe POLICY REUSE ROUNDS JAR...}, for instance {@code NEW true 30
 * /tmp/before.jar route-bench/target/benchmarks.jar}. The simulator is reached by reflection through its public API
 * (builders, {@code run}), so any build with that API can be compared.
 */
public final class AbProbe {

    private static final int CASES = 100_000;
    private static final int WEEKS = 52;
    private static final int WARM_UP_ROUNDS = 6;

    private AbProbe() {}

    /** One build: a simulator and a scenario made by its own classes. */
    private static final class Build {
        final String name;
        final Object simulator;
        final Object scenario;
        final Method run;
        final List<Double> rates = new ArrayList<>();

        Build(String jar, String policy, boolean reuse) throws ReflectiveOperationException, java.io.IOException {
            name = jar;
            URL url = Path.of(jar).toUri().toURL();
            ClassLoader loader = new URLClassLoader(new URL[] {url}, ClassLoader.getPlatformClassLoader());
            Class<?> simulatorClass = loader.loadClass("io.github.nieuweroute.sim.Simulator");
            Class<?> simulatorBuilder = loader.loadClass("io.github.nieuweroute.sim.Simulator$Builder");
            Class<?> scenarioClass = loader.loadClass("io.github.nieuweroute.sim.Scenario");
            Class<?> scenarioBuilder = loader.loadClass("io.github.nieuweroute.sim.Scenario$Builder");
            Class<?> policyClass = loader.loadClass("io.github.nieuweroute.sim.RoutePolicy");
            Object b = simulatorClass.getMethod("builder").invoke(null);
            simulatorBuilder.getMethod("threads", int.class).invoke(b, 1);
            simulatorBuilder.getMethod("reusePlanDecisions", boolean.class).invoke(b, reuse);
            simulator = simulatorBuilder.getMethod("build").invoke(b);
            Object s = scenarioClass.getMethod("builder").invoke(null);
            scenarioBuilder.getMethod("name", String.class).invoke(s, "ab");
            scenarioBuilder.getMethod("policy", policyClass)
                    .invoke(s, policyClass.getMethod("valueOf", String.class).invoke(null, policy));
            scenarioBuilder.getMethod("cohortSize", int.class).invoke(s, CASES);
            scenarioBuilder.getMethod("horizonWeeks", int.class).invoke(s, WEEKS);
            scenarioBuilder.getMethod("replications", int.class).invoke(s, 1);
            scenario = scenarioBuilder.getMethod("build").invoke(s);
            run = simulatorClass.getMethod("run", scenarioClass, long.class);
        }
    }

    /**
     * Runs the probe.
     *
     * @param args the route policy (such as {@code NEW}), whether plan decisions are shared ({@code true} or
     *     {@code false}), the number of measured rounds, and two or more jar files
     * @throws Exception if a jar cannot be loaded or a run fails
     */
    public static void main(String[] args) throws Exception {
        if (args.length < 5) {
            System.err.println("usage: AbProbe POLICY REUSE ROUNDS JAR JAR...");
            System.exit(2);
        }
        String policy = args[0];
        boolean reuse = Boolean.parseBoolean(args[1]);
        int rounds = Integer.parseInt(args[2]);
        List<Build> builds = new ArrayList<>();
        for (int i = 3; i < args.length; i++) {
            builds.add(new Build(args[i], policy, reuse));
        }
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        double caseWeeks = (double) CASES * WEEKS;
        long seed = 0;
        for (int round = -WARM_UP_ROUNDS; round < rounds; round++) {
            for (int k = 0; k < builds.size(); k++) {
                Build build = builds.get(Math.floorMod(k + round, builds.size()));
                long cpu0 = threads.getCurrentThreadCpuTime();
                build.run.invoke(build.simulator, build.scenario, seed++);
                double cpu = (threads.getCurrentThreadCpuTime() - cpu0) / 1e9;
                if (round >= 0) {
                    build.rates.add(caseWeeks / cpu / 1e6);
                }
            }
        }
        for (Build build : builds) {
            List<Double> r = build.rates;
            Collections.sort(r);
            System.out.printf(Locale.ROOT,
                    "%s: %s reuse=%s: median %.1f M case-weeks per CPU-second (quartiles %.1f to %.1f, %d runs)%n",
                    build.name, policy, reuse, r.get(r.size() / 2), r.get(r.size() / 4), r.get(3 * r.size() / 4),
                    r.size());
        }
        System.out.printf(Locale.ROOT, "load average at the end: %.2f%n",
                ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
    }
}
