///usr/bin/env jbang "$0" "$@" ; exit $?
//JAVA 25+
//DEPS info.picocli:picocli:4.7.7
//DEPS org.apache.spark:spark-core_2.13:4.2.0
//RUNTIME_OPTIONS --add-opens=java.base/sun.nio.ch=ALL-UNNAMED --add-opens=java.base/java.nio=ALL-UNNAMED
//RUNTIME_OPTIONS --add-opens=java.base/java.lang=ALL-UNNAMED --add-opens=java.base/java.util=ALL-UNNAMED
//RUNTIME_OPTIONS --add-opens=java.base/java.lang.invoke=ALL-UNNAMED --add-opens=java.base/sun.util.calendar=ALL-UNNAMED
//RUNTIME_OPTIONS --sun-misc-unsafe-memory-access=allow --enable-native-access=ALL-UNNAMED
//SOURCES ../src/main/java/workbook/cli/*.java
//SOURCES ../src/main/java/workbook/perfect/*.java
//SOURCES ../src/main/java/workbook/ways/*.java
//SOURCES ../src/main/java/workbook/timing/*.java
//SOURCES ../src/main/java/workbook/spark/*.java
//SOURCES ../src/main/java/workbook/cli/spark/*.java
//SOURCES ../src/main/java/workbook/shared/*.java
//SOURCES ../src/main/java/workbook/hunt/*.java
//SOURCES ../src/main/java/workbook/hunt/spark/*.java

import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.stream.IntStream;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import workbook.cli.Cli;
import workbook.cli.ExponentOption;
import workbook.cli.SearchOptions;
import workbook.cli.spark.SparkOptions;
import workbook.hunt.Hunt;
import workbook.hunt.Outcome;
import workbook.hunt.spark.SparkHunt;
import workbook.perfect.PerfectNumbers;
import workbook.timing.Stopwatch;
import workbook.ways.FixedPool;

@Command(name = "perfect-spark", mixinStandardHelpOptions = true,
        description = "The guide's perfect-number search on Apache Spark: the numbers are cut into partitions, "
                + "executors test them, and the perfect ones come back to this program, the driver. "
                + "Runs inside this JVM by default; --master spark://HOST:PORT sends the same job to a cluster.")
class PerfectSpark implements Callable<Integer> {
    @Mixin SearchOptions search;
    @Mixin SparkOptions spark;

    // Part 6: --hunt runs the hunt for Mersenne exponents instead, each prime p a task on the executors
    @Option(names = "--hunt", description = "Hunt perfect numbers 2^(p-1) (2^p - 1) for p up to --max-exponent: "
            + "trial factoring, then Lucas-Lehmer, the exponents dealt so that no partition gets all the large ones.")
    boolean hunt;
    @Mixin ExponentOption exponents;

    Integer hunt() {
        var clock = Stopwatch.start();
        try (JavaSparkContext sc = spark.start("perfect-spark --hunt", PerfectSpark.class)) {
            int rank = 0;
            for (Outcome outcome : SparkHunt.hunt(sc, exponents.maxExponent(), spark.partitions(sc))) {
                if (outcome.prime()) {
                    IO.println(Hunt.line(++rank, outcome.p(), 10));
                }
            }
        }
        IO.println(clock.doneLine());
        return 0;
    }

    public Integer call() throws InterruptedException {
        if (hunt) {
            return hunt();
        }
        var clock = Stopwatch.start();
        List<Integer> found;
        try (JavaSparkContext sc = spark.start("perfect-spark", PerfectSpark.class)) {
            JavaRDD<Integer> numbers = sc.parallelize(search.numbers(), spark.partitions(sc));   // a transformation: nothing runs yet
            JavaRDD<Integer> perfect = numbers.filter(PerfectNumbers::isPerfect);                // a transformation: recorded only
            found = perfect.collect();          // the action: tasks shipped to the executors, run, results back in order
            for (int n : found) {
                IO.println(n + " is a Perfect number");
            }
        }
        IO.println(clock.doneLine());
        return compare ? comparePool(found, clock.seconds()) : 0;
    }

    // --- --compare: the fixed pool beside Spark, on the same N, in the same JVM ---

    @Option(names = "--compare",
            description = "Then time the fixed pool (one worker per core) on the same N in this JVM, and print both times.")
    boolean compare;

    int comparePool(List<Integer> sparkFound, double sparkSeconds) throws InterruptedException {
        List<Integer> numbers = search.numbers();
        var pool = FixedPool.perCore();
        var clock = Stopwatch.start();
        List<Boolean> perfect = pool.map(numbers, PerfectNumbers::isPerfect);
        double poolSeconds = clock.seconds();
        List<Integer> poolFound = IntStream.range(0, numbers.size()).filter(perfect::get).mapToObj(numbers::get).toList();
        IO.println(String.format(Locale.ROOT, "Spark (%s, start and stop included): %.3f s; fixed pool of %d: %.3f s;"
                + " Spark took %.1f times the pool's time", spark.master(), sparkSeconds, pool.workers(numbers.size()),
                poolSeconds, sparkSeconds / poolSeconds));
        if (!poolFound.equals(sparkFound)) {
            throw new IllegalStateException("the pool found " + poolFound + ", Spark " + sparkFound);
        }
        return 0;
    }

    void main(String[] args) { Cli.run(this, args); }
}
