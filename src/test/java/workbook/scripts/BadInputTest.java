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
                Arguments.of("load-balance", List.of("--workers", "0"), "load-balance: --workers must be at least 1, got 0"),
                Arguments.of("speedup-curve", List.of("--fast"), "speedup-curve: Unknown option: '--fast'"),
                Arguments.of("algorithm-vs-cores", List.of("--n", "abc"), "algorithm-vs-cores: Invalid value for option '--n': 'abc' is not an int"),
                Arguments.of("perfect-spark", List.of("--n", "-5"), "perfect-spark: --n must be at least 2, got -5"));
    }

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
