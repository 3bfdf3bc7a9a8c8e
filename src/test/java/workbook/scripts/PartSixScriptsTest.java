package workbook.scripts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Part 6 through {@code ./jbang}: the hunt prints the perfect numbers in rank order, then its table. */
class PartSixScriptsTest {
    private static Script run(String... args) {
        Script script = Script.run("perfect-hunt", args);
        assertEquals(0, script.exitCode(), script.toString());
        assertEquals(List.of(), script.err(), script.toString());
        return script;
    }

    @Test
    void theHuntPrintsEachPerfectNumberInRankOrderThenTheTable() {
        Script script = run("--max-exponent", "130", "--workers", "3");
        assertEquals(List.of(
                "#1 p = 2: 1 digit, 6",
                "#2 p = 3: 2 digits, 28",
                "#3 p = 5: 3 digits, 496",
                "#4 p = 7: 4 digits, 8128",
                "#5 p = 13: 8 digits, 33550336",
                "#6 p = 17: 10 digits, 8589869056",
                "#7 p = 19: 12 digits, 137438691328",
                "#8 p = 31: 19 digits, 2305843008139952128",
                "#9 p = 61: 37 digits, 2658455991...5953842176",
                "#10 p = 89: 54 digits, 1915619426...1548169216",
                "#11 p = 107: 65 digits, 1316403645...7783728128",
                "#12 p = 127: 77 digits, 1447401115...1199152128"), script.out().subList(0, 12), script.toString());
        assertEquals("The hunt up to p = 130", script.out().get(12).strip());
        assertTrue(script.out().get(13).matches(" *run *\\| *candidates *\\| *removed by trial factoring *\\|"
                + " *tested by Lucas-Lehmer *\\| *found *\\| *seconds *\\|"), script.toString());
        assertTrue(script.out().get(15).matches(" 3 workers, largest first *\\| *31 *\\| *13 *\\| *18 *\\| *12 *\\| *\\d+\\.\\d+ *\\|"),
                script.toString());
        assertEquals(16, script.out().size(), script.toString());
    }

    @Test
    void digitsAllPrintsTheNumberWhole() {
        Script script = run("--max-exponent", "61", "--digits", "all", "--workers", "1");
        assertEquals("#9 p = 61: 37 digits, 2658455991569831744654692615953842176", script.out().get(8), script.toString());
    }

    @Test
    void theBenchmarkPrintsItsRatiosAndWritesTheTimelines(@TempDir Path folder) throws IOException {
        Script script = run("--max-exponent", "1300", "--workers", "2", "--benchmark", "--out", folder.toString());
        String all = String.join("\n", script.out());
        for (String expected : List.of("Speedup of 2 workers over 1 (largest first): ", "FIFO / largest first: ",
                "Idle at the end", "Trial factoring removed ", "Reduction mod 2^p - 1 on p = ", "BigInteger squaring: cost ~ p^",
                "Squaring: every exponent of this hunt is squared by BigInteger", "Runs: 1 worker, largest first median ",
                "2 workers, work stealing (ForkJoinPool)")) {
            assertTrue(all.contains(expected), expected + " missing in\n" + all);
        }
        assertEquals("Charts: " + folder, script.out().getLast());
        for (String page : List.of("cost.html", "timeline-2-workers-fifo-smallest-first.html",
                "timeline-2-workers-largest-first.html", "timeline-2-workers-work-stealing-forkjoinpool-.html")) {
            assertTrue(Files.isRegularFile(folder.resolve(page)), page);
        }
        String timeline = Files.readString(folder.resolve("timeline-2-workers-largest-first.html"));
        assertTrue(timeline.contains("\"worker 1\"") && timeline.contains("\"worker 2\"") && timeline.contains("p = "), timeline);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "--max-exponent | 1     | perfect-hunt: --max-exponent must be at least 2, got 1",
            "--max-exponent | 50001 | perfect-hunt: --max-exponent must be at most 50000, got 50001: the hunt to P costs about P^3, so 50000 is already about 90 times the work of the default",
            "--workers      | 0     | perfect-hunt: --workers must be at least 1, got 0",
            "--digits       | 0     | perfect-hunt: --digits must be at least 1, got 0",
            "--digits       | some  | perfect-hunt: --digits: expected a number or 'all', got 'some'"})
    void badInputIsOneLineAndAHintWithExitCode2(String option, String value, String message) {
        Script script = Script.run("perfect-hunt", option, value);
        assertEquals(2, script.exitCode(), script.toString());
        assertEquals(List.of(message, "Usage: see 'perfect-hunt --help'"), script.err(), script.toString());
        assertEquals(List.of(), script.out(), script.toString());
    }
}
