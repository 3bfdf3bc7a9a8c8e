package workbook.spark;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.UnknownHostException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.regex.Pattern;
import org.apache.spark.SparkConf;
import org.apache.spark.api.java.JavaSparkContext;

/**
 * The driver: the program that holds Spark's context, cuts the work into partitions and hands
 * them as tasks to executors, which run the function on their partitions and send the results
 * back. With {@code local[*]} the executors are threads of this JVM; with
 * {@code spark://host:port} they are JVMs started by a standalone cluster's workers, and the
 * driver ships them its classes as jars ({@link SparkConf#setJars}).
 *
 * <p>What {@link #start} sets for the reader: no web UI, no console progress bar, Spark's log at
 * the level asked (off by default), everything on 127.0.0.1 when the work stays on this machine,
 * and bounded waits for a cluster, so that a wrong address ends with one line, not a hang.
 */
public final class Driver {
    /** Spark inside this JVM, one executor thread per core. */
    public static final String LOCAL = "local[*]";

    /** How long a cluster's master may take to accept the job. */
    public static final Duration MASTER_TIMEOUT = Duration.ofSeconds(30);

    /** How long a cluster may then take to start the job's first executor (a JVM on a worker). */
    public static final Duration EXECUTOR_TIMEOUT = Duration.ofSeconds(60);

    /** Partitions per core when none are asked for (see {@link #defaultPartitions}). */
    public static final int PARTITIONS_PER_CORE = 8;

    /**
     * What Spark needs from JDK 25 in the driver's JVM: access to JDK internals it uses for
     * memory and networking, and no warnings about them. The scripts pass these to their JVM
     * (JBang's {@code //RUNTIME_OPTIONS}), the Maven tests through surefire's argLine. A cluster's
     * worker adds Spark's own list to every executor it starts.
     */
    public static final List<String> JVM_OPTIONS = List.of(
            "--add-opens=java.base/sun.nio.ch=ALL-UNNAMED",
            "--add-opens=java.base/java.nio=ALL-UNNAMED",
            "--add-opens=java.base/java.lang=ALL-UNNAMED",
            "--add-opens=java.base/java.util=ALL-UNNAMED",
            "--add-opens=java.base/java.lang.invoke=ALL-UNNAMED",
            "--add-opens=java.base/sun.util.calendar=ALL-UNNAMED",
            "--sun-misc-unsafe-memory-access=allow",
            "--enable-native-access=ALL-UNNAMED");

    private static final Pattern LOCAL_MASTER = Pattern.compile("local(\\[(\\*|[1-9]\\d*)(,[1-9]\\d*)?])?");
    private static final Pattern CLUSTER_MASTER =
            Pattern.compile("spark://[^\\s:,/]+:\\d{1,5}(,[^\\s:,/]+:\\d{1,5})*");

    private Driver() {}

    /** Spark on this machine, log off. The notebook's way in: {@code Driver.start("demo", Driver.LOCAL)}. */
    public static JavaSparkContext start(String appName, String master) {
        return start(appName, master, SparkLog.OFF);
    }

    /**
     * Starts Spark's context for a job named {@code appName} on {@code master}. On a cluster,
     * the jars holding {@code jobClasses} (the classes whose functions the executors run) are
     * shipped to the executors, and the call returns once the first executor is up. Stop the
     * context (close it) when the job is done: that ends Spark's threads and, on a cluster,
     * its executors.
     *
     * @throws IllegalArgumentException {@code master} is not a master URL this workbook knows
     * @throws IllegalStateException    the cluster cannot be reached or gives the job no executor in time
     */
    public static JavaSparkContext start(String appName, String master, SparkLog log, Class<?>... jobClasses) {
        checkMaster(master);
        log.apply();
        SparkConf conf = new SparkConf()                  // also takes any spark.* JVM system property
                .setAppName(appName)
                .setMaster(master)
                .set("spark.ui.enabled", "false")
                .set("spark.ui.showConsoleProgress", "false");
        if (isLocal(master) || allLoopback(master)) {
            conf.set("spark.driver.host", "127.0.0.1").set("spark.driver.bindAddress", "127.0.0.1");
        }
        if (isLocal(master)) {
            return new JavaSparkContext(conf);
        }
        List<Class<?>> shipped = new ArrayList<>(List.of(jobClasses));
        shipped.add(Driver.class);                        // the workbook's own classes
        conf.setJars(JobJars.of(shipped.toArray(Class<?>[]::new)).toArray(String[]::new));
        probe(master);
        JavaSparkContext spark = connect(conf, master);
        try {
            awaitExecutor(spark, master);
            watch(spark, master);
            return spark;
        } catch (RuntimeException e) {
            spark.stop();
            throw e;
        }
    }

