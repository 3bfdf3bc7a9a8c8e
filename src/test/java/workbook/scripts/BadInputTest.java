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
                Arguments.of("perfect-hunt", List.of("--max-exponent", "abc"), "perfect-hunt: Invalid value for option '--max-exponent': 'abc' is not an int"),
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
}
