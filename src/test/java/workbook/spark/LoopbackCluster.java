package workbook.spark;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * A real Spark standalone cluster on this machine, for tests: a master and some workers, each
 * its own JVM, run from the jars on the test class path (no Spark download): a folder used as
 * SPARK_HOME whose {@code jars/} links them. Everything binds to 127.0.0.1. The master's and
 * the workers' web UIs cannot be switched off in Spark 4.2 (their {@code onStart} always binds
 * one; {@code spark.ui.enabled} is the driver's): they bind to 127.0.0.1 (SPARK_LOCAL_IP), the
 * workers' on a port the system picks, the master's on a free port chosen here, whose JSON
 * status tells when the workers have registered. The master's REST submission server is off. {@link #close} stops every process started, the
 * executors the workers started included; a shutdown hook does the same if the test JVM ends first.
 */
final class LoopbackCluster implements AutoCloseable {
    private static final String LOOPBACK = "127.0.0.1";

    private final Path home;
    private final int masterPort;
    private final int masterUiPort;
    private final List<Process> daemons = new ArrayList<>();
    private final Set<ProcessHandle> started = new LinkedHashSet<>();   // daemons and their children, as seen
    private final Thread onExit = new Thread(this::stopAll, "loopback-cluster-stop");

    private LoopbackCluster(Path home, int masterPort, int masterUiPort) {
        this.home = home;
        this.masterPort = masterPort;
        this.masterUiPort = masterUiPort;
    }

    /** Starts a master and {@code workers} workers of one core each under {@code home}; returns once all have registered. */
    static LoopbackCluster start(Path home, int workers) throws IOException, InterruptedException {
        var cluster = new LoopbackCluster(home, freePort(), freePort());
        Runtime.getRuntime().addShutdownHook(cluster.onExit);
        try {
            cluster.linkJars();
            cluster.daemons.add(cluster.launch("master", List.of("org.apache.spark.deploy.master.Master",
                    "--host", LOOPBACK, "--port", String.valueOf(cluster.masterPort),
                    "--webui-port", String.valueOf(cluster.masterUiPort))));
            cluster.awaitMaster(Duration.ofSeconds(90));
            for (int i = 1; i <= workers; i++) {
                Path work = Files.createDirectories(cluster.workDir(i));
                cluster.daemons.add(cluster.launch("worker" + i, List.of("org.apache.spark.deploy.worker.Worker",
                        "--host", LOOPBACK, "--port", "0", "--webui-port", "0", "--cores", "1", "--memory", "1g",
                        "--work-dir", work.toString(), cluster.masterUrl())));
            }
            cluster.awaitWorkers(workers, Duration.ofSeconds(120));
            return cluster;
        } catch (IOException | InterruptedException | RuntimeException | Error e) {
            cluster.close();
            throw e;
        }
    }

    String masterUrl() {
        return "spark://" + LOOPBACK + ":" + masterPort;
    }

    Path home() {
        return home;
    }

    /** Where worker {@code i} (from 1) keeps its executors' folders: {@code app-ID/EXECUTOR/}. */
    Path workDir(int i) {
        return home.resolve("work" + i);
    }

    /** The executor folders worker {@code i} made, one per executor it started. */
    List<Path> executorFolders(int i) throws IOException {
        Path work = workDir(i);
        if (!Files.isDirectory(work)) {
            return List.of();
        }
        try (Stream<Path> found = Files.find(work, 2, (path, attributes) ->
                attributes.isDirectory() && path.getParent().getFileName().toString().startsWith("app-"))) {
            return found.sorted().toList();
        }
    }

    /** Every process the cluster started that is still alive: daemons and the executors they started. */
    List<ProcessHandle> alive() {
        remember();
        return started.stream().filter(ProcessHandle::isAlive).toList();
    }

