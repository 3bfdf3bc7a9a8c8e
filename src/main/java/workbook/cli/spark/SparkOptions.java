package workbook.cli.spark;

import org.apache.spark.api.java.JavaSparkContext;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;
import workbook.cli.Cli;
import workbook.spark.Driver;
import workbook.spark.SparkLog;

/** The options of a Spark script: where the job runs, in how many partitions, how much Spark logs. */
public final class SparkOptions {
    @Spec(Spec.Target.MIXEE)
    CommandSpec spec;

    private String master = Driver.LOCAL;
    private int partitions;                            // 0: Driver.defaultPartitions
    private SparkLog log = SparkLog.OFF;

    @Option(names = "--master", paramLabel = "URL", defaultValue = Driver.LOCAL,
            description = "Where the job runs: local[*] is Spark inside this JVM, one executor thread per core; "
                    + "local[N] uses N threads; spark://HOST:PORT sends the job to a standalone cluster's master "
                    + "(default: ${DEFAULT-VALUE}). Other Spark settings can be given as JVM system properties, "
                    + "e.g. jbang -Dspark.executor.memory=2g perfect-spark ...")
    void master(String value) {
        try {
            master = Driver.checkMaster(value);
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), "--master: " + e.getMessage());
        }
    }

    @Option(names = "--partitions", paramLabel = "P",
            description = "Slices of the numbers, each one task (default: " + Driver.PARTITIONS_PER_CORE
                    + " per core Spark has). "
                    + "Testing n costs about n steps, so equal slices of 1..N-1 cost unequal amounts, the last most: "
                    + "with one slice per core, one core still works on the last slice while the others wait. "
                    + "Many small slices keep every core busy nearly to the end, for a few milliseconds each.")
    void partitions(int value) {
        partitions = Cli.atLeast(spec, "--partitions", 1, value);
    }

    @Option(names = "--spark-log", paramLabel = "LEVEL", defaultValue = "OFF",
            description = "Spark's own log on stderr: OFF, ERROR, WARN, INFO or DEBUG (default: ${DEFAULT-VALUE}).")
    void sparkLog(String value) {
        try {
            log = SparkLog.parse(value);
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), "--spark-log: " + e.getMessage());
        }
    }

    public String master() {
        return master;
    }

    public SparkLog log() {
        return log;
    }

    /** Starts Spark for this script; {@code job} is the script's class, shipped to a cluster's executors. */
    public JavaSparkContext start(String appName, Class<?> job) {
        return Driver.start(appName, master, log, job);
    }

    /** The partitions asked for, or the default for the cores {@code spark} has. */
    public int partitions(JavaSparkContext spark) {
        return partitions > 0 ? partitions : Driver.defaultPartitions(spark);
    }
}
