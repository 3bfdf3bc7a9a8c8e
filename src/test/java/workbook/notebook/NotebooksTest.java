package workbook.notebook;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import workbook.notebook.Jupyter.Cell;
import workbook.notebook.Jupyter.Executed;

/**
 * Each notebook, executed top to bottom on the installed kernel: no error, nothing on stderr, no
 * noise a learner would not understand, no thread's lines spilling into another cell, and the
 * outputs its text promises.
 */
class NotebooksTest {
    static final String SETUP = "%load workbook.jsh";

    /** What must never reach a learner's screen. */
    static final Map<String, Pattern> NOISE = Map.of(
            "an object hash (a stray return value)", Pattern.compile("\\w+@[0-9a-f]{5,}"),
            "an exception", Pattern.compile("Exception"),
            "an error", Pattern.compile("Error\\b"),
            "a stack trace", Pattern.compile("\tat "),
            "a JVM warning", Pattern.compile("WARNING:"),
            "an SLF4J message", Pattern.compile("SLF4J"),
            "an illegal-access message", Pattern.compile("(?i)illegal (reflective )?access"));

    private static final Pattern DONE_IN = Pattern.compile("Done in (\\d+\\.\\d{4}) seconds");
    private static final Pattern SLEEP_LINE = Pattern.compile("(Starting to sleep|Done sleeping)(.*)");

    @Test
    void index() throws Exception {
        assertRunsClean(Jupyter.executed("00-index"));
    }

    @Test
    void processesAndThreads() throws Exception {
        Executed run = Jupyter.executed("01-processes-and-threads");
        assertRunsClean(run);
        double second = secondOf(run);
        List<String> sequential = run.cell("oneAfterTheOther();").lines();
        assertEquals(List.of("Starting to sleep", "Done sleeping", "Starting to sleep", "Done sleeping"), sequential.subList(0, 4));
        assertAtLeast(2 * second, doneIn(sequential), "two calls in a row");

        List<String> started = run.cell("startWithoutJoin();").lines();
        int doneIn = indexOf(started, DONE_IN);
        assertTrue(doneIn < started.indexOf("Done sleeping"), "'Done in' comes before any 'Done sleeping': " + started);
        assertTrue(doneIn(started) < second, "nobody waited for the threads: " + started);

        List<String> joined = run.cell("startThenJoin();").lines();
        assertEquals(4, indexOf(joined, DONE_IN), "'Done in' comes last: " + joined);
        assertAtLeast(second, doneIn(joined), "two overlapping sleeps");

        List<String> ten = run.cell("tenThreads();").lines();
        assertEquals(10, count(ten, "Done sleeping"));
        assertAtLeast(second, doneIn(ten), "ten overlapping sleeps");
        assertAtLeast(2 * second, doneIn(run.cell("tenThreadsWithAnArgument();").lines()), "ten sleeps of two seconds");
        assertEquals(3, count(run.cell("Check.answer(\"01.1\"").lines(), "not yet"), "the exercises start unanswered");
        assertTrue(run.cell("Check.runsAllAtOnce").stdout().startsWith("Exercise 01.4: not yet: a task ran on the calling thread"),
                run.cell("Check.runsAllAtOnce").stdout());
    }

