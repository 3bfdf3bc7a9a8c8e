package workbook.notebook;

import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;

/**
 * Runs the notebooks the way a reader does: on the installed kernel {@code java}, through
 * Jupyter's nbconvert, with {@code WORKBOOK_QUICK=1} unless the environment sets it. The executed
 * notebook and its HTML go to {@code target/notebooks/}, for a teacher to look at.
 *
 * <p>Without Jupyter, the kernel or a browser, the tests that need them are skipped with the
 * reason; with {@code CI=true} they fail instead, since CI installs all of it.
 */
final class Jupyter {
    static final Path ROOT = Path.of("").toAbsolutePath();
    static final Path NOTEBOOKS = ROOT.resolve("notebooks");
    static final Path OUT = ROOT.resolve("target/notebooks");
    static final ObjectMapper JSON = new ObjectMapper();

    private static final Map<String, Executed> RUNS = new ConcurrentHashMap<>();
    private static List<String> nbconvert;

    private Jupyter() {}

    static boolean onCi() {
        return "true".equalsIgnoreCase(System.getenv("CI"));
    }

    /** Skips the test with {@code reason} when {@code condition} is false; on CI, fails it. */
    static void require(boolean condition, String reason) {
        if (condition) {
            return;
        }
        if (onCi()) {
            fail(reason + " (CI=true: the notebook tests must run here)");
        }
        Assumptions.abort(reason);
    }

    /** All notebooks in notebooks/, by name. */
    static List<Path> notebooks() throws IOException {
        try (Stream<Path> files = Files.list(NOTEBOOKS)) {
            return files.filter(p -> p.toString().endsWith(".ipynb")).sorted().toList();
        }
    }

    static JsonNode read(Path notebook) throws IOException {
        return JSON.readTree(notebook.toFile());
    }

    /** The notebook {@code name} (without .ipynb), executed once per test run. */
    static Executed executed(String name) throws Exception {
        Executed run = RUNS.get(name);
        if (run == null) {
            synchronized (Jupyter.class) {
                run = RUNS.get(name);
                if (run == null) {
                    run = execute(name);
                    RUNS.put(name, run);
                }
            }
        }
        return run;
    }

    private static Executed execute(String name) throws Exception {
        List<String> convert = nbconvert();
        Files.createDirectories(OUT);
        Path source = NOTEBOOKS.resolve(name + ".ipynb");
        Path executed = OUT.resolve(name + ".ipynb");
        Files.deleteIfExists(executed);
        long start = System.nanoTime();
        List<String> command = new ArrayList<>(convert);
        command.addAll(List.of("--to", "notebook", "--execute", "--allow-errors",
                "--ExecutePreprocessor.timeout=900", "--output-dir", OUT.toString(), "--output", name, source.toString()));
        Result result = run(command, 20);
        double seconds = (System.nanoTime() - start) / 1e9;
        if (result.code() != 0 || !Files.isRegularFile(executed)) {
            require(!result.output().contains("No such kernel"),
                    "the Jupyter kernel 'java' is not installed: run ./jbang install-kernel");
            fail("nbconvert could not run " + name + " (exit code " + result.code() + "):\n" + tail(result.output()));
        }
        List<String> html = new ArrayList<>(convert);
        html.addAll(List.of("--to", "html", executed.toString()));
        Result export = run(html, 5);
        if (export.code() != 0) {
            fail("nbconvert could not export " + name + " to HTML:\n" + tail(export.output()));
        }
        System.out.printf("notebook %s ran in %.1f s%n", name, seconds);
        return new Executed(name, read(executed), executed, OUT.resolve(name + ".html"), seconds);
    }

    /** The command that runs nbconvert here, or a skip (a failure on CI) when there is none. */
    static synchronized List<String> nbconvert() throws InterruptedException {
        if (nbconvert == null) {
            List<List<String>> candidates = List.of(List.of("jupyter", "nbconvert"),
                    List.of("/usr/bin/python3", "-m", "nbconvert"), List.of("python3", "-m", "nbconvert"));
            for (List<String> candidate : candidates) {
                List<String> version = new ArrayList<>(candidate);
                version.add("--version");
                try {
                    if (run(version, 1).code() == 0) {
                        nbconvert = candidate;
                        break;
                    }
                } catch (IOException notThere) {
                    // try the next one
                }
            }
            if (nbconvert == null) {
                nbconvert = List.of();
            }
        }
        require(!nbconvert.isEmpty(), "Jupyter's nbconvert is not installed (on Debian: apt-get install jupyter-notebook"
                + " jupyter-nbconvert python3-nbclient; then ./jbang install-kernel)");
        return nbconvert;
    }

