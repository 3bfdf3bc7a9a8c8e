package workbook.notebook;

import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import workbook.ways.FixedPool;
import workbook.ways.ParallelStream;
import workbook.ways.ThreadPerTask;
import workbook.ways.Way;

/** What the notebooks' first cell ({@code %load workbook.jsh}) does once the workbook is on the class path. */
public final class Setup {
    private Setup() {}

    /**
     * Warms the JVM up and returns the line the first cell prints. The first platform thread, the
     * first virtual thread (its carrier pool) and the first pool of a fresh JVM cost extra; paying
     * that here keeps it out of the notebook's first timings. When the kernel loads the workbook's
     * classes from another copy of the workbook than {@code root} (a kernel installed from another
     * folder), the line says so, since the notebook would then run that copy's code.
     */
    public static String ready(Path root) throws InterruptedException {
        for (Way way : List.<Way>of(ThreadPerTask.platform(), ThreadPerTask.virtual(), new FixedPool(2), new ParallelStream(2))) {
            way.map(List.of(1, 2, 3), n -> n * n);
        }
        Path loaded = classesFolder();
        Path expected = root.resolve("target/classes");
        if (loaded != null && Files.isDirectory(expected) && !sameFile(loaded, expected)) {
            return "Note: this kernel runs the workbook's classes from " + loaded + ", not from " + expected
                    + ": run ./jbang install-kernel in " + root + " and restart the kernel.";
        }
        return "Workbook ready: Java " + System.getProperty("java.version") + ", "
                + Runtime.getRuntime().availableProcessors() + " cores.";
    }

    private static Path classesFolder() {
        try {
            return Path.of(Setup.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (URISyntaxException | RuntimeException e) {
            return null;                               // not loaded from a folder: nothing to compare
        }
    }

    private static boolean sameFile(Path a, Path b) {
        try {
            return Files.isSameFile(a, b);
        } catch (java.io.IOException e) {
            return false;
        }
    }
}