    @Test
    void pools() throws Exception {
        Executed run = Jupyter.executed("02-pools");
        assertRunsClean(run);
        double second = secondOf(run);
        List<String> plan = FifoSchedule.plan(5, IntStream.rangeClosed(1, 10).boxed().toList()).lines();
        for (String step : List.of("guidesPool();", "withAnExecutorService();")) {
            List<String> lines = run.cell(step).lines();
            // the exact interleaving is the guide's when a second lasts long enough (the script tests pin it);
            // with quick seconds on a busy machine a sleep may end before the fifth worker has printed
            assertEquals(plan.stream().sorted().toList(), lines.subList(0, 20).stream().sorted().toList(), step + ": the twenty lines");
            List<String> laterStarts = lines.stream().filter(l -> l.startsWith("Starting") && !plan.subList(0, 5).contains(l)).toList();
            assertEquals(plan.stream().filter(laterStarts::contains).toList(), laterStarts, step + ": sleeps 6 to 10 start in input order");
            assertEquals("Done sleeping for 10 seconds", lines.get(19), step + ": the longest sleep, taken last, ends last");
            assertAtLeast(15 * second, doneIn(lines), step);
            assertTrue(lines.getLast().endsWith("[1, 2, 3, 4, 5, 6, 7, 8, 9, 10]"), step + ": results in input order");
        }
        List<String> order = run.cell("orderOfResults();").lines();
        assertTrue(order.contains("in the order they finished: [1, 2, 3]"), order.toString());
        assertTrue(order.contains("in input order:             [3, 1, 2]"), order.toString());
        List<String> queue = run.cell("moreTasksThanWorkers();").lines();
        assertTrue(queue.contains("2 workers, 4 tasks waiting"), queue.toString());
        assertAtLeast(3 * second, doneIn(queue), "six sleeps, two at a time");
        assertEquals(List.of(List.of("text/html", "text/plain")), run.cell("FifoSchedule.plan(5, sleeps)").displays());
        assertTrue(run.cell("Check.mapsOnThePool").stdout().startsWith("Exercise 02.4: not yet: square ran on the calling thread"),
                run.cell("Check.mapsOnThePool").stdout());
    }

    @Test
    void perfectNumbers() throws Exception {
        Executed run = Jupyter.executed("03-perfect-numbers");
        assertRunsClean(run);
        for (String way : List.of("new PlainLoop()", "ThreadPerTask.platform()", "FixedPool.perCore()",
                "ThreadPerTask.virtual()", "ParallelStream.perCore()")) {
            List<String> lines = run.cell("search(" + way + ");").lines();
            assertEquals(List.of("6 is a Perfect number", "28 is a Perfect number", "496 is a Perfect number",
                    "8128 is a Perfect number"), lines.subList(0, 4), way);
            assertTrue(DONE_IN.matcher(lines.get(4)).find(), way + ": " + lines);
        }
        Cell table = run.cell("show(table);");
        assertEquals(List.of(List.of("text/html", "text/plain")), table.displays());
        String text = Jupyter.text(table.outputs().get(0).get("data").get("text/plain"));
        assertTrue(text.contains("the guide, Python, N = 100000: plain loop") && text.contains("258.874"), text);
        assertEquals(List.of(List.of(Inline.PLOTLY_MIME, "text/html", "text/plain")), run.cell("Charts.bars(yours").displays());
        JsonNode bars = run.cell("Charts.bars(yours").outputs().get(0).get("data").get(Inline.PLOTLY_MIME).get("data").get(0);
        assertEquals(5, bars.get("y").size(), "one bar per way measured here");
        List<String> starts = run.cell("threadPerNumber(\"platform threads\"").lines();
        assertEquals(4, starts.size(), starts.toString());
        for (int i : List.of(0, 2)) {
            assertTrue(starts.get(i).matches("(platform|virtual) threads: [0-9,]+ started in [0-9.]+ s \\([0-9.]+ us per start, all on the main thread\\); the last ended at [0-9.]+ s\\."), starts.get(i));
            assertTrue(starts.get(i + 1).matches("  At most \\d+ of them were inside their task at the same moment\\..*"), starts.get(i + 1));
        }
        assertTrue(run.cell("Check.searchesOnAPool").stdout().startsWith("Exercise 03.4: not yet: isPerfect ran on the calling thread"),
                run.cell("Check.searchesOnAPool").stdout());
        assertTrue(run.cell("Check.isPerfectFast").stdout().startsWith("Exercise 03.2: right answers, but not faster yet"));
    }

