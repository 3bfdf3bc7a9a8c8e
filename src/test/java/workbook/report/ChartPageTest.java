package workbook.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ChartPageTest {
    @TempDir
    Path folder;

    private static tech.tablesaw.plotly.components.Figure figure() {
        var table = new Comparison("Perfect numbers below 1000").measured("plain loop", 1, 2.0).measured("fixed pool", 2, 1.0).table();
        return Charts.bars(table, "way", "seconds");
    }

    @Test
    void writesAPageThatLoadsTheLocalPlotlyCopy() throws IOException {
        Path page = ChartPage.write(figure(), folder.resolve("charts/compare.html"));
        String html = Files.readString(page);
        assertTrue(html.contains("src=\"" + ChartPage.PLOTLY_FILE + "\""), "loads plotly.js from beside the page");
        assertFalse(html.contains("cdn.plot.ly"), "no CDN");
        assertTrue(html.contains("fixed pool"));
        Path plotly = page.resolveSibling(ChartPage.PLOTLY_FILE);
        assertTrue(Files.size(plotly) > 1_000_000, "the whole plotly.js is there");
        assertTrue(Files.readString(plotly).contains("2.35.3"));
    }

    @Test
    void leavesNoPartialFilesBehind() throws IOException {
        ChartPage.write(figure(), folder.resolve("a.html"));
        ChartPage.write(figure(), folder.resolve("a.html"));       // overwrite
        try (Stream<Path> files = Files.list(folder)) {
            assertEquals(2, files.count(), "the page and plotly.js, nothing else");
        }
    }

    @Test
    void aPageThatCannotBeWrittenFailsWithItsPathAndLeavesNothing() throws IOException {
        Path blocker = Files.writeString(folder.resolve("not-a-folder"), "x");
        var error = assertThrows(UncheckedIOException.class, () -> ChartPage.write(figure(), blocker.resolve("chart.html")));
        assertTrue(error.getMessage().contains("chart.html"), error.getMessage());
        try (Stream<Path> files = Files.list(folder)) {
            assertEquals(1, files.count());
        }
    }
}
