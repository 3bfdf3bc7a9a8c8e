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
}
