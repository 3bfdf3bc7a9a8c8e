package workbook.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import tech.tablesaw.api.Table;

class ComparisonTest {

    @Test
    void measuredRowsAreComparedWithTheFirstMeasuredAndReferenceRowsWithTheFirstReference() {
        Table table = new Comparison("test")
                .measured("plain loop", 1, 10.0)
                .measured("fixed pool", 2, 5.0)
                .reference("guide: loop", 1, 258.8744)
                .reference("guide: pool", null, 74.2217)
                .table();
        assertEquals(List.of("way", "workers", "seconds", "speedup", "reduction %"), table.columnNames());
        assertEquals(1.0, table.doubleColumn("speedup").get(0), 1e-9);
        assertEquals(2.0, table.doubleColumn("speedup").get(1), 1e-9);
        assertEquals(50.0, table.doubleColumn("reduction %").get(1), 1e-9);
        assertEquals(258.8744 / 74.2217, table.doubleColumn("speedup").get(3), 1e-9);
        // the guide says 71.3 %: right for the pool, while its 44.4 % for the processes is really 44.5 %
        assertEquals(71.3, table.doubleColumn("reduction %").get(3), 0.05);
        assertTrue(table.intColumn("workers").isMissing(3), "the guide does not say how many workers its pool had");
    }

    @Test
    void theMeasuredTableLeavesTheReferencesOut() {
        Table measured = new Comparison("test")
                .measured("plain loop", 1, 10.0)
                .reference("guide: loop", 1, 258.8744)
                .measured("fixed pool", 2, 4.0)
                .measuredTable();
        assertEquals(List.of("plain loop", "fixed pool"), measured.stringColumn("way").asList());
        assertEquals(2.5, measured.doubleColumn("speedup").get(1), 1e-9);
    }

    @Test
    void theGuidesProcessFigureIsA44Point5PercentReduction() {
        Table table = new Comparison("guide")
                .reference("loop", 1, 258.8744)
                .reference("process per number", 99_999, 143.5928)
                .table();
        assertEquals(44.53, table.doubleColumn("reduction %").get(1), 0.005);
    }

    @Test
    void thePrintedTableShowsRoundedFigures() {
        String printed = new Comparison("Perfect numbers")
                .measured("plain loop", 1, 12.98765)
                .measured("fixed pool", 2, 6.5)
                .table().print();
        assertTrue(printed.contains("12.988"), printed);
        assertTrue(printed.contains("2.00"), printed);
        assertTrue(printed.contains("50.0"), printed);
    }
}
