package workbook.hunt.spark;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.apache.spark.api.java.JavaSparkContext;
import workbook.hunt.Hunt;
import workbook.hunt.Outcome;
import workbook.spark.ShippableTask;

/**
 * The hunt on Spark: the candidates dealt to partitions so that each holds large and small
 * exponents alike (Spark's {@code parallelize} cuts a list into consecutive slices, and sorted
 * exponents would give the last slice all the costly tests), each tested on an executor.
 */
public final class SparkHunt {
    private SparkHunt() {}

    /** Tests one exponent on an executor; shipped there serialized, as are its outcomes. */
    static final ShippableTask<Integer, Outcome> TEST = p -> Hunt.test(p, 0);

    /** The outcomes of every candidate up to {@code max}, smallest p first. */
    public static List<Outcome> hunt(JavaSparkContext spark, int max, int partitions) {
        List<Integer> dealt = Hunt.dealt(Hunt.candidates(max), partitions);
        List<Outcome> outcomes = new ArrayList<>(spark.parallelize(dealt, partitions).map(TEST::apply).collect());
        outcomes.sort(Comparator.comparingInt(Outcome::p));
        return outcomes;
    }
}
