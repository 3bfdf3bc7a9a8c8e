package workbook.scripts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Part 2 through {@code ./jbang}: every way finds the guide's perfect numbers, in order. */
class PartTwoScriptsTest {
    private static final List<String> BELOW_10000 = List.of(
            "6 is a Perfect number", "28 is a Perfect number", "496 is a Perfect number", "8128 is a Perfect number");

    private static Script run(String alias, String... args) {
        Script script = Script.run(alias, args);
        assertEquals(0, script.exitCode(), script.toString());
        assertEquals(List.of(), script.err(), script.toString());
        return script;
    }

    private static void assertFindsTheGuidesNumbers(Script script) {
        assertEquals(BELOW_10000, script.out().subList(0, 4), script.toString());
        assertEquals(5, script.out().size(), script.toString());
        assertTrue(script.doneSeconds() > 0);
    }

    @Test
    void theLoopFindsThePerfectNumbers() {
        assertFindsTheGuidesNumbers(run("perfect-loop", "--n", "10000"));
    }

    @Test
    void theSearchStopsBelowN() {
        Script script = run("perfect-loop", "--n", "496");
        assertEquals(List.of("6 is a Perfect number", "28 is a Perfect number"), script.out().subList(0, 2));
        assertEquals(3, script.out().size());
    }

    @Test
    void onePlatformThreadPerNumber() {
        assertFindsTheGuidesNumbers(run("perfect-threads", "--n", "10000"));
    }

    @Test
    void oneVirtualThreadPerNumber() {
        assertFindsTheGuidesNumbers(run("perfect-threads", "--n", "10000", "--virtual"));
    }

    @Test
    void aFixedPool() {
        assertFindsTheGuidesNumbers(run("perfect-pool", "--n", "10000", "--workers", "3"));
    }

    @Test
    void theComparisonPrintsEveryWayTheGuidesFiguresAndWritesTheChart(@TempDir Path folder) throws IOException {
        Path page = folder.resolve("compare.html");
        Script script = run("perfect-compare", "--n", "3000", "--workers", "2", "--out", page.toString());
        String all = String.join("\n", script.out());
        assertEquals(List.of("6 is a Perfect number", "28 is a Perfect number", "496 is a Perfect number"),
                script.out().subList(0, 3), all);
        for (String way : List.of("plain loop", "platform thread per task", "virtual thread per task", "fixed pool",
                "parallel stream", "guide, Python: plain loop", "guide, Python: Process per number", "guide, Python: Pool().map")) {
            assertTrue(all.contains(way), way + " missing in\n" + all);
        }
        assertTrue(all.contains("258.874"), all);
        assertTrue(all.contains("71.3"), "the guide's pool reduction: " + all);
        assertEquals("Chart: " + page, script.out().getLast());
        assertTrue(Files.readString(page).contains("fixed pool"));
        assertTrue(Files.isRegularFile(folder.resolve("plotly-2.35.3.js")));
    }

    // --- a long run draws a progress bar with the time left, on a terminal only ---

    @org.junit.jupiter.params.ParameterizedTest(name = "{0}")
    @org.junit.jupiter.params.provider.CsvSource({"perfect-loop --n 20000, perfect-loop", "perfect-threads --virtual --n 20000, threads started"})
    void aLongRunDrawsAProgressBarOnATerminal(String command, String label, @TempDir Path dir) throws Exception {
        Path script = Path.of("/usr/bin/script");
        org.junit.jupiter.api.Assumptions.assumeTrue(Files.isExecutable(script), "no 'script' command to give the run a terminal");
        Path typescript = dir.resolve("typescript");
        Process process = new ProcessBuilder(script.toString(), "-qc", Script.ROOT.resolve("jbang") + " " + command,
                typescript.toString()).directory(Script.ROOT.toFile())
                .redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null")))
                .redirectOutput(ProcessBuilder.Redirect.DISCARD).redirectErrorStream(true).start();
        assertTrue(process.waitFor(5, java.util.concurrent.TimeUnit.MINUTES), "did not end");
        assertEquals(0, process.exitValue());
        String screen = Files.readString(typescript);
        assertTrue(screen.contains(label + " 100% ["), screen);       // the bar, finished
        assertTrue(screen.matches("(?s).*\\(\\d+:\\d\\d:\\d\\d / \\d+:\\d\\d:\\d\\d\\).*"), screen);   // time spent / time left
        assertTrue(screen.contains("8128 is a Perfect number"), screen);
    }
}