    /**
     * Partitions for a job when the reader names none: {@value #PARTITIONS_PER_CORE} per core
     * Spark has. Testing n costs about n steps, so equal slices of 1..N-1 cost unequal amounts,
     * the last most; with a few slices per core, one core still works on the last slice while
     * the others wait. Many small slices keep every core busy nearly to the end, for a few
     * milliseconds of scheduling each.
     */
    public static int defaultPartitions(JavaSparkContext spark) {
        return PARTITIONS_PER_CORE * spark.defaultParallelism();
    }

    /** Checks the form of a master URL; IllegalArgumentException says which forms work. */
    public static String checkMaster(String master) {
        if (master == null || !(LOCAL_MASTER.matcher(master).matches() || CLUSTER_MASTER.matcher(master).matches())) {
            throw new IllegalArgumentException("expected local[*], local[N] or spark://HOST:PORT, got '" + master + "'");
        }
        checkMasterSizes(master);
        return master;
    }

    /** Ports from 1 to 65535; local[N] with N no more than the threads the machine allows one program. */
    private static void checkMasterSizes(String master) {
        var local = LOCAL_MASTER.matcher(master);
        if (local.matches()) {
            String cores = local.group(2);
            if (cores != null && !cores.equals("*")) {
                int max = workbook.cli.Limits.maxThreads();
                if (cores.length() > 9 || Integer.parseInt(cores) > max) {
                    throw new IllegalArgumentException("local[" + cores + "] asks for more executor threads than this"
                            + " machine allows one program: at most local[" + max + "]");
                }
            }
            return;
        }
        var port = Pattern.compile(":(\\d+)").matcher(master.substring("spark://".length()));
        while (port.find()) {
            int p = Integer.parseInt(port.group(1));
            if (p < 1 || p > 65535) {
                throw new IllegalArgumentException("port " + p + " in '" + master + "' is not a port: ports go from 1 to 65535");
            }
        }
    }

    /** True for Spark inside this JVM ({@code local}, {@code local[N]}, {@code local[*]}). */
    public static boolean isLocal(String master) {
        return LOCAL_MASTER.matcher(master).matches();
    }

    /** Cores a local master uses: {@code local[*]} one per available processor, {@code local[N]} N. */
    public static int localCores(String master) {
        var m = LOCAL_MASTER.matcher(master);
        if (!m.matches()) {
            throw new IllegalArgumentException("not a local master: " + master);
        }
        String cores = m.group(2);
        if (cores == null) {
            return 1;
        }
        return cores.equals("*") ? Runtime.getRuntime().availableProcessors() : Integer.parseInt(cores);
    }

    /** The first line of a Spark error, whose message may carry a whole remote stack trace. */
    public static String oneLine(Throwable error) {
        String message = error.getMessage();
        if (message == null || message.isBlank()) {
            return error.getClass().getSimpleName();
        }
        return message.strip().lines().findFirst().orElse(message);
    }

    private static List<InetSocketAddress> addresses(String master) {
        List<InetSocketAddress> addresses = new ArrayList<>();
        for (String hostPort : master.substring("spark://".length()).split(",")) {
            int colon = hostPort.lastIndexOf(':');
            addresses.add(InetSocketAddress.createUnresolved(hostPort.substring(0, colon),
                    Integer.parseInt(hostPort.substring(colon + 1))));
        }
        return addresses;
    }

    private static boolean allLoopback(String master) {
        for (InetSocketAddress address : addresses(master)) {
            try {
                if (!InetAddress.getByName(address.getHostString()).isLoopbackAddress()) {
                    return false;
                }
            } catch (UnknownHostException e) {
                return false;
            }
        }
        return true;
    }

