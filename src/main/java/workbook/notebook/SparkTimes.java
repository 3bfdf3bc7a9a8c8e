package workbook.notebook;

import java.util.Locale;
import workbook.timing.Timings;

/** How notebook 07 reads its repeated timings: apart, or within each other's spread. */
public final class SparkTimes {
    private SparkTimes() {}

    /** True when the two sets of runs do not overlap: every run of one faster than every run of the other. */
    public static boolean apart(Timings a, Timings b) {
        return a.max() < b.min() || b.max() < a.min();
    }

    /** One line: which is faster, by what factor, and whether the runs tell it apart from the noise. */
    public static String compare(String aName, Timings a, String bName, Timings b) {
        double factor = a.median() / b.median();
        String which = String.format(Locale.ROOT, "%s took %.2fx the time of %s (medians)", aName, factor, bName);
        return apart(a, b)
                ? which + "; their runs do not overlap, so the difference is larger than this run's noise."
                : which + "; their runs overlap: this run cannot tell them apart (one run alone could have said either).";
    }

    /** The partitions lesson read from this run: which effect won, or that the noise hides it. */
    public static String partitions(Timings many, Timings few, int manyPartitions) {
        if (!apart(many, few)) {
            return "The runs overlap: here the better balance and the extra tasks cost about the same,"
                    + " within the noise of this run.";
        }
        if (few.median() > many.median()) {
            return "One partition per core was slower: the unequal blocks cost more than the extra tasks.";
        }
        return "One partition per core was faster here: with a search this small, scheduling and shipping "
                + manyPartitions + " tasks cost more than the unequal blocks. The larger the search, the more the balance weighs.";
    }

    /** The pool against Spark's job and against Spark with its start and stop, medians, the pool first. */
    public static tech.tablesaw.api.Table table(String title, int cores, Timings pool, Timings job, double overhead) {
        return new workbook.report.Comparison(title + ", seconds (medians; start and stop: one run)")
                .measured("pool, one worker per core", cores, pool.median())
                .measured("Spark local[*]: the job", cores, job.median())
                .measured("Spark local[*]: start-up + job + stop", cores, overhead + job.median())
                .table();
    }
}
