package workbook.balance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import tech.tablesaw.api.Table;
import workbook.perfect.PerfectNumbers;

/** Repeated runs read by their median, and the table read row by row against the lesson. */
class RepeatedRunsTest {
    private static Run run(String way, int workers, double seconds, double... busy) {
        return new Run(way, workers, List.of(6), seconds, busy);
    }

    private static Repeated repeated(String way, int workers, Run... runs) {
        return new Repeated(way, workers, List.of(runs));
    }

    private static Table table(double interleavedSeconds, double... interleavedBusy) {
        Repeated loop = repeated("plain loop", 1, run("plain loop", 1, 2.0, 2.0), run("plain loop", 1, 2.1, 2.1),
                run("plain loop", 1, 1.9, 1.9));
        Repeated blocks = repeated("static blocks", 2, run("static blocks", 2, 1.5, 0.5, 1.5));
        Repeated interleaved = repeated("interleaved", 2, run("interleaved", 2, interleavedSeconds, interleavedBusy));
        return LoadBalance.table("t", loop, List.of(blocks, interleaved));
    }

    /** Static blocks that took as long as the loop (efficiency 50 %, balance 66.7 %), and interleaved chunks. */
    private static Table slowBlocks(double interleavedSeconds) {
        return LoadBalance.table("t", repeated("plain loop", 1, run("plain loop", 1, 2.0, 2.0)),
                List.of(repeated("static blocks", 2, run("static blocks", 2, 2.0, 0.5, 1.5)),
                        repeated("interleaved", 2, run("interleaved", 2, interleavedSeconds, 1.0, 1.0))));
    }

    @Test
    void theMedianRunStandsForTheWay() {
        Repeated way = repeated("w", 1, run("w", 1, 3, 3), run("w", 1, 1, 1), run("w", 1, 2, 2));
        assertEquals(2, way.median().seconds());
        assertEquals(2, way.timings().median());
        assertEquals(3, way.timings().runs());
    }

    @Test
    void repeatedRunsOfAWayAllFindTheNumbers() throws InterruptedException {
        Repeated way = Repeated.of(3, new Interleaved(), 10_000, 2, PerfectNumbers::isPerfect);
        assertEquals(3, way.runs().size());
        way.runs().forEach(r -> assertEquals(List.of(6, 28, 496, 8128), r.found()));
    }

    @Test
    void theTableShowsRunsAndSpread() {
        Table t = table(1.0, 1.0, 1.0);
        assertEquals(3, t.intColumn("runs").getInt(0));
        assertEquals(10.0, t.doubleColumn("spread %").getDouble(0), 1e-9);     // 1.9 to 2.1 over a median of 2.0
        assertEquals(2.0, t.doubleColumn("seconds").getDouble(0), 1e-9);
    }

    @Test
    void aRunThatFollowsTheLessonAgreesRowByRow() {
        List<String> lines = LoadBalance.readTable(table(1.1, 1.0, 1.0), 2.0 / 3);
        assertEquals(2, lines.size(), lines.toString());
        assertTrue(lines.get(0).startsWith("static blocks: efficiency 66.7 %, balance 66.7 %: agrees"), lines.get(0));
        assertTrue(lines.get(1).startsWith("interleaved: efficiency 90.9 %, balance 100.0 %: agrees"), lines.get(1));
    }

    @Test
    void aBalancedWaySlowerThanTheBlocksIsNamedWithItsLikelyCause() {
        List<String> lines = LoadBalance.readTable(table(1.8, 1.0, 1.0), 2.0 / 3);
        assertTrue(lines.get(1).contains("CONTRADICTS the lesson: balanced better than the static blocks, yet no more efficient"),
                lines.get(1));
        assertTrue(lines.get(1).contains("other programs had the cores"), lines.get(1));
    }

    @Test
    void staticBlocksFarSlowerThanTheirBalanceDoNotAgree() {
        List<String> lines = LoadBalance.readTable(slowBlocks(1.1), 2.0 / 3);
        assertTrue(lines.get(0).startsWith("static blocks: efficiency 50.0 %, balance 66.7 %: CONTRADICTS the lesson"
                + " (expected about 66.7 %)"), lines.get(0));
        assertTrue(lines.get(0).contains("other programs had the cores"), lines.get(0));
    }

    @Test
    void whenEveryWayLagsItsBalanceTheMachineWasBusy() {
        List<String> lines = LoadBalance.readTable(slowBlocks(1.9), 2.0 / 3);
        assertTrue(lines.getLast().startsWith("Every balanced way's efficiency is well below its balance"), lines.toString());
    }
}
