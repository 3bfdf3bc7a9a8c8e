package workbook.scripts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A chart script's {@code --out} is checked before any work: a folder, the library's own name, a
 * place where no file can be created: one line, exit code 2, and nothing written anywhere (the
 * exact lines for each script are in {@link BadInputTest}).
 */
class ChartOutTest {
    @TempDir
    Path folder;

    @Test
    void anExistingFolderGetsOneLineAndNothingIsWrittenInItOrBesideIt() throws IOException {
        Path charts = Files.createDirectories(folder.resolve("charts"));
        Script script = Script.run("speedup-curve", "--out", charts.toString());
        assertEquals(2, script.exitCode(), script.toString());
        assertEquals(List.of("speedup-curve: Invalid value for option '--out': " + charts
                + " is a folder: give the page's file name, such as " + charts.resolve("chart.html"),
                "Usage: see 'speedup-curve --help'"), script.err(), script.toString());
        assertEquals(List.of(), script.out(), "no work done");
        assertEquals(Set.of(charts), entries(folder), "no plotly.js beside the folder");
        assertEquals(Set.of(), entries(charts), "nothing in it");
    }

    @Test
    void aFolderThatTakesNoFilesGetsOneLineWithTheReason() {
        Assumptions.assumeTrue(Files.isDirectory(Path.of("/proc/self")), "a Linux /proc");
        Script script = Script.run("algorithm-vs-cores", "--out", "/proc/x.html");
        assertEquals(2, script.exitCode(), script.toString());
        assertEquals(2, script.err().size(), script.toString());
        assertTrue(script.err().getFirst().startsWith("algorithm-vs-cores: Invalid value for option '--out': cannot create files in /proc ("),
                script.toString());
        assertEquals(List.of(), script.out(), "no work done");
    }

    @Test
    void aGoodPageIsWrittenWithPlotlyBesideItAndNothingElse() throws IOException {
        Path page = folder.resolve("new/chart.html");
        Script script = Script.run("speedup-curve", "--n", "2000", "--max-workers", "2", "--out", page.toString());
        assertEquals(0, script.exitCode(), script.toString());
        assertEquals(Set.of(page, page.resolveSibling("plotly-2.35.3.js")), entries(page.getParent()));
        assertFalse(Files.readString(page).isBlank());
    }

    private static Set<Path> entries(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.collect(Collectors.toSet());
        }
    }
}