    @Test
    void queuesAndLocks() throws Exception {
        Executed run = Jupyter.executed("04-queues-and-locks");
        assertRunsClean(run);
        for (String step : List.of("pipeline(List.of(1, 2, 3, 4, 5, 6, 7, 8, 9, 10), 1, 3, 100);", "pipeline(numbers, 2, cores, 100);")) {
            List<String> lines = run.cell(step).lines();
            assertTrue(lines.contains("6 is a Perfect number"), step + ": " + lines);
            assertTrue(lines.stream().anyMatch(l -> l.matches("in: ([0-9,]+)  handled: \\1  out: \\1  -> nothing lost, nothing twice")),
                    step + ": counts in = counts out: " + lines);
        }
        Cell race = run.cell("CounterRace.raceAll(");
        assertTrue(race.lines().contains("synchronized, ReentrantLock, AtomicLong and LongAdder: every update counted, every run."),
                race.lines().toString());
        assertEquals(List.of(List.of("text/html", "text/plain")), race.displays());
        List<String> flags = run.cell("StopFlagTrial.tryToStop(new UnsafeStopFlag())").lines();
        assertTrue(flags.get(0).startsWith("UnsafeStopFlag: stop() after "), flags.toString());   // seen or not: both allowed
        assertTrue(flags.get(1).matches("VolatileStopFlag: stop\\(\\) after [0-9.]+ s; the loop saw it .*"), flags.toString());
        assertEquals(3, count(run.cell("Check.answer(\"04.1\"").lines(), "not yet"), "the exercises start unanswered");
        assertTrue(run.cell("Check.countsExactly(").stdout().startsWith("Exercise 04.4: "));   // a loss is likely, not certain
        assertTrue(run.cell("Check.consumesUntilThePill(").stdout().startsWith("Exercise 04.5: not yet"));
        assertTrue(run.cell("Check.stopFlagIsSeen(").stdout().startsWith("Exercise 04.6: not yet"));
    }

    @Test
    void threadsVsProcesses() throws Exception {
        Executed run = Jupyter.executed("05-threads-vs-processes");
        assertRunsClean(run);
        List<String> child = run.cell("oneChild();").lines();
        assertEquals(List.of("child says: perfect 6", "child says: perfect 28", "child says: perfect 496", "child says: perfect 8128",
                "child says: checked 9999", "child exit code: 0"), child.subList(1, child.size()));
        List<String> split = run.cell("splitBothWays();").lines();
        assertTrue(split.contains("Same answer both ways.") && split.getLast().equals("Child JVMs still running: 0"), split.toString());
        assertEquals(List.of(List.of("text/html", "text/plain")), run.cell("StartCost.repeat(").displays());
        List<String> costs = run.cell("readStartCosts();").lines();
        assertTrue(costs.size() == 4 && costs.get(1).startsWith("A virtual thread: ")
                && costs.get(3).startsWith("One at a time, the virtual thread cost "), costs.toString());
        List<String> failing = run.cell("failingChildAndAnotherProgram();").lines();
        assertTrue(failing.contains("child exit code: 2") && failing.contains("java -version exit code: 0"), failing.toString());
        assertEquals(3, count(run.cell("Check.answer(\"05.1\"").lines(), "not yet"), "the exercises start unanswered");
        assertTrue(run.cell("Check.searchesOverTwoChildJvms(").stdout()
                .startsWith("Exercise 05.4: not yet: the right numbers, but the children ran one after the other"));
    }

    @Test
    void virtualThreadsAndLoadBalance() throws Exception {
        Executed run = Jupyter.executed("06a-virtual-threads-and-load-balance");
        assertRunsClean(run);
        List<String> sleepers = run.cell("Sleepers.onVirtualThreads(").lines();
        assertEquals(2, count(sleepers, "10,000 woke after"), sleepers.toString());
        assertEquals(2, count(sleepers, "over 3 runs)"), "the time beyond the sleep, median of three: " + sleepers);
        assertEquals(4, count(run.cell("LoadBalance.ways(").lines(), ": the same numbers as the loop"));
        List<String> reading = run.cell("LoadBalance.readTable(").lines();
        assertTrue(reading.size() == 4 || reading.size() == 5, "one line per way, and maybe one on the machine: " + reading);
        reading.subList(0, 4).forEach(line -> assertTrue(line.matches(".+: efficiency [0-9.]+ %, balance [0-9.]+ %: (agrees|CONTRADICTS).*"), line));
        assertEquals(List.of(List.of(Inline.PLOTLY_MIME, "text/html", "text/plain")),
                run.cell("Charts.groupedBars(balance").displays());
        assertEquals(2, count(run.cell("Check.answer(\"06a.1\"").lines(), "not yet"), "the exercises start unanswered");
        assertTrue(run.cell("Check.sharedChunks(").stdout().startsWith("Exercise 06a.3: not yet: the worker that met the slow"),
                run.cell("Check.sharedChunks(").stdout());
    }

