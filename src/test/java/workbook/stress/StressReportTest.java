package workbook.stress;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Reads jcstress's "RUN RESULTS" section: only that section, every test, every outcome row. */
class StressReportTest {
    static final List<String> OUTPUT = List.of(
            ".......... [OK] racestress.LostUpdate",
            "  RESULT  SAMPLES     FREQ       EXPECT  DESCRIPTION",
            "       1    2,904    0.40%  Interesting  Lost update: both read the same value.",
            "RUN RESULTS:",
            "  Interesting tests: 1 matching test results.",
            ".......... [OK] racestress.LostUpdate",
            "  Results across all configurations:",
            "  RESULT     SAMPLES     FREQ       EXPECT  DESCRIPTION",
            "       1     603,153    5.02%  Interesting  Lost update: both read the same value.",
            "       2  11,403,638   94.98%   Acceptable  Both increments kept.",
            "  VM error stream:",
            "    WARNING: something",
            ".......... [OK] racestress.AtomicNoLoss",
            "       1           0    0.00%    Forbidden  A lost update: incrementAndGet is broken.",
            "       2     540,691  100.00%   Acceptable  Both increments kept.",
            "  Failed tests: No matches.");

    @Test
    void readsEveryTestAndOutcomeOfTheRunResults() {
        StressReport report = StressReport.parse(OUTPUT);
        assertEquals(List.of("racestress.LostUpdate", "racestress.AtomicNoLoss"), List.copyOf(report.tests().keySet()));
        var lost = report.test("racestress.LostUpdate");
        assertEquals(603_153, lost.samples("1"));
        assertEquals(603_153 + 11_403_638, lost.total());
        assertEquals(0, report.test("racestress.AtomicNoLoss").forbidden());
        assertEquals("Forbidden", report.test("racestress.AtomicNoLoss").outcomes().getFirst().expect());
        assertFalse(report.anyFailed());
        assertTrue(report.print().contains("LostUpdate"));
    }

    @Test
    void noRunResultsMeansFailedAndAMissingTestIsNamed() {
        StressReport report = StressReport.parse(OUTPUT.subList(0, 3));
        assertTrue(report.anyFailed());
        assertThrows(IllegalStateException.class, () -> report.test("racestress.LostUpdate"));
    }
}
