package workbook.ways;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.CountDownLatch;
import org.junit.jupiter.api.Test;

class StartLoopTest {
    @Test
    void runningCountsTheMostTasksAtOnce() throws InterruptedException {
        var running = new StartLoop.Running();
        running.run(() -> {});
        running.run(() -> {});
        assertEquals(1, running.most(), "one after the other: never two at once");

        CountDownLatch bothInside = new CountDownLatch(2);
        Runnable waitForTheOther = () -> {
            bothInside.countDown();
            try {
                bothInside.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        };
        Thread a = Thread.ofPlatform().start(() -> running.run(waitForTheOther));
        Thread b = Thread.ofPlatform().start(() -> running.run(waitForTheOther));
        a.join();
        b.join();
        assertEquals(2, running.most());
    }

    @Test
    void describesTheStartsAgainstTheLoop() {
        String text = new StartLoop("platform threads", 1000, 0.5, 0.6, 3).describe(0.25);
        assertTrue(text.startsWith("platform threads: 1,000 started in 0.50 s (500.0 us per start, all on the main thread);"
                + " the last ended at 0.60 s."), text);
        assertTrue(text.endsWith("At most 3 of them were inside their task at the same moment."
                + " The plain loop checked the same numbers in 0.25 s."), text);
    }
}