    @Test
    void speedupAndAlgorithms() throws Exception {
        Executed run = Jupyter.executed("06b-speedup-and-algorithms");
        assertRunsClean(run);
        List<String> pools = run.cell("SpeedupCurve.measure(").lines();
        assertTrue(!pools.isEmpty() && pools.stream().allMatch(l -> l.matches("pool of \\d+: median .* over 3 runs\\)")), pools.toString());
        List<String> fit = run.cell("Amdahl.explain(").lines();
        assertTrue(fit.getFirst().startsWith("Fitted on this run: s = ") && fit.getFirst().contains("measured points"), fit.toString());
        for (String chart : List.of("Charts.lines(curve", "AlgorithmsVsCores.chart(algorithms")) {
            assertEquals(List.of(List.of(Inline.PLOTLY_MIME, "text/html", "text/plain")), run.cell(chart).displays(), chart);
        }
        StringBuilder algorithms = new StringBuilder();
        run.cell("AlgorithmsVsCores.table(").outputs().forEach(output -> {
            if (output.has("data")) {
                algorithms.append(Jupyter.text(output.get("data").get("text/plain")));
            }
        });
        assertTrue(algorithms.toString().contains("guide's loop in Python (the guide's figure)") && algorithms.toString().contains("258.874"),
                algorithms.toString());
        List<String> sieves = run.cell("SieveRace.run(").lines();
        assertTrue(count(sieves, " ms over 3 runs); linear sieve median") >= 2, "both sieves, three runs, at each N: " + sieves);
        assertEquals(1, count(sieves, "From N = "), sieves.toString());
        assertEquals(1, count(run.cell("Check.answer(\"06b.1\"").lines(), "not yet"), "the exercises start unanswered");
        assertTrue(run.cell("Check.poolSearch(").stdout().startsWith("Exercise 06b.2: not yet, with 1 worker(s): some numbers were tested on the calling"),
                run.cell("Check.poolSearch(").stdout());
        assertTrue(run.cell("tryIt();").stdout().startsWith("1 worker(s): median "), run.cell("tryIt();").stdout());
    }

    @Test
    void beyondOneMachine() throws Exception {
        Executed run = Jupyter.executed("07-beyond-one-machine");
        assertRunsClean(run);
        assertTrue(run.cell("%jars ").stdout().matches("Spark's jars loaded: \\d+\n"), run.cell("%jars ").stdout());
        List<String> lazy = run.cell("lazyThenActions();").lines();
        assertEquals("after parallelize and filter: 0 numbers tested", lazy.getFirst(), lazy.toString());
        assertTrue(lazy.get(1).startsWith("after collect, [6, 28, 496, 8128]: ") && lazy.get(1).endsWith("none of them the driver's"),
                lazy.toString());
        List<String> spark = run.cell("onSpark();").lines();
        assertEquals(List.of("6 is a Perfect number", "28 is a Perfect number", "496 is a Perfect number", "8128 is a Perfect number"),
                spark.subList(0, 4), spark.toString());
        assertEquals(2, count(spark, "partitions: median "), "two jobs, three runs each: " + spark);
        assertTrue(spark.getLast().startsWith("  stopping: ") && spark.getLast().endsWith("(one run)"), spark.toString());
        assertEquals(List.of(List.of("text/html", "text/plain")), run.cell("poolAndSpark();").displays());
        assertTrue(run.cell("tryIt();").stdout().startsWith("[6, 28, 496, 8128] on 1 slot(s): median "), run.cell("tryIt();").stdout());
        assertEquals(2, count(run.cell("Check.answer(\"07.1\"").lines(), "not yet"), "the exercises start unanswered");
        assertTrue(run.cell("SparkCheck.lazyPipeline(").stdout().startsWith("Exercise 07.3: not yet: 9999 numbers were tested before any action"),
                run.cell("SparkCheck.lazyPipeline(").stdout());
    }