    /** The logs of the daemons and of their executors, for a failing test's message. */
    String logs() {
        var text = new StringBuilder();
        try (Stream<Path> files = Files.walk(home)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".log") || f.getFileName().toString().equals("stderr")).sorted().toList()) {
                List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
                text.append("\n--- ").append(home.relativize(file)).append('\n')
                        .append(String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size())));
            }
        } catch (IOException | UncheckedIOException e) {
            text.append("\n(logs unreadable: ").append(e.getMessage()).append(')');
        }
        return text.toString();
    }

    @Override
    public void close() {
        stopAll();
        try {
            Runtime.getRuntime().removeShutdownHook(onExit);
        } catch (IllegalStateException e) {
            // the JVM is shutting down: the hook runs anyway
        }
    }

    /**
     * Workers first (a worker that gets SIGTERM kills its executors), then the master; whatever
     * is left after a grace period, executors included, is killed.
     */
    private synchronized void stopAll() {
        remember();
        for (Process daemon : daemons.reversed()) {
            daemon.destroy();
            try {
                daemon.waitFor(15, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        for (ProcessHandle process : started) {
            process.destroyForcibly();
        }
        for (ProcessHandle process : started) {
            try {
                process.onExit().get(10, TimeUnit.SECONDS);
            } catch (Exception e) {
                // reported by alive()
            }
        }
    }

    /** Adds the daemons' children (executors) to the processes to stop, while their parents live. */
    private synchronized void remember() {
        for (Process daemon : daemons) {
            started.add(daemon.toHandle());
            daemon.descendants().forEach(started::add);
        }
    }

    private Process launch(String name, List<String> mainAndArgs) throws IOException {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(Driver.JVM_OPTIONS);
        command.addAll(List.of("-Xmx256m", "-Dspark.master.rest.enabled=false",
                "-cp", home.resolve("jars") + File.separator + "*"));
        command.addAll(mainAndArgs);
        var builder = new ProcessBuilder(command)
                .directory(home.toFile())
                .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")))
                .redirectOutput(home.resolve(name + ".out.log").toFile())
                .redirectError(home.resolve(name + ".err.log").toFile());
        Map<String, String> env = builder.environment();
        env.keySet().removeIf(key -> key.startsWith("SPARK_"));
        env.put("SPARK_HOME", home.toString());
        env.put("SPARK_LOCAL_IP", LOOPBACK);              // every socket, web UIs included, on loopback
        env.put("SPARK_SCALA_VERSION", "2.13");           // else executors fail: "Cannot find any build directories"
        env.put("JAVA_HOME", System.getProperty("java.home"));   // the JDK the workers start executors with
        env.put("SPARK_LOCAL_DIRS", home.resolve("local").toString());   // executors' scratch space, not /tmp
        Process process = builder.start();
        started.add(process.toHandle());
        return process;
    }

    /** SPARK_HOME/jars: a link to every jar on the test class path, Spark's and its dependencies'. */
    private void linkJars() throws IOException {
        Path jars = Files.createDirectories(home.resolve("jars"));
        String classPath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        for (String entry : classPath.split(File.pathSeparator)) {
            Path jar = Path.of(entry);
            Path link = jars.resolve(jar.getFileName().toString());
            if (entry.endsWith(".jar") && Files.isRegularFile(jar) && !Files.exists(link)) {
                Files.createSymbolicLink(link, jar.toAbsolutePath());
            }
        }
    }

    private void awaitMaster(Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        Process master = daemons.getFirst();
        while (true) {
            try (Socket socket = new Socket()) {
                socket.connect(new InetSocketAddress(LOOPBACK, masterPort), 1_000);
                return;
            } catch (IOException notYet) {
                if (!master.isAlive()) {
                    throw new IllegalStateException("the master ended with code " + master.exitValue() + logs());
                }
                if (System.nanoTime() > deadline) {
                    throw new IllegalStateException("the master did not listen within " + timeout.toSeconds() + " s" + logs());
                }
                Thread.sleep(200);
            }
        }
    }

    /** Polls the master's JSON status until {@code count} workers are alive. */
    private void awaitWorkers(int count, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        var request = HttpRequest.newBuilder(URI.create("http://" + LOOPBACK + ":" + masterUiPort + "/json/"))
                .timeout(Duration.ofSeconds(5)).build();
        String status = "";
        try (HttpClient http = HttpClient.newHttpClient()) {
            while (System.nanoTime() < deadline) {
                try {
                    status = http.send(request, HttpResponse.BodyHandlers.ofString()).body();
                    Matcher alive = ALIVE_WORKERS.matcher(status);
                    if (alive.find() && Integer.parseInt(alive.group(1)) >= count) {
                        return;
                    }
                } catch (IOException notYet) {
                    status = notYet.toString();
                }
                for (Process daemon : daemons) {
                    if (!daemon.isAlive()) {
                        throw new IllegalStateException("a cluster process ended with code " + daemon.exitValue() + logs());
                    }
                }
                Thread.sleep(250);
            }
        }
        throw new IllegalStateException(count + " workers did not register within " + timeout.toSeconds()
                + " s; the master says: " + status + logs());
    }

    private static final Pattern ALIVE_WORKERS = Pattern.compile("\"aliveworkers\"\\s*:\\s*(\\d+)");

    static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getByName(LOOPBACK))) {
            return socket.getLocalPort();
        }
    }
}
