package workbook.processes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import workbook.perfect.Slice;

/** Child JVMs find what threads find, report through their pipes, and never outlive their parent. */
class SplitSearchTest {

    @Test
    void childJvmsFindWhatThreadsFind() throws InterruptedException {
        List<SplitSearch.Child> children = new CopyOnWriteArrayList<>();
        var byProcesses = SplitSearch.overChildJvms(10_000, 2, children::add);
        var byThreads = SplitSearch.overThreads(10_000, 2);
        assertEquals(List.of(6, 28, 496, 8128), byProcesses.perfect());
        assertEquals(9_999, byProcesses.checked());
        assertEquals(byThreads, byProcesses);
        assertEquals(List.of(Slice.interleaved(0, 2, 10_000), Slice.interleaved(1, 2, 10_000)),
                children.stream().map(SplitSearch.Child::slice).toList());
        assertEquals(List.of(1, 2), children.stream().map(SplitSearch.Child::index).toList());
        for (var child : children) {
            assertFalse(ProcessHandle.of(child.pid()).map(ProcessHandle::isAlive).orElse(false), "child " + child.pid());
        }
        assertEquals(List.of(), ChildJvm.running());
    }

    @Test
    void moreChildrenThanNumbersStillAddUp() throws InterruptedException {
        var outcome = SplitSearch.overChildJvms(4, 5, child -> {});
        assertEquals(List.of(), outcome.perfect());
        assertEquals(3, outcome.checked());
    }

    @Test
    void aChildStartsWithThisJavaAndThisClassPath() {
        List<String> command = ChildJvm.command(SearchChild.class, "1", "2", "3");
        assertEquals(ProcessHandle.current().info().command().orElseThrow(), command.getFirst());
        assertEquals("-cp", command.get(1));
        assertTrue(command.get(2).contains(System.getProperty("java.class.path")), command.get(2));
        assertEquals(List.of(SearchChild.class.getName(), "1", "2", "3"), command.subList(3, command.size()));
    }

    @Test
    void aChildWithBadArgumentsFailsWithItsExitCodeAndOutput() throws Exception {
        Process child = ChildJvm.start(SearchChild.class, "oops");
        String output = new String(child.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(2, child.waitFor());
        assertTrue(output.contains("usage: SearchChild FROM TO STEP"), output);
    }

    @Test
    void interruptingTheSearchEndsEveryChild() throws InterruptedException {
        List<SplitSearch.Child> children = new CopyOnWriteArrayList<>();
        AtomicReference<Throwable> thrown = new AtomicReference<>();
        Thread caller = Thread.ofPlatform().start(() -> {
            try {
                SplitSearch.overChildJvms(5_000_000, 2, children::add);   // hours, if not stopped
            } catch (Throwable e) {
                thrown.set(e);
            }
        });
        waitUntil(() -> children.size() == 2);
        caller.interrupt();
        caller.join(30_000);
        assertFalse(caller.isAlive());
        assertTrue(thrown.get() instanceof InterruptedException, String.valueOf(thrown.get()));
        for (var child : children) {
            assertFalse(ProcessHandle.of(child.pid()).map(ProcessHandle::isAlive).orElse(false), "child " + child.pid() + " still runs");
        }
        assertEquals(List.of(), ChildJvm.running());
    }

    /** Ctrl-C (SIGINT) and SIGTERM run the parent's shutdown hook; SIGKILL does not, and the children see their pipe close. */
    @ParameterizedTest
    @ValueSource(strings = {"INT", "TERM", "KILL"})
    void aSignalledParentLeavesNoChildRunning(String signal) throws Exception {
        assumeFalse(signal.equals("INT") && Signals.interruptIgnored(), "SIGINT is ignored here (started in the background), and so in the parent");
        Process parent = new ProcessBuilder(ChildJvm.command(ParentProgram.class, "5000000", "2"))
                .redirectErrorStream(true).start();
        try {
            List<Long> pids = new ArrayList<>();
            var out = new BufferedReader(new InputStreamReader(parent.getInputStream(), StandardCharsets.UTF_8));
            while (pids.size() < 2) {
                String line = out.readLine();
                if (line == null) {
                    throw new AssertionError("the parent ended before starting two children");
                }
                if (line.startsWith("child ")) {
                    pids.add(Long.parseLong(line.substring("child ".length())));
                }
            }
            List<ProcessHandle> children = pids.stream().map(pid -> ProcessHandle.of(pid).orElseThrow()).toList();
            Thread.sleep(300);                                  // let the children get to work
            Signals.send(signal, parent.pid());
            assertTrue(parent.waitFor(30, TimeUnit.SECONDS), "the parent did not end on SIG" + signal);
            for (ProcessHandle child : children) {
                assertTrue(child.onExit().thenApply(h -> true).completeOnTimeout(false, 10, TimeUnit.SECONDS).join(),
                        "child " + child.pid() + " still runs 10 s after SIG" + signal + " to its parent");
            }
        } finally {
            parent.descendants().forEach(ProcessHandle::destroyForcibly);
            parent.destroyForcibly();
        }
    }

    @Test
    void startingAJvmCostsFarMoreThanStartingAThread() throws InterruptedException {
        var jvm = StartCost.childJvm(1);
        var platform = StartCost.platformThread(200);
        var virtual = StartCost.virtualThread(200);
        assertTrue(jvm.meanSeconds() > 10 * platform.meanSeconds(), jvm + " vs " + platform);
        assertTrue(virtual.meanSeconds() > 0 && platform.meanSeconds() > 0);
        var table = StartCost.table("t", List.of(jvm, platform, virtual));
        assertEquals(List.of("worker", "starts", "us per start", "x the cheapest"), table.columnNames());
        assertEquals(List.of(), ChildJvm.running());
    }

    private static void waitUntil(java.util.function.BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("waited 30 s in vain");
            }
            Thread.sleep(20);
        }
    }
}
