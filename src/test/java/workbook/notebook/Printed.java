package workbook.notebook;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

/** What a check prints, caught from standard output, for the tests of the notebooks' checks. */
final class Printed {
    private Printed() {}

    /** A check to run; the reader's code inside it may throw. */
    @FunctionalInterface
    interface Work {
        void run() throws Exception;
    }

    /** Runs {@code check} and returns what it printed, without the final line break. */
    static String by(Work check) throws Exception {
        PrintStream before = System.out;
        var out = new ByteArrayOutputStream();
        System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
        try {
            check.run();
        } finally {
            System.setOut(before);
        }
        return out.toString(StandardCharsets.UTF_8).strip();
    }
}
