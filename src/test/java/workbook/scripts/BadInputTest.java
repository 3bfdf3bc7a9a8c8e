package workbook.scripts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Bad input, for every script that takes it: one line, a usage hint, exit code 2, no stack trace. */
class BadInputTest {

    static Stream<Arguments> badInputs() {
        return Stream.of(
                Arguments.of("perfect-loop", List.of("--n", "-5"), "perfect-loop: --n must be at least 2, got -5"),
                Arguments.of("perfect-loop", List.of("--n", "abc"), "perfect-loop: Invalid value for option '--n': 'abc' is not an int"),
                Arguments.of("perfect-pool", List.of("--workers", "0"), "perfect-pool: --workers must be at least 1, got 0"),
                Arguments.of("perfect-threads", List.of("--fast"), "perfect-threads: Unknown option: '--fast'"),
                Arguments.of("perfect-compare", List.of("--n", "-5"), "perfect-compare: --n must be at least 2, got -5"),
                Arguments.of("perfect-compare", List.of("--workers", "0"), "perfect-compare: --workers must be at least 1, got 0"),
                Arguments.of("sleepy-pool", List.of("--pool", "0"), "sleepy-pool: --pool must be at least 1, got 0"),
                Arguments.of("sleepy-loop", List.of("--workers", "0"), "sleepy-loop: --workers must be at least 1, got 0"),
                Arguments.of("sleepy-args", List.of("--seconds", "x"), "sleepy-args: Invalid value for option '--seconds': 'x' is not an int"),
                Arguments.of("sleepy-join", List.of("--second-ms", "0"), "sleepy-join: --second-ms must be at least 1, got 0"),
                Arguments.of("sleepy-start", List.of("--second-ms", "-1"), "sleepy-start: --second-ms must be at least 1, got -1"),
                Arguments.of("sleepy-sequential", List.of("extra"), "sleepy-sequential: Unmatched argument at index 0: 'extra'"),
                Arguments.of("queue", List.of("--consumers", "0"), "queue: --consumers must be at least 1, got 0"),
                Arguments.of("lock", List.of("--threads", "abc"), "lock: Invalid value for option '--threads': 'abc' is not an int"),
                Arguments.of("threads-vs-processes", List.of("--n", "-5"), "threads-vs-processes: --n must be at least 2, got -5"),
                Arguments.of("virtual-threads", List.of("--sleepers", "0"), "virtual-threads: --sleepers must be at least 1, got 0"),
                Arguments.of("structured-scope", List.of("--slices", "0"), "structured-scope: --slices must be 1 .. 1000, got 0"),
                Arguments.of("scoped-values", List.of("--tasks", "2000000"), "scoped-values: --tasks must be 1 .. 1000000, got 2000000"),
                Arguments.of("map-concurrent", List.of("--limit", "0"), "map-concurrent: --limit must be 1 .. 10000, got 0"),
                Arguments.of("futures", List.of("--second-ms", "0"), "futures: --second-ms must be at least 1, got 0"),
                Arguments.of("load-balance", List.of("--workers", "0"), "load-balance: --workers must be at least 1, got 0"),
                Arguments.of("speedup-curve", List.of("--fast"), "speedup-curve: Unknown option: '--fast'"),
                Arguments.of("algorithm-vs-cores", List.of("--n", "abc"), "algorithm-vs-cores: Invalid value for option '--n': 'abc' is not an int"),
                Arguments.of("perfect-spark", List.of("--n", "-5"), "perfect-spark: --n must be at least 2, got -5"),
                Arguments.of("deadlock", List.of("--transfers", "0"), "deadlock: --transfers must be at least 1, got 0"),
                Arguments.of("deadlock", List.of("--transfers", "20000000"), "deadlock: --transfers must be at most 10000000, got 20000000"),
                Arguments.of("false-sharing", List.of("--runs", "0"), "false-sharing: --runs must be at least 1, got 0"),
                Arguments.of("lock-bench", List.of("--fast"), "lock-bench: Unknown option: '--fast'"),
                Arguments.of("race-stress", List.of("extra"), "race-stress: Unmatched argument at index 0: 'extra'"),
                // --out, checked while the command line is read (ChartPage.Out): before any work, nothing written
                Arguments.of("perfect-compare", List.of("--out", "/"), "perfect-compare: Invalid value for option '--out': "
                        + "/ is the root folder, not a file: give a page such as charts/chart.html"),
                Arguments.of("load-balance", List.of("--out", "."), "load-balance: Invalid value for option '--out': "
                        + ". is a folder: give the page's file name, such as ./chart.html"),
                Arguments.of("speedup-curve", List.of("--out", "src"), "speedup-curve: Invalid value for option '--out': "
                        + "src is a folder: give the page's file name, such as src/chart.html"),
                Arguments.of("algorithm-vs-cores", List.of("--out", "target/plotly-2.35.3.js"), "algorithm-vs-cores: Invalid value for "
                        + "option '--out': target/plotly-2.35.3.js is the name of the plotly.js file written beside the page: choose another name"),
                Arguments.of("load-balance", List.of("--out", "pom.xml/chart.html"), "load-balance: Invalid value for option '--out': "
                        + "pom.xml is a file, not a folder: pom.xml/chart.html cannot be written under it"),
                Arguments.of("perfect-hunt", List.of("--max-exponent", "abc"), "perfect-hunt: Invalid value for option '--max-exponent': 'abc' is not an int"));
    }

