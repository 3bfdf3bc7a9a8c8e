package workbook.notebook;

import java.util.List;
import java.util.stream.IntStream;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.api.java.function.Function;
import workbook.perfect.PerfectNumbers;
import workbook.spark.CountingTest;

/**
 * The check of notebook 07's exercise, apart from {@link Check} so that only notebook 07 needs
 * Spark's jars: the reader's pipeline must be transformations only (nothing tested before the
 * action), cut into 4 partitions per task slot, and, once collected, find the perfect numbers
 * with every number tested once, on Spark's executor threads.
 */
public final class SparkCheck {
    private SparkCheck() {}

    /** The reader's pipeline: the perfect numbers among {@code numbers}, as an RDD, tested with {@code test}. */
    @FunctionalInterface
    public interface Pipeline {
        JavaRDD<Integer> perfect(JavaSparkContext sc, List<Integer> numbers, Function<Integer, Boolean> test) throws Exception;
    }

    /** Exercise 07.3. Prints one line. */
    public static void lazyPipeline(JavaSparkContext sc, Pipeline pipeline) throws Exception {
        List<Integer> numbers = IntStream.range(1, 10_000).boxed().toList();
        List<Integer> expected = numbers.stream().filter(PerfectNumbers::isPerfect).toList();
        CountingTest.reset();
        JavaRDD<Integer> rdd = pipeline.perfect(sc, numbers, CountingTest.isPerfect());
        long before = CountingTest.tested();
        long driver = Thread.currentThread().threadId();
        String not = "Exercise 07.3: not yet: ";
        if (before > 0) {
            System.out.println(not + before + " numbers were tested before any action, on "
                    + (CountingTest.threads().contains(driver) ? "the driver's own thread" : "Spark's threads")
                    + ". Hint: return the RDD that parallelize and filter describe; let the check call collect().");
            return;
        }
        int wanted = 4 * sc.defaultParallelism();
        if (rdd.getNumPartitions() != wanted) {
            System.out.println(not + "the RDD has " + rdd.getNumPartitions() + " partition(s), the exercise asks for "
                    + wanted + " (4 per task slot). Hint: parallelize takes the number of partitions.");
            return;
        }
        List<Integer> found = rdd.collect();
        long tested = CountingTest.tested();
        if (!found.equals(expected) || tested != numbers.size() || CountingTest.threads().contains(driver)) {
            System.out.println(not + "collect() gave " + found + " after " + tested + " tests (expected " + expected
                    + " after " + numbers.size() + ", none on the driver). Hint: filter with the given test.");
            return;
        }
        System.out.println("Exercise 07.3: right. Nothing ran until collect(); then " + tested + " numbers were tested in "
                + wanted + " partitions on " + CountingTest.threads().size() + " executor thread(s), none on the driver.");
    }
}