    @Test
    void modernToolbox() throws Exception {
        Executed run = Jupyter.executed("08-modern-toolbox");
        assertRunsClean(run);
        assertEquals(List.of("6 is a Perfect number", "28 is a Perfect number", "496 is a Perfect number", "8128 is a Perfect number"),
                run.cell("fanOut(4);").lines().subList(0, 4));
        List<String> failFast = run.cell("failFast();").lines();
        assertEquals("join() threw: slice 4 failed", failFast.getFirst(), failFast.toString());
        // the siblings would sleep ten minutes, 6000 of the quick mode's seconds: cancelled, about 1
        Matcher ended = Pattern.compile("3 of 3 siblings stopped; the scope ended after ([\\d.]+) seconds").matcher(failFast.get(1));
        assertTrue(ended.matches() && Double.parseDouble(ended.group(1)) < 300, failFast.toString());
        assertTrue(run.cell("firstAnswer();").lines().contains("2 slower mirrors stopped"), run.cell("firstAnswer();").stdout());
        assertEquals(List.of("4 of 4 subtasks stopped; alive: 0"), run.cell("ownerInterrupted();").lines());
        String tree = run.cell("dumpTree();").stdout();
        assertTrue(tree.matches("(?s).*scope search, owned by thread #\\d+ .*scope slices, owned by thread #\\d+, subtask threads: 2\n.*"), tree);
        assertEquals(2, count(run.cell("dumpTree();").lines(), "TIMED_WAITING at"), tree);
        assertEquals(List.of("subtask 1: USER = alice, ThreadLocal = null", "subtask 2: USER = alice, ThreadLocal = null",
                "nested: USER = guest", "after it: USER = alice", "outside: isBound() = false"),
                run.cell("USER_LOCAL.set(\"alice\");").lines());
        List<String> cost = run.cell("threadLocalCost();").lines();
        assertTrue(cost.get(1).matches("one virtual thread per task: +100,000 copies.*"), cost.toString());
        assertTrue(run.cell("gathered();").stdout().matches("mapConcurrent: [\\d.]+ seconds, at most 100 at once, in order: true\n"),
                run.cell("gathered();").stdout());
        assertTrue(run.cell("withASemaphore();").stdout().matches("Semaphore: [\\d.]+ seconds, at most 100 at once\n"),
                run.cell("withASemaphore();").stdout());
        assertTrue(run.cell("composed();").lines().get(1).startsWith("[10, 20, 30, 40, 50], after "), run.cell("composed();").stdout());
        assertTrue(run.cell("timeouts();").lines().getFirst().startsWith("orTimeout: no answer in time; completeOnTimeout: the cached value"),
                run.cell("timeouts();").stdout());
        assertTrue(run.cell("invoked();").lines().getFirst().startsWith("[30, 10, 20], after "), run.cell("invoked();").stdout());
        for (String exercise : List.of("Check.fanOut(", "Check.boundedMap(", "Check.bothAtOnce(")) {
            assertTrue(run.cell(exercise).stdout().contains(": not yet"), exercise + " starts unanswered: " + run.cell(exercise).stdout());
        }
    }

