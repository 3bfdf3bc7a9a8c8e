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
import java.util.concurrent.Callable;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import workbook.cli.Cli;
import workbook.perfect.PerfectNumbers;
import workbook.cli.SearchOptions;
import workbook.cli.spark.SparkOptions;
import workbook.timing.Stopwatch;
import picocli.CommandLine.Option;
import workbook.cli.ExponentOption;
import workbook.hunt.Hunt;
import workbook.hunt.Outcome;
import workbook.hunt.spark.SparkHunt;

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

    public Integer call() {
        if (hunt) {
            return hunt();
        }
        var clock = Stopwatch.start();
        try (JavaSparkContext sc = spark.start("perfect-spark", PerfectSpark.class)) {
            JavaRDD<Integer> numbers = sc.parallelize(search.numbers(), spark.partitions(sc));   // 1..N-1, in partitions
            JavaRDD<Integer> perfect = numbers.filter(PerfectNumbers::isPerfect);                // runs on the executors
            for (int n : perfect.collect()) {                                                    // back to the driver, in order
                IO.println(n + " is a Perfect number");
            }
        }
        IO.println(clock.doneLine());
        return 0;
    }

    void main(String[] args) { Cli.run(this, args); }
}
