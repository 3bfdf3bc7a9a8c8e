package workbook.notebook;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/** The exercises of notebooks 01-03 where the reader writes threads or a pool: each check judges what the code does. */
class CodeExercisesTest {

    @Test
    void runAllIsRightWhenItStartsEveryThreadThenJoinsThem() throws Exception {
        String line = Printed.by(() -> Check.runsAllAtOnce(tasks -> {
            List<Thread> threads = new ArrayList<>();
            for (Runnable task : tasks) {
                threads.add(Thread.ofPlatform().start(task));
            }
            for (Thread t : threads) {
                t.join();
            }
        }));
        assertTrue(line.startsWith("Exercise 01.4: right."), line);
    }

    @Test
    void runAllOnTheCallerIsCaught() throws Exception {
        String line = Printed.by(() -> Check.runsAllAtOnce(tasks -> tasks.forEach(Runnable::run)));
        assertTrue(line.startsWith("Exercise 01.4: not yet: a task ran on the calling thread"), line);
    }

    @Test
    void joiningRightAfterEachStartIsCaughtAsOneAfterTheOther() throws Exception {
        String line = Printed.by(() -> Check.runsAllAtOnce(tasks -> {
            for (Runnable task : tasks) {
                Thread t = Thread.ofPlatform().start(task);
                t.join();
            }
        }));
        assertTrue(line.startsWith("Exercise 01.4: not yet: ") && line.contains("one after the other"), line);
    }

    @Test
    void forgettingToJoinIsCaught() throws Exception {
        String line = Printed.by(() -> Check.runsAllAtOnce(tasks -> tasks.forEach(t -> Thread.ofPlatform().start(t))));
        assertTrue(line.startsWith("Exercise 01.4: not yet: runAll returned while tasks were still running"), line);
    }

    @Test
    void invokeAllIsRight() throws Exception {
        String line = Printed.by(() -> Check.mapsOnThePool((pool, xs, square) -> {
            List<Callable<Integer>> tasks = new ArrayList<>();
            for (int x : xs) {
                tasks.add(() -> square.apply(x));
            }
            List<Integer> out = new ArrayList<>();
            for (Future<Integer> f : pool.invokeAll(tasks)) {
                out.add(f.get());
            }
            return out;
        }));
        assertTrue(line.startsWith("Exercise 02.4: right: [25, 1, 16, 4, 9] in input order"), line);
    }

    @Test
    void aMapOnTheCallerIsCaught() throws Exception {
        String line = Printed.by(() -> Check.mapsOnThePool((pool, xs, square) -> xs.stream().map(square).toList()));
        assertTrue(line.startsWith("Exercise 02.4: not yet: square ran on the calling thread"), line);
    }

    @Test
    void resultsInFinishingOrderAreCaught() throws Exception {
        String line = Printed.by(() -> Check.mapsOnThePool((pool, xs, square) -> {
            var done = new java.util.concurrent.ExecutorCompletionService<Integer>(pool);
            xs.forEach(x -> done.submit(() -> square.apply(x)));
            List<Integer> out = new ArrayList<>();
            for (int i = 0; i < xs.size(); i++) {
                out.add(done.take().get());
            }
            return out;
        }));
        assertTrue(line.startsWith("Exercise 02.4: not yet: the map returned [1, 4, "), line);   // 1 and 4 finish first on 3 workers
    }

    @Test
    void aPoolSearchIsRight() throws Exception {
        String line = Printed.by(() -> Check.searchesOnAPool((below, workers, isPerfect) -> {
            List<Future<Boolean>> answers = new ArrayList<>();
            try (ExecutorService pool = Executors.newFixedThreadPool(workers)) {
                for (int n = 1; n < below; n++) {
                    int k = n;
                    answers.add(pool.submit(() -> isPerfect.test(k)));
                }
            }
            List<Integer> found = new ArrayList<>();
            for (int i = 0; i < answers.size(); i++) {
                if (answers.get(i).get()) {
                    found.add(i + 1);
                }
            }
            return found;
        }));
        assertTrue(line.equals("Exercise 03.4: right: [6, 28, 496, 8128], found by the 2 workers of your pool."), line);
    }

    @Test
    void aThreadPerNumberIsNotAPool() throws Exception {
        String line = Printed.by(() -> Check.searchesOnAPool((below, workers, isPerfect) -> {
            boolean[] perfect = new boolean[below];
            List<Thread> threads = new ArrayList<>();
            for (int n = 1; n < 200; n++) {
                int k = n;
                threads.add(Thread.ofPlatform().start(() -> perfect[k] = isPerfect.test(k)));
            }
            for (Thread t : threads) {
                t.join();
            }
            return List.of(6, 28, 496, 8128);
        }));
        assertTrue(line.startsWith("Exercise 03.4: not yet: isPerfect ran on ") && line.contains("for a pool of 2"), line);
    }

    @Test
    void aSearchOnTheCallerIsCaught() throws Exception {
        String line = Printed.by(() -> Check.searchesOnAPool((below, workers, isPerfect) ->
                java.util.stream.IntStream.range(1, below).filter(isPerfect).boxed().toList()));
        assertTrue(line.startsWith("Exercise 03.4: not yet: isPerfect ran on the calling thread"), line);
    }
}
