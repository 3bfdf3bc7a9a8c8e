package workbook.processes;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.Consumer;
import workbook.balance.Interleaved;
import workbook.balance.Run;
import workbook.perfect.PerfectNumbers;
import workbook.perfect.Slice;
import workbook.shared.Threads;

/**
 * The perfect-number search split into W interleaved slices, run two ways: in W child JVMs (the
 * guide's Processes, in Java) or on W threads of this JVM. Same slices, same test, same answer.
 */
public final class SplitSearch {
    private SplitSearch() {}

    /** A child JVM at work: its number (from 1), its process id and its slice. */
    public record Child(int index, long pid, Slice slice) {}

    /** The numbers found and how many were checked, over all workers. */
    public record Outcome(List<Integer> perfect, long checked) {}

    /**
     * Starts one child JVM per slice, tells {@code started} about each, then reads every child's
     * report from its output pipe. Interrupted, it ends every child before it throws; a child
     * that fails ends the search with its exit code and output.
     */
    public static Outcome overChildJvms(int limit, int children, Consumer<Child> started) throws InterruptedException {
        if (children < 1) {
            throw new IllegalArgumentException("need at least 1 child, got " + children);
        }
        List<Process> processes = new ArrayList<>();
        List<Thread> readers = new ArrayList<>();
        List<List<String>> outputs = new ArrayList<>();
        try {
            for (int k = 0; k < children; k++) {
                Slice slice = Slice.interleaved(k, children, limit);
                Process process = ChildJvm.start(SearchChild.class,
                        String.valueOf(slice.from()), String.valueOf(slice.to()), String.valueOf(slice.step()));
                processes.add(process);
                List<String> lines = Collections.synchronizedList(new ArrayList<>());
                outputs.add(lines);
                readers.add(Thread.ofVirtual().start(() -> readLines(process, lines)));   // reading a pipe ignores interrupts
                started.accept(new Child(k + 1, process.pid(), slice));
            }
            List<Integer> perfect = new ArrayList<>();
            long checked = 0;
            for (int k = 0; k < children; k++) {
                int exit = processes.get(k).waitFor();           // interruptible, unlike the read
                readers.get(k).join();
                Report report = Report.parse(outputs.get(k));
                if (exit != 0 && ChildJvm.shuttingDown()) {
                    throw new InterruptedException("stopped: this JVM is shutting down");
                }
                if (exit != 0 || report == null) {
                    throw new IllegalStateException("child " + (k + 1) + " ended with exit code " + exit
                            + (outputs.get(k).isEmpty() ? "" : ": " + String.join(" | ", outputs.get(k))));
                }
                perfect.addAll(report.perfect());
                checked += report.checked();
            }
            Collections.sort(perfect);
            return new Outcome(perfect, checked);
        } finally {
            processes.forEach(ChildJvm::stop);                   // after a normal end they have exited already
            Threads.awaitEnd(readers);           // their pipes are closed now: quick
        }
    }

    /** The same slices on {@code threads} platform threads of this JVM. */
    public static Outcome overThreads(int limit, int threads) throws InterruptedException {
        Run run = new Interleaved().search(limit, threads, PerfectNumbers::isPerfect);
        return new Outcome(run.found(), Math.max(0, limit - 1));
    }

    private static void readLines(Process process, List<String> lines) {
        try (var in = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                lines.add(line);
            }
        } catch (IOException e) {
            // the child was stopped: its pipe closed under us
        }
    }

    private record Report(List<Integer> perfect, long checked) {
        /** The child's lines as a report, or null when its last word, the count, is missing. */
        static Report parse(List<String> lines) {
            List<Integer> perfect = new ArrayList<>();
            for (String line : lines) {
                if (line.startsWith("perfect ")) {
                    perfect.add(Integer.parseInt(line.substring("perfect ".length()).trim()));
                } else if (line.startsWith("checked ")) {
                    return new Report(perfect, Long.parseLong(line.substring("checked ".length()).trim()));
                }
            }
            return null;
        }
    }
}
