package workbook.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.Callable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

class CliTest {
    @Command(name = "demo", mixinStandardHelpOptions = true)
    static class Demo implements Callable<Integer> {
        @Spec CommandSpec spec;
        @Option(names = "--n", defaultValue = "10") int n;
        @Option(names = "--fail") boolean fail;

        public Integer call() {
            Cli.atLeast(spec, "--n", 2, n);
            if (fail) {
                throw new IllegalStateException("something broke");
            }
            System.out.println("n = " + n);
            return 0;
        }
    }

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();
    private PrintStream oldOut;
    private PrintStream oldErr;

    @BeforeEach
    void capture() {
        oldOut = System.out;
        oldErr = System.err;
        System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
        System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    @AfterEach
    void restore() {
        System.setOut(oldOut);
        System.setErr(oldErr);
    }

    private List<String> errLines() {
        return err.toString(StandardCharsets.UTF_8).lines().toList();
    }

    @Test
    void goodInputRuns() {
        assertEquals(0, Cli.execute(new Demo(), new String[] {"--n", "5"}));
        assertEquals("n = 5", out.toString(StandardCharsets.UTF_8).strip());
        assertEquals(List.of(), errLines());
    }

    @Test
    void aValueBelowTheMinimumIsOneLineAndAHintWithExitCode2() {
        assertEquals(2, Cli.execute(new Demo(), new String[] {"--n", "-5"}));
        assertEquals(List.of("demo: --n must be at least 2, got -5", "Usage: see 'demo --help'"), errLines());
        assertEquals("", out.toString(StandardCharsets.UTF_8));
    }

    @Test
    void aValueThatIsNoNumberIsOneLineAndAHint() {
        assertEquals(2, Cli.execute(new Demo(), new String[] {"--n", "abc"}));
        List<String> lines = errLines();
        assertEquals(2, lines.size(), lines.toString());
        assertEquals("demo: Invalid value for option '--n': 'abc' is not an int", lines.get(0));
    }

    @Test
    void anUnknownOptionIsOneLineAndAHint() {
        assertEquals(2, Cli.execute(new Demo(), new String[] {"--fast"}));
        assertEquals(List.of("demo: Unknown option: '--fast'", "Usage: see 'demo --help'"), errLines());
    }

    @Test
    void anErrorWhileRunningIsOneLineWithoutAStackTrace() {
        assertEquals(1, Cli.execute(new Demo(), new String[] {"--fail"}));
        assertEquals(List.of("demo: something broke"), errLines());
    }
}
