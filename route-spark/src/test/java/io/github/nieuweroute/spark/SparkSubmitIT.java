package io.github.nieuweroute.spark;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.apache.spark.launcher.JavaModuleOptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Submits the {@code -all} jar the way {@code bin/spark-submit} does ({@code spark-submit} is a script that starts
 * {@code org.apache.spark.deploy.SparkSubmit} on Spark's jars), with Spark's jars alone on the class path: to
 * {@code local[2]}, and to a standalone master and worker started on localhost. Runs after {@code package}
 * (failsafe), when the jar exists.
 */
class SparkSubmitIT {

    private static final Path TARGET = Path.of("target");

    private static String sparkClassPath() throws IOException {
        return Files.readString(TARGET.resolve("spark-classpath.txt")).trim();
    }

    private static Path allJar() throws IOException {
        try (Stream<Path> files = Files.list(TARGET)) {
            return files.filter(f -> f.getFileName().toString().matches("route-spark-.*-all\\.jar")).findFirst()
                    .orElseThrow(() -> new IllegalStateException("no -all jar in target/: run after package"));
        }
    }

    /** {@code java} with the options Spark's own launcher adds, Spark's jars on the class path, a main class. */
    private static List<String> java(String mainClass) throws IOException {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(Arrays.asList(JavaModuleOptions.defaultModuleOptionArray()));
        command.add("-Xmx512m");
        command.add("-cp");
        command.add(sparkClassPath());
        command.add(mainClass);
        return command;
    }

    private static Process start(List<String> command, Path log, String... env) throws IOException {
        ProcessBuilder pb = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
        for (int i = 0; i < env.length; i += 2) {
            pb.environment().put(env[i], env[i + 1]);
        }
        return pb.start();
    }

    private static List<String> submit(String master, Path out) throws IOException {
        List<String> command = java("org.apache.spark.deploy.SparkSubmit");
        command.addAll(List.of("--master", master, "--conf", "spark.ui.enabled=false",
                "--conf", "spark.driver.host=localhost", "--conf", "spark.driver.bindAddress=127.0.0.1",
                "--conf", "spark.executor.memory=512m", "--conf", "spark.cores.max=2",
                "--class", SparkRoute.class.getName(), allJar().toString(),
                "sweep", SparkRouteTest.SCENARIO.toString(), out.toString()));
        return command;
    }

    private static int await(Process p, Path log) throws InterruptedException, IOException {
        if (!p.waitFor(5, TimeUnit.MINUTES)) {
            p.destroyForcibly();
            throw new AssertionError("timed out; log:\n" + Files.readString(log));
        }
        return p.exitValue();
    }

    @Test
    void spark_submit_to_local2_writes_the_local_simulators_summary(@TempDir Path dir) throws Exception {
        Path out = dir.resolve("out");
        Path log = dir.resolve("submit.log");

        int status = await(start(submit("local[2]", out), log), log);

        assertThat(status).as("exit status; log:\n%s", Files.readString(log)).isZero();
        assertThat(Files.readAllBytes(out.resolve("small-summary.csv")))
                .isEqualTo(SparkRouteTest.localSummary(SparkRouteTest.SCENARIO, 9));
    }

    @Test
    void spark_submit_to_a_standalone_master_and_worker_on_localhost_writes_the_same_summary(@TempDir Path dir)
            throws Exception {
        // a Spark home whose jars/ holds Spark's jars: the worker builds its executors' class path from it
        Path home = dir.resolve("spark-home");
        Files.createDirectories(home.resolve("jars"));
        for (String jar : sparkClassPath().split(File.pathSeparator)) {
            Path from = Path.of(jar);
            Files.createSymbolicLink(home.resolve("jars").resolve(from.getFileName()), from.toAbsolutePath());
        }
        int port = freePort();
        String master = "spark://127.0.0.1:" + port;
        String[] env = {"SPARK_HOME", home.toString(), "SPARK_SCALA_VERSION", "2.13", "SPARK_LOCAL_IP", "127.0.0.1"};
        List<Process> started = new ArrayList<>();
        try {
            List<String> m = java("org.apache.spark.deploy.master.Master");
            m.addAll(List.of("--host", "127.0.0.1", "--port", String.valueOf(port), "--webui-port", "0"));
            started.add(start(m, dir.resolve("master.log"), env));
            List<String> w = java("org.apache.spark.deploy.worker.Worker");
            w.addAll(List.of(master, "--host", "127.0.0.1", "--cores", "2", "--memory", "1g", "--webui-port", "0",
                    "--work-dir", dir.resolve("work").toString()));
            started.add(start(w, dir.resolve("worker.log"), env));
            Path out = dir.resolve("out");
            Path log = dir.resolve("submit.log");

            int status = await(start(submit(master, out), log, env), log);

            assertThat(status).as("exit status; log:\n%s\nworker:\n%s", Files.readString(log),
                    Files.readString(dir.resolve("worker.log"))).isZero();
            assertThat(Files.readAllBytes(out.resolve("small-summary.csv")))
                    .isEqualTo(SparkRouteTest.localSummary(SparkRouteTest.SCENARIO, 9));
            // the worker started an executor for the application: work/app-.../N/ with the executor's stderr
            try (Stream<Path> files = Files.walk(dir.resolve("work"))) {
                assertThat(files.filter(f -> f.getFileName().toString().equals("stderr"))
                        .map(f -> f.getParent().getParent().getFileName().toString()))
                        .isNotEmpty().allMatch(app -> app.startsWith("app-"));
            }
        } finally {
            for (Process p : started) {
                p.destroy();
            }
            for (Process p : started) {
                if (!p.waitFor(30, TimeUnit.SECONDS)) {
                    p.destroyForcibly();
                }
            }
        }
    }

    private static int freePort() {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
