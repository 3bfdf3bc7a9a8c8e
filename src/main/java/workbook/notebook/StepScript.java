package workbook.notebook;

import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Runs one of the workbook's scripts ({@code ./jbang <alias>}) as a child process from a notebook
 * and prints its output as it comes, read through a pipe (a child's own terminal output would go
 * to the kernel's terminal, not the notebook). For steps that fork JVMs of their own (JMH,
 * jcstress), which the kernel cannot host. JBang's "[jbang] ..." lines are left out. An interrupt
 * (the notebook's stop button) ends the child and everything it started.
 */
public final class StepScript {
    private StepScript() {}

    /** Runs the script in {@code root}; returns its exit code. */
    public static int run(Path root, String alias, String... args) throws InterruptedException {
        List<String> command = new ArrayList<>(List.of(root.resolve("jbang").toString(), alias));
        command.addAll(List.of(args));
        Process process;
        try {
            process = new ProcessBuilder(command).directory(root.toFile()).redirectErrorStream(true)
                    .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null"))).start();
        } catch (IOException e) {
            throw new UncheckedIOException("could not start " + alias + ": " + e.getMessage(), e);
        }
        Thread reader = Thread.ofPlatform().name(alias + "-output").start(() -> {
            try (var out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
                for (String line; (line = out.readLine()) != null; ) {
                    if (!line.startsWith("[jbang] ")) {
                        System.out.println(line);
                    }
                }
            } catch (IOException e) {
                // the child ended
            }
        });
        try {
            int code = process.waitFor();
            reader.join();
            return code;
        } catch (InterruptedException e) {
            process.descendants().forEach(ProcessHandle::destroy);
            process.destroy();
            if (!process.waitFor(10, TimeUnit.SECONDS)) {
                process.descendants().forEach(ProcessHandle::destroyForcibly);
                process.destroyForcibly();
            }
            reader.join(5_000);
            throw e;
        }
    }
}
