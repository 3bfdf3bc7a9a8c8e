package workbook.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
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
    void aPageUnderARegularFileIsRefusedWithTheReasonAndLeavesNothing() throws IOException {
        Path blocker = Files.writeString(folder.resolve("not-a-folder"), "x");
        var error = assertThrows(IllegalArgumentException.class, () -> ChartPage.write(figure(), blocker.resolve("sub/chart.html")));
        assertEquals(blocker + " is a file, not a folder: " + blocker.resolve("sub/chart.html") + " cannot be written under it",
                error.getMessage());
        assertOnly(blocker);
    }

    @Test
    void theRootFolderIsNotAPage() {
        var error = assertThrows(IllegalArgumentException.class, () -> ChartPage.check(Path.of("/")));
        assertEquals("/ is the root folder, not a file: give a page such as charts/chart.html", error.getMessage());
    }

    @Test
    void aFolderIsNotAPageAndNothingIsWrittenBesideIt() throws IOException {
        Path existing = Files.createDirectories(folder.resolve("charts"));
        var error = assertThrows(IllegalArgumentException.class, () -> ChartPage.write(figure(), existing));
        assertEquals(existing + " is a folder: give the page's file name, such as " + existing.resolve("chart.html"), error.getMessage());
        assertOnly(existing);
        try (Stream<Path> files = Files.list(existing)) {
            assertEquals(0, files.count());
        }
    }

    @Test
    void thePageCannotTakeTheLibrarysName() throws IOException {
        Path page = folder.resolve(ChartPage.PLOTLY_FILE);
        var error = assertThrows(IllegalArgumentException.class, () -> ChartPage.write(figure(), page));
        assertEquals(page + " is the name of the plotly.js file written beside the page: choose another name", error.getMessage());
        assertOnly();
    }

    @Test
    void aPageIsAnHtmlFile() {
        var error = assertThrows(IllegalArgumentException.class, () -> ChartPage.check(folder.resolve("chart.txt")));
        assertEquals(folder.resolve("chart.txt") + " does not end in .html: a chart page is an HTML file", error.getMessage());
    }

    @Test
    void aFolderWhereNoFileCanBeCreatedIsRefusedWithTheReason() {
        Assumptions.assumeTrue(Files.isDirectory(Path.of("/proc/self")), "a Linux /proc");
        var error = assertThrows(IllegalArgumentException.class, () -> ChartPage.check(Path.of("/proc/x.html")));
        assertTrue(error.getMessage().startsWith("cannot create files in /proc ("), error.getMessage());
        assertFalse(Files.exists(Path.of("/proc/x.html")));
    }

    @Test
    void aGoodPageIsCheckedWithoutWritingAnything() throws IOException {
        Path page = folder.resolve("new/deeper/chart.html");
        assertEquals(page, ChartPage.check(page));
        assertOnly();
    }

    @Test
    void filesGetTheUsersUsualPermissions() throws IOException {
        Assumptions.assumeTrue(folder.getFileSystem().supportedFileAttributeViews().contains("posix"), "POSIX permissions");
        Path usual = folder.resolve("usual");
        Files.newOutputStream(usual).close();
        Path page = ChartPage.write(figure(), folder.resolve("chart.html"));
        var expected = Files.getPosixFilePermissions(usual);
        assertEquals(expected, Files.getPosixFilePermissions(page), "the page: as any new file (umask)");
        assertEquals(expected, Files.getPosixFilePermissions(page.resolveSibling(ChartPage.PLOTLY_FILE)), "plotly.js: as any new file");
    }

    /** The test's folder holds exactly these entries. */
    private void assertOnly(Path... entries) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            assertEquals(java.util.Set.of(entries), files.collect(java.util.stream.Collectors.toSet()));
        }
    }
}
