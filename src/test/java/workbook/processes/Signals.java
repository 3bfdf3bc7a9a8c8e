package workbook.processes;

import java.io.IOException;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

/** Signals for the tests that stop a parent from outside, as Ctrl-C or {@code kill} would. */
final class Signals {
    private Signals() {}

    /** Sends SIG{@code name} (INT, TERM, KILL) to a process with the system's {@code kill}. */
    static void send(String name, long pid) throws IOException, InterruptedException {
        Process kill = new ProcessBuilder("kill", "-" + name, String.valueOf(pid)).redirectErrorStream(true).start();
        if (!kill.waitFor(10, TimeUnit.SECONDS) || kill.exitValue() != 0) {
            throw new AssertionError("kill -" + name + " " + pid + " failed: " + new String(kill.getInputStream().readAllBytes()));
        }
    }

    /**
     * True when this process ignores SIGINT, as a program started in the background by a
     * non-interactive shell does; its children then ignore it too, and a JVM does not react to it.
     */
    static boolean interruptIgnored() {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
                if (line.startsWith("SigIgn:")) {
                    return new BigInteger(line.substring("SigIgn:".length()).trim(), 16).testBit(1);   // signal 2 is bit 1
                }
            }
        } catch (IOException | RuntimeException e) {
            // not Linux: assume the usual
        }
        return false;
    }
}
