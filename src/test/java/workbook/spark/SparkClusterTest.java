package workbook.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import workbook.perfect.PerfectNumbers;
import workbook.scripts.Script;

/**
 * A real standalone cluster on loopback, a master and two workers, each its own JVM; the job
 * sent to it as a reader would, {@code ./jbang perfect-spark --master spark://127.0.0.1:PORT},
 * and from this JVM through {@link SparkWay}. Every process the cluster started is gone at the end.
 */
@Timeout(value = 6, unit = TimeUnit.MINUTES)
class SparkClusterTest {
    private static final List<String> BELOW_10000 = List.of(
            "6 is a Perfect number", "28 is a Perfect number", "496 is a Perfect number", "8128 is a Perfect number");

    private static Path home;                           // not a @TempDir: JUnit warns for every link out of it
    private static LoopbackCluster cluster;

    @BeforeAll
    static void startCluster() throws Exception {
        home = Files.createTempDirectory("workbook-spark-cluster-");
        cluster = LoopbackCluster.start(home, 2);
    }

    @AfterAll
    static void everyProcessOfTheClusterIsGone() throws Exception {
        if (cluster == null) {
            deleteTree(home);
            return;
        }
        cluster.close();
        assertEquals(List.of(), cluster.alive(), "processes of the cluster still alive");
        // and as ps sees it: no process names the cluster's SPARK_HOME (daemons and executors do)
        Process ps = new ProcessBuilder("ps", "-eo", "pid,args").redirectErrorStream(true).start();
        List<String> lines = read(ps.getInputStream());
        ps.waitFor();
        assertEquals(List.of(), lines.stream().filter(line -> line.contains(home.toString())).toList());
        deleteTree(home);
    }

    /** Deletes a folder and what it holds; links are deleted, never followed. */
    private static void deleteTree(Path folder) throws IOException {
        if (folder == null || !Files.exists(folder, LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(folder)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }

    @Test
    void perfectSparkRunsOnTheExecutorsOfBothWorkers() throws Exception {
        List<String> command = List.of(Script.ROOT.resolve("jbang").toString(),
                "perfect-spark", "--master", cluster.masterUrl(), "--n", "10000");
        List<Path> before1 = cluster.executorFolders(1);
        List<Path> before2 = cluster.executorFolders(2);
        Run run = Run.of(command);
        String context = run + cluster.logs();
        assertEquals(0, run.exitCode(), context);
        assertEquals(BELOW_10000, run.out().subList(0, Math.min(4, run.out().size())), context);
        assertEquals(5, run.out().size(), context);
        assertTrue(run.out().getLast().matches("Done in \\d+\\.\\d{4} seconds"), context);
        assertEquals(List.of(), run.err(), context);
        // the master gave the job one executor (a JVM of one core) on each worker
        assertEquals(before1.size() + 1, cluster.executorFolders(1).size(), "executors of worker 1" + context);
        assertEquals(before2.size() + 1, cluster.executorFolders(2).size(), "executors of worker 2" + context);
    }

    @Test
    void theHuntRunsOnTheCluster() throws Exception {
        List<String> command = List.of(Script.ROOT.resolve("jbang").toString(),
                "perfect-spark", "--hunt", "--max-exponent", "700", "--master", cluster.masterUrl());
        Run run = Run.of(command);
        String context = run + cluster.logs();
        assertEquals(0, run.exitCode(), context);
        assertEquals(List.of(), run.err(), context);
        assertEquals(15, run.out().size(), context);
        assertEquals("#14 p = 607: 366 digits, 1410537837...9537328128", run.out().get(13), context);
        assertTrue(run.out().getLast().matches("Done in \\d+\\.\\d{4} seconds"), context);
    }

    @Test
    void theSparkWayShipsThisJvmsClassFoldersAsJars() throws InterruptedException {
        // The task is a lambda of this test class, in target/test-classes: the driver packs it into a jar
        ShippableTask<Integer, Boolean> isPerfect = n -> PerfectNumbers.isPerfect(n);
        List<Integer> numbers = IntStream.range(1, 10_000).boxed().toList();
        List<Boolean> perfect = new SparkWay(cluster.masterUrl(), 4).map(numbers, isPerfect);
        List<Integer> found = IntStream.range(0, numbers.size()).filter(perfect::get).mapToObj(numbers::get).toList();
        assertEquals(List.of(6, 28, 496, 8128), found, cluster.logs());
    }

    /** A command run to its end, stdout and stderr apart; JBang's own "[jbang] " lines left out. */
    private record Run(int exitCode, List<String> out, List<String> err) {
        static Run of(List<String> command) throws IOException, InterruptedException {
            Process process = new ProcessBuilder(command)
                    .directory(Script.ROOT.toFile())
                    .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")))
                    .start();
            var out = CompletableFuture.supplyAsync(() -> read(process.getInputStream()));
            var err = CompletableFuture.supplyAsync(() -> read(process.getErrorStream()));
            if (!process.waitFor(4, TimeUnit.MINUTES)) {
                process.descendants().forEach(ProcessHandle::destroyForcibly);
                process.destroyForcibly();
                throw new AssertionError(String.join(" ", command) + " did not end within 4 minutes");
            }
            List<String> errLines = new ArrayList<>(err.join());
            errLines.removeIf(line -> line.startsWith("[jbang] "));
            return new Run(process.exitValue(), out.join(), errLines);
        }

        @Override
        public String toString() {
            return "\nexit " + exitCode + "\n--- stdout\n" + String.join("\n", out) + "\n--- stderr\n" + String.join("\n", err);
        }
    }

    private static List<String> read(InputStream in) {
        try (in) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
