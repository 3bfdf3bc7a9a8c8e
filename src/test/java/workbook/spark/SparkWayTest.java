package workbook.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import workbook.perfect.PerfectNumbers;
import workbook.ways.Task;
import workbook.ways.TaskFailedException;

/** Spark inside the test JVM ({@code local[2]}): the promises every way keeps. */
@Timeout(180)
class SparkWayTest {
    private static final SparkWay SPARK = new SparkWay("local[2]", 0);

    private static List<Integer> below(int n) {
        return IntStream.range(1, n).boxed().toList();
    }

    @Test
    void findsThePerfectNumbersBelow10000() throws InterruptedException {
        List<Integer> numbers = below(10_000);
        ShippableTask<Integer, Boolean> isPerfect = PerfectNumbers::isPerfect;
        List<Boolean> perfect = SPARK.map(numbers, isPerfect);
        assertEquals(numbers.size(), perfect.size());
        List<Integer> found = IntStream.range(0, numbers.size()).filter(perfect::get).mapToObj(numbers::get).toList();
        assertEquals(List.of(6, 28, 496, 8128), found);
        assertEquals(2, SPARK.workers(numbers.size()));
        assertEquals("Spark local[2]", SPARK.name());
    }

    @Test
    void resultsComeBackInInputOrderWhateverThePartitions() throws InterruptedException {
        List<Integer> inputs = IntStream.iterate(99, i -> i >= 0, i -> i - 1).boxed().toList();
        ShippableTask<Integer, String> label = i -> "#" + i;
        assertEquals(inputs.stream().map(i -> "#" + i).toList(), new SparkWay("local[2]", 7).map(inputs, label));
    }

    @Test
    void aFailingTaskNamesItsInput() {
        ShippableTask<Integer, Integer> failsOn7 = i -> {
            if (i == 7) {
                throw new IllegalStateException("seven");
            }
            return i;
        };
        var failure = assertThrows(TaskFailedException.class, () -> SPARK.map(below(20), failsOn7));
        assertEquals(7, failure.input());
        assertEquals(IllegalStateException.class, failure.getCause().getClass());
        assertEquals("seven", failure.getCause().getMessage());
    }

    @Test
    void aTaskThatCannotBeShippedIsRefusedBeforeSparkStarts() {
        Task<Integer, Boolean> plain = PerfectNumbers::isPerfect;
        var refused = assertThrows(IllegalArgumentException.class, () -> SPARK.map(below(10), plain));
        assertTrue(refused.getMessage().contains("ShippableTask"), refused.getMessage());
    }

    @Test
    void anInterruptCancelsTheJobAndNoSparkThreadOutlivesTheMap() throws Exception {
        Set<Thread> before = Thread.getAllStackTraces().keySet();
        ShippableTask<Integer, Integer> slow = i -> {
            Thread.sleep(60_000);
            return i;
        };
        Thread caller = Thread.currentThread();
        Thread interrupter = Thread.ofPlatform().start(() -> {
            sleep(Duration.ofSeconds(4));                 // long enough for Spark to start the tasks
            caller.interrupt();
        });
        long start = System.nanoTime();
        assertThrows(InterruptedException.class, () -> SPARK.map(below(10), slow));
        double seconds = (System.nanoTime() - start) / 1e9;
        interrupter.join();
        assertTrue(seconds < 30, "the map took " + seconds + " s, though interrupted after 4 s");
        assertEquals(Set.of(), survivors(before));
    }

    @Test
    void noSparkThreadOutlivesASuccessfulMap() throws InterruptedException {
        Set<Thread> before = Thread.getAllStackTraces().keySet();
        ShippableTask<Integer, Integer> twice = i -> 2 * i;
        assertEquals(List.of(2, 4, 6), SPARK.map(List.of(1, 2, 3), twice));
        assertEquals(Set.of(), survivors(before));
    }

    @Test
    void masterUrlsThisWorkbookKnows() {
        for (String good : List.of("local", "local[*]", "local[3]", "local[2,4]", "spark://127.0.0.1:7077", "spark://a:1,b:2")) {
            assertEquals(good, Driver.checkMaster(good));
        }
        for (String bad : List.of("", "foo", "yarn", "local[0]", "local[x]", "spark://host", "spark://:7077", "k8s://h:1")) {
            assertThrows(IllegalArgumentException.class, () -> Driver.checkMaster(bad), bad);
        }
        assertEquals(3, Driver.localCores("local[3]"));
        assertEquals(1, Driver.localCores("local"));
        assertEquals(Runtime.getRuntime().availableProcessors(), Driver.localCores("local[*]"));
    }

    @Test
    void aSparkErrorIsShownAsItsFirstLine() {
        var error = new RuntimeException("Job aborted due to stage failure: boom\n\tat a.b.C.d(C.java:1)\nDriver stacktrace:");
        assertEquals("Job aborted due to stage failure: boom", Driver.oneLine(error));
    }

    /** Threads started since {@code before} that are still alive. */
    private static Set<String> survivors(Set<Thread> before) {
        return Thread.getAllStackTraces().keySet().stream()
                .filter(t -> !before.contains(t) && t.isAlive())
                .map(Thread::getName)
                .collect(Collectors.toSet());
    }

    private static void sleep(Duration duration) {
        try {
            Thread.sleep(duration);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
