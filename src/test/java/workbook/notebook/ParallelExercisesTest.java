package workbook.notebook;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntPredicate;
import org.junit.jupiter.api.Test;

/** The checks of the exercises where the reader writes the threads: right code passes, typical mistakes are named. */
class ParallelExercisesTest {

    static List<Integer> sharedChunks(int limit, int workers, IntPredicate test) throws InterruptedException {
        AtomicInteger next = new AtomicInteger(1);
        List<Integer> found = Collections.synchronizedList(new ArrayList<>());
        List<Thread> threads = new ArrayList<>();
        for (int k = 0; k < workers; k++) {
            threads.add(Thread.ofPlatform().start(() -> {
                for (int from = next.getAndAdd(50); from < limit; from = next.getAndAdd(50)) {
                    for (int n = from; n < Math.min(from + 50, limit); n++) {
                        if (test.test(n)) {
                            found.add(n);
                        }
                    }
                }
            }));
        }
        for (Thread thread : threads) {
            thread.join();
        }
        return found.stream().sorted().toList();
    }

    static List<Integer> staticHalves(int limit, int workers, IntPredicate test) throws InterruptedException {
        List<Integer> found = Collections.synchronizedList(new ArrayList<>());
        List<Thread> threads = new ArrayList<>();
        for (int k = 0; k < workers; k++) {
            int from = 1 + (limit - 1) * k / workers;
            int to = 1 + (limit - 1) * (k + 1) / workers;
            threads.add(Thread.ofPlatform().start(() -> {
                for (int n = from; n < to; n++) {
                    if (test.test(n)) {
                        found.add(n);
                    }
                }
            }));
        }
        for (Thread thread : threads) {
            thread.join();
        }
        return found.stream().sorted().toList();
    }

    static List<Integer> onPool(int limit, int workers, IntPredicate test) throws Exception {
        List<Callable<List<Integer>>> tasks = new ArrayList<>();
        for (int k = 0; k < workers; k++) {
            int first = 1 + k;
            tasks.add(() -> {
                List<Integer> mine = new ArrayList<>();
                for (int n = first; n < limit; n += workers) {
                    if (test.test(n)) {
                        mine.add(n);
                    }
                }
                return mine;
            });
        }
        List<Integer> found = new ArrayList<>();
        try (ExecutorService pool = Executors.newFixedThreadPool(workers)) {
            for (Future<List<Integer>> future : pool.invokeAll(tasks)) {
                found.addAll(future.get());
            }
        }
        return found.stream().sorted().toList();
    }

    @Test
    void chunksFromASharedCounterPass() throws Exception {
        String line = Printed.by(() -> Check.sharedChunks(ParallelExercisesTest::sharedChunks));
        assertTrue(line.startsWith("Exercise 06a.3: right."), line);
    }

    @Test
    void sharesFixedInAdvanceAreCaughtByTheSlowNumber() throws Exception {
        String line = Printed.by(() -> Check.sharedChunks(ParallelExercisesTest::staticHalves));
        assertTrue(line.startsWith("Exercise 06a.3: not yet: the worker that met the slow number 1 tested 2000 of 4000"), line);
    }

    @Test
    void aLoopOnTheCallerIsNotAParallelSearch() throws Exception {
        String line = Printed.by(() -> Check.sharedChunks((limit, workers, test) ->
                java.util.stream.IntStream.range(1, limit).filter(test).boxed().toList()));
        assertTrue(line.startsWith("Exercise 06a.3: not yet: some numbers were tested on the calling thread"), line);
    }

    @Test
    void invokeAllOnAClosedPoolPasses() throws Exception {
        String line = Printed.by(() -> Check.poolSearch(ParallelExercisesTest::onPool));
        assertTrue(line.startsWith("Exercise 06b.2: right."), line);
    }

    @Test
    void aPoolLeftOpenIsCaught() throws Exception {
        List<ExecutorService> open = new ArrayList<>();
        String line = Printed.by(() -> Check.poolSearch((limit, workers, test) -> {
            ExecutorService pool = Executors.newFixedThreadPool(workers);
            open.add(pool);
            List<Integer> found = new ArrayList<>();
            for (int n = 1; n < limit; n++) {
                int number = n;
                if (pool.submit(() -> test.test(number)).get()) {
                    found.add(n);
                }
            }
            return found;
        }));
        open.forEach(ExecutorService::close);
        assertTrue(line.startsWith("Exercise 06b.2: not yet, with 1 worker(s): thread ") && line.contains("still runs"), line);
    }

    @Test
    void tooFewThreadsAreCounted() throws Exception {
        String line = Printed.by(() -> Check.poolSearch((limit, workers, test) -> onPool(limit, 1, test)));
        assertTrue(line.startsWith("Exercise 06b.2: not yet, with 2 worker(s): 1 thread(s) tested the numbers, asked for 2"), line);
    }
}
