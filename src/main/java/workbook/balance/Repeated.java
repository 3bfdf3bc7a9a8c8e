package workbook.balance;

import java.util.Comparator;
import java.util.List;
import workbook.timing.Timings;

/**
 * One way timed several times on the same numbers: one run can be unlucky (another program took
 * a core, the garbage collector ran), so the table reads the median run and shows the spread.
 */
public record Repeated(String way, int workers, List<Run> runs) {
    public Repeated {
        if (runs.isEmpty()) {
            throw new IllegalArgumentException("need at least one run of " + way);
        }
        runs = List.copyOf(runs);
    }

    /** Times {@code split} {@code times} times on 1 .. limit-1 with {@code workers} threads. */
    public static Repeated of(int times, Split split, int limit, int workers, java.util.function.IntPredicate test)
            throws InterruptedException {
        List<Run> runs = new java.util.ArrayList<>();
        for (int i = 0; i < Math.max(1, times); i++) {
            runs.add(split.search(limit, workers, test));
        }
        return new Repeated(split.name(), workers, runs);
    }

    /** The wall-clock times of the runs: median and spread. */
    public Timings timings() {
        return new Timings(runs.stream().mapToDouble(Run::seconds).toArray());
    }

    /** The run of median time (the lower middle one for an even count): its balance and numbers. */
    public Run median() {
        List<Run> sorted = runs.stream().sorted(Comparator.comparingDouble(Run::seconds)).toList();
        return sorted.get((sorted.size() - 1) / 2);
    }
}
