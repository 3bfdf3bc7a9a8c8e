package workbook.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

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

    // --- the version, the number rule, threads that cannot start, the machine's limits ---

    @Command(name = "numbers", mixinStandardHelpOptions = true)
    static class Numbers implements Callable<Integer> {
        public Integer call() {
            System.out.println(String.format("%,.2f", 12345.678) + " " + "%.1f".formatted(0.5));
            return 0;
        }
    }

    @Test
    void dashVPrintsTheWorkbooksVersion() {
        assertEquals(0, Cli.execute(new Demo(), new String[] {"-V"}));
        String printed = out.toString(StandardCharsets.UTF_8).strip();
        assertTrue(printed.startsWith("demo (Parallel Java workbook " + Cli.VERSION + ", Java "), printed);
    }

    @Test
    void helpEndsWithTheNumberRule() {
        assertEquals(0, Cli.execute(new Demo(), new String[] {"--help"}));
        String help = out.toString(StandardCharsets.UTF_8).replaceAll("\\s+", " ");
        assertTrue(help.contains(Cli.NUMBERS_RULE), help);
    }

    @Test
    void numbersPrintTheSameWayWhateverTheMachinesLanguage() {
        java.util.Locale before = java.util.Locale.getDefault(java.util.Locale.Category.FORMAT);
        try {
            java.util.Locale.setDefault(java.util.Locale.Category.FORMAT, java.util.Locale.GERMANY);
            assertEquals(0, Cli.execute(new Numbers(), new String[0]));
            assertEquals("12,345.68 0.5", out.toString(StandardCharsets.UTF_8).strip());
        } finally {
            java.util.Locale.setDefault(java.util.Locale.Category.FORMAT, before);
        }
    }

    @Command(name = "starter")
    static class Starter implements Callable<Integer> {
        final List<Thread> threads = new java.util.ArrayList<>();

        public Integer call() {
            for (int i = 0; i < 3; i++) {
                threads.add(Thread.ofPlatform().unstarted(() -> {
                    try {
                        Thread.sleep(60_000);
                    } catch (InterruptedException e) {
                        // stopped
                    }
                }));
            }
            threads.add(new Thread() {                      // the machine has no thread left for this one
                @Override
                public void start() {
                    throw new OutOfMemoryError("unable to create native thread: possibly out of memory or process/resource limits reached");
                }
            });
            workbook.shared.Threads.startAll(threads);
            return 0;
        }
    }

    @Test
    void aThreadThatCannotStartStopsTheOthersAndEndsWithOneLine() {
        Starter starter = new Starter();
        assertEquals(1, Cli.execute(starter, new String[0]));
        assertEquals(List.of("starter: could not start thread 4 of 4 (unable to create native thread: possibly out of memory"
                + " or process/resource limits reached): the 3 already started were stopped"), errLines());
        assertTrue(starter.threads.stream().noneMatch(Thread::isAlive));
    }

    @Test
    void theThreadLimitComesFromTheMachineWithAMargin() {
        long allowance = Limits.threadAllowance();
        assertTrue(allowance >= 1, "allowance " + allowance);
        assertTrue(Limits.maxThreads() < allowance && Limits.maxThreads() <= Limits.FORK_JOIN_MAX, "max " + Limits.maxThreads());
        if (new java.io.File("/proc/sys/kernel/pid_max").canRead()) {
            assertTrue(allowance > 1000, "read from /proc: " + allowance);   // not cut short by a read of procfs by size
        }
    }

    @Test
    void theWorkbooksVersionIsThePoms() throws Exception {
        String pom = java.nio.file.Files.readString(workbook.scripts.Script.ROOT.resolve("pom.xml"));
        var m = java.util.regex.Pattern.compile("<artifactId>[^<]+</artifactId>\\s*<version>([^<]+)</version>").matcher(pom);
        assertTrue(m.find(), "no version in pom.xml");
        assertEquals(m.group(1), Cli.VERSION);
    }

    @Command(name = "thrower")
    static class Thrower implements Callable<Integer> {
        final RuntimeException error;

        Thrower(RuntimeException error) {
            this.error = error;
        }

        public Integer call() {
            throw error;
        }
    }

    @Test
    void aWrappedInterruptIsOneShortLine() {
        var wrapped = new IllegalStateException("Job 0 cancelled because SparkContext was shut down".repeat(9),
                new RuntimeException(new InterruptedException()));
        assertEquals(1, Cli.execute(new Thrower(wrapped), new String[0]));
        assertEquals(List.of("thrower: interrupted"), errLines());
    }

    @Test
    void aLongErrorIsCutToOneShortLine() {
        assertEquals(1, Cli.execute(new Thrower(new IllegalStateException("x".repeat(435) + "\nat somewhere")), new String[0]));
        List<String> lines = errLines();
        assertEquals(1, lines.size(), lines.toString());
        assertTrue(lines.getFirst().length() <= "thrower: ".length() + Cli.MAX_LINE, lines.getFirst());
        assertTrue(lines.getFirst().endsWith("..."), lines.getFirst());
    }
}