    /** Chromium or Chrome, for the chart test; empty when there is none. */
    static Optional<Path> chromium() {
        List<String> names = List.of("chromium", "chromium-browser", "google-chrome", "google-chrome-stable", "chrome");
        for (String dir : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
            for (String name : names) {
                Path candidate = Path.of(dir.isEmpty() ? "." : dir, name);
                if (Files.isExecutable(candidate) && !Files.isDirectory(candidate)) {
                    return Optional.of(candidate);
                }
            }
        }
        Path mac = Path.of("/Applications/Google Chrome.app/Contents/MacOS/Google Chrome");
        return Files.isExecutable(mac) ? Optional.of(mac) : Optional.empty();
    }

    record Result(int code, String output) {}

    /** Runs a command with stdin closed, stdout and stderr together, and a time limit in minutes. */
    static Result run(List<String> command, int minutes) throws IOException, InterruptedException {
        var builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().putIfAbsent("WORKBOOK_QUICK", "1");
        Process process = builder.start();
        process.getOutputStream().close();
        var output = new java.io.ByteArrayOutputStream();
        Thread reader = Thread.ofVirtual().start(() -> {
            try (var in = process.getInputStream()) {
                in.transferTo(output);
            } catch (IOException ignored) {
                // the process is gone: what was read is kept
            }
        });
        if (!process.waitFor(minutes, TimeUnit.MINUTES)) {
            process.descendants().forEach(ProcessHandle::destroyForcibly);
            process.destroyForcibly();
            process.waitFor();
            reader.join();
            fail(String.join(" ", command) + " did not finish within " + minutes + " minutes:\n" + tail(output.toString(StandardCharsets.UTF_8)));
        }
        reader.join();
        return new Result(process.exitValue(), output.toString(StandardCharsets.UTF_8));
    }

    static String tail(String text) {
        String[] lines = text.split("\n");
        return String.join("\n", java.util.Arrays.copyOfRange(lines, Math.max(0, lines.length - 40), lines.length));
    }

    /** An executed notebook. */
    record Executed(String name, JsonNode notebook, Path ipynb, Path html, double seconds) {
        /** The code cells, in order. */
        List<Cell> cells() {
            List<Cell> cells = new ArrayList<>();
            for (JsonNode cell : notebook.get("cells")) {
                if (cell.get("cell_type").asText().equals("code")) {
                    cells.add(new Cell(text(cell.get("source")), cell.get("outputs"), cell.get("execution_count")));
                }
            }
            return cells;
        }

        /** The first code cell whose source contains {@code code}. */
        Cell cell(String code) {
            return cells().stream().filter(c -> c.source().contains(code)).findFirst()
                    .orElseThrow(() -> new AssertionError(name + " has no code cell with " + code));
        }
    }

    /** A code cell and what it printed. */
    record Cell(String source, JsonNode outputs, JsonNode executionCount) {
        /** Everything it printed on stdout. */
        String stdout() {
            StringBuilder out = new StringBuilder();
            for (JsonNode output : outputs) {
                if (output.get("output_type").asText().equals("stream") && output.get("name").asText().equals("stdout")) {
                    out.append(text(output.get("text")));
                }
            }
            return out.toString();
        }

        List<String> lines() {
            return stdout().lines().toList();
        }

        /** The MIME types of its display outputs, one list per output. */
        List<List<String>> displays() {
            List<List<String>> displays = new ArrayList<>();
            for (JsonNode output : outputs) {
                if (output.has("data")) {
                    List<String> types = new ArrayList<>();
                    output.get("data").fieldNames().forEachRemaining(types::add);
                    displays.add(types);
                }
            }
            return displays;
        }
    }

    /** nbformat stores text either as one string or as a list of lines. */
    static String text(JsonNode node) {
        if (node == null || node.isNull()) {
            return "";
        }
        if (node.isArray()) {
            StringBuilder text = new StringBuilder();
            node.forEach(part -> text.append(part.asText()));
            return text.toString();
        }
        return node.asText();
    }
}