    @Test
    void measuringAndProving() throws Exception {
        Executed run = Jupyter.executed("09-measuring-and-proving");
        assertRunsClean(run);
        List<String> deadlock = run.cell("deadlock();").lines();
        assertTrue(deadlock.get(0).matches("transfer-1 \\(WAITING\\) holds lock A \\[.+\\] and waits for lock B \\[.+\\], held by transfer-2"),
                deadlock.toString());
        assertTrue(deadlock.get(1).matches("transfer-2 \\(WAITING\\) holds lock B \\[.+\\] and waits for lock A \\[.+\\], held by transfer-1"),
                deadlock.toString());
        assertTrue(deadlock.get(2).startsWith("Deadlock found after 0 transfers;"), deadlock.toString());
        List<String> sharing = run.cell("falseSharing();").lines();
        assertTrue(sharing.getLast().matches("adjacent / padded, medians: [0-9.]+ x"), sharing.toString());
        List<String> bench = run.cell("lockBench();").lines();
        assertTrue(bench.contains("2 thread(s), cheapest first:") && bench.getLast().equals("lock-bench exit code: 0"), bench.toString());
        List<String> stress = run.cell("raceStress();").lines();
        assertTrue(stress.stream().anyMatch(l -> l.startsWith("AtomicCounter: forbidden outcome seen 0 times"))
                && stress.getLast().equals("race-stress exit code: 0"), stress.toString());
        assertTrue(run.cell("Check.oneLockOrder").stdout().startsWith("Exercise 09.1: not yet"), run.cell("Check.oneLockOrder").stdout());
        assertTrue(run.cell("Check.tryLockAndBackOff").stdout().startsWith("Exercise 09.2: not yet"), run.cell("Check.tryLockAndBackOff").stdout());
    }

