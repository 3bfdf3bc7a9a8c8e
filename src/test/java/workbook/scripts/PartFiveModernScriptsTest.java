package workbook.scripts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** Part 5's modern toolbox through {@code ./jbang}, on small inputs: what each script must show. */
class PartFiveModernScriptsTest {

    private static Script run(String alias, String... args) {
        Script script = Script.run(alias, args);
        assertEquals(0, script.exitCode(), script.toString());
        assertEquals(List.of(), script.err(), script.toString());
        return script;
    }

    private static String line(Script script, String regex) {
        return script.out().stream().filter(l -> l.matches(regex)).findFirst()
                .orElseThrow(() -> new AssertionError("no line matching " + regex + "\n" + script));
    }

    private static double number(String line, String regex) {
        Matcher m = Pattern.compile(regex).matcher(line);
        assertTrue(m.find(), line);
        return Double.parseDouble(m.group(1).replace(",", ""));
    }

    @Test
    void structuredScopeCancelsTheSiblingsAndEndsEveryThread() {
        Script script = run("structured-scope", "--n", "10000", "--second-ms", "100");
        assertEquals(List.of("1. Fan out: 4 subtasks search 1 .. 9999, the scope joins them",
                "6 is a Perfect number", "28 is a Perfect number", "496 is a Perfect number", "8128 is a Perfect number"),
                script.out().subList(0, 5));
        assertTrue(script.out().contains("join() threw: slice 4 failed"), script.toString());
        // the siblings would sleep 10 minutes (6000 of these 100 ms seconds): cancelled, the scope ends in about 1
        String cancelled = line(script, "3 of 3 siblings were interrupted and stopped; the scope ended after [\\d.]+ seconds");
        assertTrue(number(cancelled, "after ([\\d.]+) seconds") < 300, cancelled);
        line(script, "mirror 1 answered first, 2 slower ones stopped, after [\\d.]+ seconds");
        assertTrue(script.out().contains("4 of 4 subtasks stopped; threads of the scope still alive: 0"), script.toString());
        line(script, "    scope search, owned by thread #\\d+ main, subtask threads: 1");
        line(script, "      scope slices, owned by thread #\\d+, subtask threads: 2");
        assertEquals(2, script.out().stream()
                .filter(l -> l.matches("        thread #\\d+ TIMED_WAITING at StructuredScope.sleepUnlessStopped.*")).count(),
                script.toString());
    }

    @Test
    void scopedValuesAreInheritedAndThreadLocalsCopiedPerThread() {
        Script script = run("scoped-values", "--tasks", "20000", "--bytes", "64");
        assertEquals(List.of(
                "1. The owner binds USER = alice and sets a ThreadLocal to alice, then forks two subtasks:",
                "   subtask 1 reads USER = alice, the ThreadLocal = null",
                "   subtask 2 reads USER = alice, the ThreadLocal = null",
                "2. Rebound for a nested call, and back:",
                "   inside: USER = guest",
                "   after:  USER = alice",
                "3. Outside the binding USER is not bound at all: isBound() = false (a ThreadLocal stays set until remove())"),
                script.out().subList(0, 7));
        String pool = line(script, "   a pool of \\d+ platform threads: +\\d copies.*");
        assertTrue(number(pool, "(\\d) copies") >= 1, pool);
        line(script, "   one virtual thread per task: +20,000 copies.*");
        line(script, "   a ScopedValue, subtasks of a scope: +0 copies.*");
    }

    @Test
    void mapConcurrentKeepsOrderAndItsLimitAndPrintsBothRatios() {
        Script script = run("map-concurrent", "--second-ms", "10", "--sleepers", "200", "--limit", "20",
                "--n", "3000", "--runs", "1");
        line(script, "   [\\d.]+ seconds, at most 20 at once, results in input order: true \\(one run\\)");
        line(script, "   [\\d.]+ seconds, at most 20 at once \\(one run\\)");
        line(script, "   sleeping work: mapConcurrent is [\\d,.]+ x faster than the pool");
        line(script, "   computing work: mapConcurrent takes [\\d.]+ x the pool's time \\(within 10 %: (yes|no)\\)");
        line(script, "   speedup over the loop: [\\d.]+ with \\d+ cores; (a limit of 20 does not pass the cores|above the cores, .*)");
    }

    @Test
    void futuresComposeTimeOutRecoverAndInvoke() {
        Script script = run("futures", "--second-ms", "100");
        List<String> out = script.out().stream().map(l -> l.replaceAll("after [\\d.]+ seconds", "after S seconds")).toList();
        assertEquals(List.of(
                "1. supplyAsync twice, thenCombine: a price (1 s) and a rate (1 s), asked at once",
                "   total = 120, after S seconds",
                "2. allOf: five lookups of 1..5 seconds, then every result, in order",
                "   [10, 20, 30, 40, 50], after S seconds",
                "3. Timeouts: two 3-second calls, each given 1 second",
                "   orTimeout, exceptionally: no answer (TimeoutException); completeOnTimeout: the cached value, after S seconds",
                "   (neither stops the slow call: it still runs, and close() below waits for it)",
                "4. Failures: exceptionally recovers, handle sees a result or the failure",
                "   exceptionally: -1",
                "   handle:        failed: the server is down",
                "   thenApply after a failure is skipped: true",
                "5. invokeAll: three tasks, every Future done when it returns, in the order given",
                "   [30, 10, 20], after S seconds",
                "6. invokeAny: the same three tasks, the first to succeed wins, the others are cancelled",
                "   10, after S seconds",
                "Slow calls started: 15, ran to the end: 13 (the two timed-out calls ran to the end anyway;"
                        + " invokeAny cancelled its two slower tasks)"), out);
        double combined = number(script.out().get(1), "after ([\\d.]+) seconds");
        assertTrue(combined < 1.9, "the two calls did not overlap: " + combined);
    }
}