    // ---- sizes the parser accepts and the run could not survive: queue, lock, stop-flag ----

    static Stream<Arguments> sizesPastWhatTheMachineAllows() {
        String threads = " %s is more threads than this machine allows one program: at most [0-9,]+"
                + " \\(a quarter of its [0-9,]+ threads, the rest kept for other programs\\)";
        return Stream.of(
                Arguments.of("queue", List.of("--capacity", "2147483647"), "queue: --capacity 2,147,483,647 needs about"
                        + " [0-9.]+ GB for the work queue's array \\(8 bytes each\\), more than half of the [0-9.]+ GB this JVM"
                        + " may use: at most [0-9,]+ \\(give the JVM more, e.g. jbang -R-Xmx16g ...\\)"),
                Arguments.of("queue", List.of("--producers", "2147483647"), "queue: --producers" + threads.formatted("2,147,483,647")),
                Arguments.of("queue", List.of("--consumers", "100000"), "queue: --consumers" + threads.formatted("100,000")),
                Arguments.of("queue", List.of("--producers", "5000", "--consumers", "5000"),
                        "queue: --producers and --consumers together" + threads.formatted("10,000")),
                Arguments.of("lock", List.of("--threads", "100000"), "lock: --threads" + threads.formatted("100,000")),
                Arguments.of("stop-flag", List.of("--patience-ms", "0"), "stop-flag: --patience-ms must be at least 1, got 0"));
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("sizesPastWhatTheMachineAllows")
    void refusedUpFrontNamingTheLimit(String alias, List<String> args, String message) {
        Script script = Script.run(alias, args.toArray(String[]::new));
        assertEquals(2, script.exitCode(), script.toString());
        assertEquals(2, script.err().size(), script.toString());
        assertTrue(script.err().getFirst().matches(message), script.err().getFirst() + "\n does not match\n" + message);
        assertEquals("Usage: see '" + alias + " --help'", script.err().get(1), script.toString());
        assertEquals(List.of(), script.out(), "no work done: " + script);
    }

    // ---- end of queue, lock, stop-flag ----

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("badInputs")
    void oneLineAndAHintWithExitCode2(String alias, List<String> args, String message) {
        Script script = Script.run(alias, args.toArray(String[]::new));
        assertEquals(2, script.exitCode(), script.toString());
        assertEquals(List.of(message, "Usage: see '" + alias + " --help'"), script.err(), script.toString());
        assertEquals(List.of(), script.out(), script.toString());
    }

    @ParameterizedTest(name = "{0} --help")
    @MethodSource("badInputs")
    void helpSaysWhatTheScriptShows(String alias) {
        Script script = Script.run(alias, "--help");
        assertEquals(0, script.exitCode(), script.toString());
        assertTrue(script.out().getFirst().startsWith("Usage: " + alias), script.toString());
    }

    // --- sizes the parser accepts and the machine cannot hold: refused up front (exit 2, one line, a hint) ---

    static Stream<Arguments> sizesPastTheMachine() {
        return Stream.of(
                Arguments.of("perfect-pool", List.of("--n", "2147483647"), "perfect-pool: --n 2,147,483,647 needs about "),
                Arguments.of("perfect-threads", List.of("--n", "2147483647"), "perfect-threads: --n 2,147,483,647 needs about "),
                Arguments.of("perfect-pool", List.of("--workers", "40000"), "perfect-pool: --workers 40,000 is more threads than this machine allows"),
                Arguments.of("perfect-compare", List.of("--workers", "40000"), "perfect-compare: --workers 40,000 is more threads than this machine allows"),
                Arguments.of("load-balance", List.of("--workers", "40000"), "load-balance: --workers 40,000 is more threads than this machine allows"),
                Arguments.of("sleepy-loop", List.of("--workers", "100000"), "sleepy-loop: --workers 100,000 is more threads than this machine allows"),
                Arguments.of("sleepy-args", List.of("--workers", "100000"), "sleepy-args: --workers 100,000 is more threads than this machine allows"),
                Arguments.of("speedup-curve", List.of("--max-workers", "100000"), "speedup-curve: --max-workers 100,000 is more threads than this machine allows"),
                Arguments.of("threads-vs-processes", List.of("--workers", "40000"), "threads-vs-processes: --workers 40,000 is more threads than this machine allows"),
                Arguments.of("threads-vs-processes", List.of("--workers", "5000"), "threads-vs-processes: --workers 5,000 is more child JVMs than this machine holds"),
                Arguments.of("virtual-threads", List.of("--sleepers", "50000000"), "virtual-threads: --sleepers 50,000,000 needs about "),
                Arguments.of("virtual-threads", List.of("--pool", "100000"), "virtual-threads: --pool 100,000 is more threads than this machine allows"),
                Arguments.of("algorithm-vs-cores", List.of("--sizes", "2000000000", "--budget", "1000"), "algorithm-vs-cores: --sizes 2,000,000,000 needs about "),
                Arguments.of("algorithm-vs-cores", List.of("--n", "2000000000"), "algorithm-vs-cores: --n 2,000,000,000 needs about "),
                Arguments.of("algorithm-vs-cores", List.of("--n", "1000000", "--budget", "1"), "algorithm-vs-cores: --n 1,000,000: the guide's loop would take about "),
                Arguments.of("perfect-spark", List.of("--master", "spark://h:99999"),
                        "perfect-spark: --master: port 99999 in 'spark://h:99999' is not a port: ports go from 1 to 65535"),
                Arguments.of("perfect-spark", List.of("--master", "local[99999999999]"),
                        "perfect-spark: --master: local[99999999999] asks for more executor threads than this machine allows"));
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("sizesPastTheMachine")
    void sizesPastTheMachineAreRefusedBeforeAnyWork(String alias, List<String> args, String start) {
        Script script = Script.run(alias, args.toArray(String[]::new));
        assertEquals(2, script.exitCode(), script.toString());
        assertEquals(2, script.err().size(), script.toString());
        assertTrue(script.err().getFirst().startsWith(start), script.toString());
        assertEquals("Usage: see '" + alias + " --help'", script.err().get(1), script.toString());
        assertEquals(List.of(), script.out(), script.toString());
    }
}