    @Test
    void theHunt() throws Exception {
        Executed run = Jupyter.executed("10-the-hunt");
        assertRunsClean(run);
        assertEquals("from p = 2, 3, 5, 7:  [6, 28, 496, 8128]\ndivisor-sum sieve:    [6, 28, 496, 8128]\n",
                run.cell("List<Integer> fromExponents").stdout());
        List<String> byHand = run.cell("BigInteger m = BigInteger.valueOf(127)").lines();
        assertEquals("s = 4^2 - 2 = 14 = 14 mod 127", byHand.getFirst(), byHand.toString());
        assertEquals("s = 14^2 - 2 = 194 = 67 mod 127", byHand.get(1), byHand.toString());
        assertTrue(byHand.getLast().endsWith(" = 0 mod 127"), byHand.toString());
        List<String> pool = run.cell("huntOnAPool();").lines();
        assertEquals("#18 p = 3217: 1937 digits, 3357083213...2628525056", pool.get(17), pool.toString());
        assertEquals(19, pool.size(), pool.toString());
        assertTrue(DONE_IN.matcher(pool.getLast()).find(), pool.toString());
        assertEquals(3, run.cell("show(HuntCharts.timeline(").displays().size());
        assertTrue(run.cell("slope();").stdout().startsWith("BigInteger squaring: cost ~ p^"), run.cell("slope();").stdout());
        List<String> fft = run.cell("FftSquaring byFft").lines();
        assertTrue(fft.getFirst().startsWith("FFT = BigInteger after 100 steps: true; 512 words, round-off 0.0"), fft.toString());
        assertTrue(fft.get(1).startsWith("Squaring on p = [4423, 4253]: BigInteger ") || fft.get(1).startsWith("Squaring on p = [9941, 9689]: BigInteger "),
                fft.toString());
        assertEquals(3, count(run.cell("Check.answer(\"10.1\"").lines(), "not yet")
                + count(run.cell("Check.hunt(").lines(), "not yet"), "the exercises start unanswered");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({
            "answers-01-processes-and-threads, 4",
            "answers-02-pools, 4",
            "answers-03-perfect-numbers, 4",
            "answers-04-queues-and-locks, 6",
            "answers-05-threads-vs-processes, 4",
            "answers-06a-virtual-threads-and-load-balance, 3",
            "answers-06b-speedup-and-algorithms, 2",
            "answers-07-beyond-one-machine, 3",
            "answers-08-modern-toolbox, 4",
            "answers-09-measuring-and-proving, 2",
            "answers-10-the-hunt, 3"})
    void answersAreAllRight(String notebook, int exercises) throws Exception {
        assertAllRight(Jupyter.executed(notebook), exercises);
    }

    private static void assertAllRight(Executed run, int exercises) {
        assertRunsClean(run);
        List<String> checks = run.cells().stream().flatMap(c -> c.lines().stream()).filter(l -> l.startsWith("Exercise ")).toList();
        assertEquals(exercises, checks.size(), checks.toString());
        checks.forEach(line -> assertTrue(line.matches("Exercise \\d\\d[ab]?\\.\\d: right.*"), line));
    }

    /** What every notebook must hold to, whatever it teaches. */
    static void assertRunsClean(Executed run) {
        List<Cell> cells = run.cells();
        assertEquals(SETUP, cells.getFirst().source().strip(), run.name() + ": the first code cell");
        String ready = cells.getFirst().stdout();
        assertTrue(ready.matches("Workbook ready: Java \\S+, \\d+ cores\\.\n"), run.name() + ": the setup cell printed " + ready);
        List<Runnable> checks = new ArrayList<>();
        for (Cell cell : cells) {
            String where = run.name() + ", cell " + firstLine(cell.source());
            checks.add(() -> assertFalse(cell.executionCount().isNull(), where + ": did not run"));
            for (JsonNode output : cell.outputs()) {
                String type = output.get("output_type").asText();
                if (type.equals("error")) {
                    checks.add(() -> fail(where + ": " + output.get("ename").asText() + ": " + output.get("evalue").asText()));
                } else if (type.equals("stream")) {
                    String text = Jupyter.text(output.get("text"));
                    if (output.get("name").asText().equals("stderr")) {
                        checks.add(() -> fail(where + ": printed on stderr: " + text));
                    }
                    checks.add(() -> assertNoNoise(where, text));
                } else {
                    String text = Jupyter.text(output.get("data").get("text/plain"));
                    checks.add(() -> assertNoNoise(where, text));
                }
            }
            checks.add(() -> assertEquals(sleeps(cell, "Starting to sleep"), sleeps(cell, "Done sleeping"),
                    where + ": every sleep that starts in a cell ends in it (no thread's line spills over)"));
        }
        assertAll(run.name(), checks.stream().map(check -> (org.junit.jupiter.api.function.Executable) check::run));
    }

    static void assertNoNoise(String where, String text) {
        NOISE.forEach((what, pattern) -> {
            Matcher found = pattern.matcher(text);
            if (found.find()) {
                fail(where + ": shows " + what + " ('" + found.group() + "') in: " + text);
            }
        });
    }

    /** The sleeps a cell's lines mention, by what follows the phrase: "" or " for 3 seconds". */
    private static Map<String, Integer> sleeps(Cell cell, String phrase) {
        Map<String, Integer> counts = new HashMap<>();
        for (String line : cell.lines()) {
            Matcher m = SLEEP_LINE.matcher(line);
            if (m.matches() && m.group(1).equals(phrase)) {
                counts.merge(m.group(2), 1, Integer::sum);
            }
        }
        return counts;
    }

    /** One of the guide's seconds in this run, from the line the notebook prints, in seconds. */
    private static double secondOf(Executed run) {
        Matcher m = Pattern.compile("One of the guide's seconds lasts (\\d+) ms here\\.").matcher(run.cell("WORKBOOK_QUICK").stdout());
        assertTrue(m.find(), run.name() + " prints the length of one second");
        return Integer.parseInt(m.group(1)) / 1000.0;
    }

    private static double doneIn(List<String> lines) {
        for (String line : lines) {
            Matcher m = DONE_IN.matcher(line);
            if (m.find()) {
                return Double.parseDouble(m.group(1));
            }
        }
        throw new AssertionError("no 'Done in' line in " + lines);
    }

    /** A sleep cannot end early; how late it may end depends on the machine, so only the lower bound is pinned. */
    private static void assertAtLeast(double expected, double seconds, String what) {
        assertTrue(seconds >= expected * 0.98, what + ": Done in " + seconds + " s, expected at least " + expected + " s");
    }

    private static int indexOf(List<String> lines, Pattern pattern) {
        return IntStream.range(0, lines.size()).filter(i -> pattern.matcher(lines.get(i)).find()).findFirst().orElse(-1);
    }

    private static long count(List<String> lines, String text) {
        return lines.stream().filter(l -> l.contains(text)).count();
    }

    private static String firstLine(String source) {
        return source.lines().findFirst().orElse("").strip();
    }
}
