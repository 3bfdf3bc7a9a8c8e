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

@Command(name = "perfect-spark", mixinStandardHelpOptions = true,
        description = "The guide's perfect-number search on Apache Spark: the numbers are cut into partitions, "
                + "executors test them, and the perfect ones come back to this program, the driver. "
                + "Runs inside this JVM by default; --master spark://HOST:PORT sends the same job to a cluster.")
class PerfectSpark implements Callable<Integer> {
    @Mixin SearchOptions search;
    @Mixin SparkOptions spark;

    public Integer call() {
        var clock = Stopwatch.start();
        try (JavaSparkContext sc = spark.start("perfect-spark", PerfectSpark.class)) {
            JavaRDD<Integer> numbers = sc.parallelize(search.numbers(), spark.partitions(sc));   // a transformation: nothing runs yet
            JavaRDD<Integer> perfect = numbers.filter(PerfectNumbers::isPerfect);                // a transformation: recorded only
            for (int n : perfect.collect()) {     // the action: tasks shipped to the executors, run, results back in order
                IO.println(n + " is a Perfect number");
            }
        }
        IO.println(clock.doneLine());
        return 0;
    }

    void main(String[] args) { Cli.run(this, args); }
}