    /** Fails fast, with the reason, when no master of the URL accepts a connection. */
    private static void probe(String master) {
        String reason = null;
        for (InetSocketAddress address : addresses(master)) {
            try (Socket socket = new Socket()) {
                socket.connect(new InetSocketAddress(address.getHostString(), address.getPort()), 5_000);
                return;
            } catch (UnknownHostException e) {
                reason = "unknown host " + address.getHostString();
            } catch (IOException e) {
                reason = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
            }
        }
        throw new IllegalStateException("cannot reach the Spark master at " + master + ": " + reason);
    }

    /**
     * Starts the context, which registers the job with the master. Spark itself waits up to a
     * minute for a master that takes connections but does not answer (a web UI's port, say);
     * this waits {@link #MASTER_TIMEOUT} and gives up with a hint. A context that comes up
     * after that is stopped by the thread that made it.
     */
    private static JavaSparkContext connect(SparkConf conf, String master) {
        CompletableFuture<JavaSparkContext> starting = new CompletableFuture<>();
        Thread.ofPlatform().daemon().name("spark-driver-start").start(() -> {
            try {
                starting.complete(new JavaSparkContext(conf));
            } catch (Throwable e) {
                starting.completeExceptionally(e);
            }
        });
        try {
            return starting.get(MASTER_TIMEOUT.toSeconds(), TimeUnit.SECONDS);
        } catch (TimeoutException e) {
            starting.thenAccept(JavaSparkContext::stop);      // should it come up after all
            throw new IllegalStateException("no answer from a Spark master at " + master + " within "
                    + MASTER_TIMEOUT.toSeconds() + " s (is that the master's port, 7077 by default, not its web UI's?)");
        } catch (ExecutionException e) {
            throw new IllegalStateException("Spark could not start on " + master + ": " + oneLine(e.getCause()), e.getCause());
        } catch (InterruptedException e) {
            starting.thenAccept(JavaSparkContext::stop);
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while connecting to " + master, e);
        }
    }

    /** Waits until the cluster has started at least one executor for the job. */
    private static void awaitExecutor(JavaSparkContext spark, String master) {
        long deadline = System.nanoTime() + EXECUTOR_TIMEOUT.toNanos();
        while (executors(spark) == 0) {
            if (spark.sc().isStopped()) {
                throw new IllegalStateException("the Spark master at " + master + " ended the job before it started");
            }
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("the Spark master at " + master + " gave the job no executor within "
                        + EXECUTOR_TIMEOUT.toSeconds() + " s: are its workers up, with a free core and enough memory ("
                        + spark.getConf().get("spark.executor.memory", "1g") + ")?");
            }
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while waiting for executors on " + master, e);
            }
        }
    }

    /**
     * Should the cluster lose every executor (workers stopped, machines gone), Spark would wait
     * for new ones for ever: a watcher cancels the jobs of the calling thread when none has come
     * back within {@link #EXECUTOR_TIMEOUT}. It ends when the context stops.
     */
    private static void watch(JavaSparkContext spark, String master) {
        String tag = "workbook-watched-" + System.identityHashCode(spark);
        spark.addJobTag(tag);                              // jobs this thread submits from now on
        Thread.ofPlatform().daemon().name("spark-cluster-watch").start(() -> {
            long lostSince = 0;
            while (!spark.sc().isStopped()) {
                try {
                    Thread.sleep(500);
                } catch (InterruptedException e) {
                    return;
                }
                if (executors(spark) > 0) {
                    lostSince = 0;
                } else if (lostSince == 0) {
                    lostSince = System.nanoTime();
                } else if (System.nanoTime() - lostSince > EXECUTOR_TIMEOUT.toNanos()) {
                    spark.cancelJobsWithTag(tag, "because the cluster at " + master + " has had no executor for "
                            + EXECUTOR_TIMEOUT.toSeconds() + " s (workers stopped?)");
                    lostSince = 0;
                }
            }
        });
    }

    /** Executors working for the job now (the status tracker lists the driver too). */
    static int executors(JavaSparkContext spark) {
        return Math.max(0, spark.sc().statusTracker().getExecutorInfos().length - 1);
    }
}
