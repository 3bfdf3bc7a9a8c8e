package workbook.report;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

/** The line chart with its reference lines, and the log-scale bars with a series per kind of figure. */
class ChartsLinesAndLogBarsTest {

    @Test
    void linesDrawTheMeasurementSolidAndTheReferencesDashed(@TempDir Path dir) throws Exception {
        Table table = Table.create("Speedup",
                DoubleColumn.create("workers", 1, 2, 3),
                DoubleColumn.create("measured", 1, 1.9, 1.9),
                DoubleColumn.create("ideal", 1, 2, 3));
        String js = Charts.lines(table, "workers", "speedup", "measured", "ideal").asJavascript("chart");
        assertTrue(js.contains("measured") && js.contains("ideal"), js);
        assertTrue(js.contains("dash"), js);
        Path page = ChartPage.write(Charts.lines(table, "workers", "speedup", "measured", "ideal"), dir.resolve("lines.html"));
        assertTrue(Files.readString(page).contains("Speedup"));
    }

    @Test
    void groupedBarsShowEveryValueColumnPerRow() {
        Table table = Table.create("Ways",
                StringColumn.create("way", "static", "stealing"),
                DoubleColumn.create("efficiency %", 60, 95),
                DoubleColumn.create("balance %", 67, 99));
        String js = Charts.groupedBars(table, "way", "efficiency %", "balance %").asJavascript("chart");
        assertTrue(js.contains("name: 'efficiency %'") && js.contains("name: 'balance %'"), js);   // side by side: plotly's default bar mode
    }

    @Test
    void logBarsUseALogAxisAndOneSeriesPerKind() {
        Table table = Table.create("Times",
                StringColumn.create("way", "loop", "sieve", "Python"),
                DoubleColumn.create("seconds", 13, 0.01, 258.87),
                StringColumn.create("figure", "measured here", "measured here", "the guide's figure"));
        String js = Charts.logBars(table, "way", "seconds", "figure").asJavascript("chart");
        assertTrue(js.contains("type: 'log'") || js.contains("type: \"log\""), js);
        assertTrue(js.indexOf("measured here") < js.indexOf("the guide"), js);   // the series in the table's order
        assertTrue(js.contains("[\"loop\",\"sieve\"]") && js.contains("[\"Python\"]"), js);
    }
}
