package workbook.processes;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import workbook.perfect.Slice;

/**
 * The program a child JVM runs: it searches one slice ({@code from to step}) with the guide's
 * test and reports through its standard output, one line per finding, then a count:
 * <pre>
 * perfect 6
 * perfect 28
 * checked 50000
 * </pre>
 * The parent holds the other end of the child's standard input; when the parent is gone the
 * pipe closes, the child reads the end of input, and stops: no child outlives its parent.
 */
public final class SearchChild {
    private SearchChild() {}

    public static void main(String[] args) throws InterruptedException {
        if (args.length != 3) {
            System.err.println("usage: SearchChild FROM TO STEP");
            System.exit(2);
        }
        Slice slice = new Slice(Integer.parseInt(args[0]), Integer.parseInt(args[1]), Integer.parseInt(args[2]));
        stopWhenParentGoes();
        List<Integer> perfect = slice.perfectNumbers();
        StringBuilder report = new StringBuilder();
        for (int n : perfect) {
            report.append("perfect ").append(n).append('\n');
        }
        report.append("checked ").append(slice.size()).append('\n');
        System.out.print(report);
        System.out.flush();
    }

    private static void stopWhenParentGoes() {
        Thread.ofPlatform().daemon().name("parent-watch").start(() -> {
            try (InputStream in = System.in) {
                while (in.read() != -1) {
                    // the parent never writes; it only keeps the pipe open
                }
            } catch (IOException e) {
                // a broken pipe means the same: the parent is gone
            }
            Runtime.getRuntime().halt(3);
        });
    }
}
