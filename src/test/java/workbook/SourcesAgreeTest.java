package workbook;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import workbook.report.ChartPage;
import workbook.scripts.Script;
import workbook.spark.Driver;

/**
 * What is written in many files says the same everywhere: library versions (pom.xml and every
 * script's //DEPS, ChartPage), Spark's JVM options; scripts carry the run bit and print plain ASCII.
 */
class SourcesAgreeTest {
    private static final Path ROOT = Script.ROOT;

    private static String pom() throws IOException {
        return Files.readString(ROOT.resolve("pom.xml"));
    }

    private static List<Path> scripts() throws IOException {
        try (Stream<Path> files = Files.list(ROOT.resolve("scripts"))) {
            return files.filter(p -> p.toString().endsWith(".java")).sorted().toList();
        }
    }

    /** artifactId to version, as pom.xml's dependencies name them (properties filled in). */
    private static Map<String, String> pomVersions() throws IOException {
        String pom = pom();
        Map<String, String> properties = new HashMap<>();
        var p = Pattern.compile("<([\\w.-]+)>([^<]*)</\\1>").matcher(pom.substring(pom.indexOf("<properties>"), pom.indexOf("</properties>")));
        while (p.find()) {
            properties.put(p.group(1), p.group(2).strip());
        }
        Map<String, String> versions = new HashMap<>();
        var d = Pattern.compile("<dependency>\\s*<groupId>[^<]+</groupId>\\s*<artifactId>([^<]+)</artifactId>\\s*<version>([^<]+)</version>")
                .matcher(pom);
        while (d.find()) {
            String v = d.group(2).strip();
            var ref = Pattern.compile("\\$\\{([^}]+)}").matcher(v);
            versions.put(d.group(1), ref.matches() ? properties.get(ref.group(1)) : v);
        }
        return versions;
    }

    @Test
    void everyScriptsDependenciesHaveThePomsVersions() throws IOException {
        Map<String, String> pom = pomVersions();
        assertTrue(pom.containsKey("picocli"), pom.toString());
        List<String> wrong = new ArrayList<>();
        int checked = 0;
        for (Path script : scripts()) {
            for (String line : Files.readAllLines(script)) {
                if (!line.startsWith("//DEPS ")) {
                    continue;
                }
                String[] gav = line.substring("//DEPS ".length()).strip().split("@")[0].split(":");
                String inPom = pom.get(gav[1]);
                if (inPom != null) {
                    checked++;
                    if (!inPom.equals(gav[2])) {
                        wrong.add(script.getFileName() + ": " + gav[1] + " " + gav[2] + ", pom.xml " + inPom);
                    }
                }
            }
        }
        assertTrue(checked > 20, "checked " + checked);
        assertEquals(List.of(), wrong);
    }

    @Test
    void plotlyIsTheSameVersionInThePomAndInChartPage() throws IOException {
        assertEquals(pomVersions().get("plotly.js-dist"), ChartPage.PLOTLY_VERSION);
    }

    @Test
    void sparksJvmOptionsAreTheSameInThePomTheDriverAndTheScript() throws IOException {
        var m = Pattern.compile("<spark\\.jvm\\.options>([^<]*)</spark\\.jvm\\.options>").matcher(pom());
        assertTrue(m.find());
        var inPom = new LinkedHashSet<>(List.of(m.group(1).strip().split("\\s+")));
        assertEquals(inPom, new LinkedHashSet<>(Driver.JVM_OPTIONS));
        var inScript = new LinkedHashSet<String>();
        for (String line : Files.readAllLines(ROOT.resolve("scripts/perfect-spark.java"))) {
            if (line.startsWith("//RUNTIME_OPTIONS ")) {
                inScript.addAll(List.of(line.substring("//RUNTIME_OPTIONS ".length()).strip().split("\\s+")));
            }
        }
        assertEquals(inPom, inScript);
    }

    @Test
    void everyScriptCarriesTheRunBit() throws IOException {
        for (Path script : scripts()) {
            assertTrue(Files.isExecutable(script), script + " is not executable (chmod +x)");
        }
    }

    @Test
    void perfectCompareNeedsNoSpark() throws IOException {
        String text = Files.readString(ROOT.resolve("scripts/perfect-compare.java"));
        assertFalse(text.contains("org.apache.spark"), "perfect-compare depends on Spark: its first run would fetch it");
        assertFalse(text.contains("workbook/spark") || text.contains("workbook.spark"), "perfect-compare uses the Spark way");
    }

    /** String literals in the module and the scripts: what they print must read on an LC_ALL=C terminal. */
    @Test
    void printedTextIsPlainAscii() throws IOException {
        List<Path> sources = new ArrayList<>(scripts());
        try (Stream<Path> files = Files.walk(ROOT.resolve("src/main/java"))) {
            files.filter(p -> p.toString().endsWith(".java")).forEach(sources::add);
        }
        var literal = Pattern.compile("\"(?:[^\"\\\\]|\\\\.)*\"");
        List<String> found = new ArrayList<>();
        for (Path source : sources) {
            List<String> lines = Files.readAllLines(source);
            for (int i = 0; i < lines.size(); i++) {
                String line = lines.get(i).strip();
                if (line.startsWith("*") || line.startsWith("//") || line.startsWith("/*")) {
                    continue;
                }
                var m = literal.matcher(line);
                while (m.find()) {
                    if (!m.group().chars().allMatch(c -> c < 128)) {
                        found.add(ROOT.relativize(source) + ":" + (i + 1) + ": " + m.group());
                    }
                }
            }
        }
        assertEquals(List.of(), found);
    }

    /** The README's command for the steps in reading order: the catalog lists them as its table does. */
    @Test
    void theCatalogListsTheStepsInTheReadmesOrder() throws IOException {
        List<String> catalog = new ArrayList<>();
        var entry = Pattern.compile("^    \"([a-z-]+)\"").matcher("");
        for (String line : Files.readAllLines(ROOT.resolve("jbang-catalog.json"))) {
            if (entry.reset(line).find() && !entry.group(1).equals("install-kernel")) {
                catalog.add(entry.group(1));
            }
        }
        List<String> table = new ArrayList<>();
        var row = Pattern.compile("^\\| `([a-z-]+)` \\|").matcher("");
        for (String line : Files.readAllLines(ROOT.resolve("README.md"))) {
            if (row.reset(line).find()) {
                table.add(row.group(1));
            }
        }
        assertEquals(table, catalog);
    }
}
