package workbook.scripts;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/**
 * Runs a script through the repository's {@code ./jbang} launcher, as a reader would, and
 * keeps what it printed. JBang's own first-run line ("[jbang] Building jar ...") is set apart.
 */
public record Script(int exitCode, List<String> out, List<String> err) {
    public static final Path ROOT = findRoot();

    public static Script run(String alias, String... args) {
        List<String> command = new ArrayList<>();
        command.add(ROOT.resolve("jbang").toString());
        command.add(alias);
        command.addAll(List.of(args));
        try {
            Process process = new ProcessBuilder(command).directory(ROOT.toFile()).redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null"))).start();
            var out = CompletableFuture.supplyAsync(() -> read(process.getInputStream()));
            var err = CompletableFuture.supplyAsync(() -> read(process.getErrorStream()));
            if (!process.waitFor(5, TimeUnit.MINUTES)) {
                process.descendants().forEach(ProcessHandle::destroyForcibly);
                process.destroyForcibly();
                throw new AssertionError(alias + " did not end within 5 minutes");
            }
            List<String> errLines = err.join().stream().filter(line -> !line.startsWith("[jbang] ")).toList();
            return new Script(process.exitValue(), out.join(), errLines);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted", e);
        }
    }

    private static List<String> read(java.io.InputStream in) {
        try (in) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The seconds in the last "Done in S.SSSS seconds" line. */
    public double doneSeconds() {
        String last = out.getLast();
        if (!last.matches("Done in \\d+\\.\\d{4} seconds")) {
            throw new AssertionError("last line is not 'Done in S.SSSS seconds': " + last + "\n" + this);
        }
        return Double.parseDouble(last.substring("Done in ".length(), last.length() - " seconds".length()));
    }

    @Override
    public String toString() {
        return "exit " + exitCode + "\n--- stdout\n" + String.join("\n", out) + "\n--- stderr\n" + String.join("\n", err);
    }

    private static Path findRoot() {
        Path dir = Path.of("").toAbsolutePath();
        while (dir != null && !Files.isRegularFile(dir.resolve("jbang-catalog.json"))) {
            dir = dir.getParent();
        }
        if (dir == null) {
            throw new IllegalStateException("no jbang-catalog.json above " + Path.of("").toAbsolutePath());
        }
        return dir;
    }
}
